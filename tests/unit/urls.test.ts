import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths } from '../../src/lib/urls.ts';

/** Addresses as the README gives them: every internal path ends with `/`. */
describe('the site’s paths', () => {
	it('gives every page its address', () => {
		expect([
			paths.home(),
			paths.article('kanzlerwahl'),
			paths.section('kanzlerwahl', 'die-wahl'),
			paths.sectionAnchor('kanzlerwahl', 'die-wahl'),
			paths.people(),
			paths.person('friedrich-merz'),
			paths.search(),
			paths.feed(),
			paths.glossary(),
			paths.glossaryTerm('kreml'),
		]).toEqual([
			'/',
			'/kanzlerwahl/',
			'/kanzlerwahl/die-wahl/',
			'/kanzlerwahl/#die-wahl',
			'/personen/',
			'/personen/friedrich-merz/',
			'/suche/',
			'/rss.xml',
			'/glossar/',
			'/glossar/#kreml',
		]);
	});

	it('makes a path absolute on the configured site, with or without a trailing slash on the site', () => {
		expect(absoluteUrl('/kanzlerwahl/', 'https://lagebild.example')).toBe('https://lagebild.example/kanzlerwahl/');
		expect(absoluteUrl('/suche/', new URL('https://example.org/'))).toBe('https://example.org/suche/');
	});

	it('gives an article’s other pages, a quoted sentence and a person’s feed their addresses', () => {
		expect(paths.context('wahl-2025')).toBe('/wahl-2025/einordnung/');
		expect(paths.simple('wahl-2025')).toBe('/wahl-2025/einfach/');
		expect(paths.reference('wahl-2025', 'beleg-er-sagte-ja')).toBe('/wahl-2025/#beleg-er-sagte-ja');
		expect(paths.personFeed('friedrich-merz')).toBe('/personen/friedrich-merz/rss.xml');
	});

	it('gives the people under an initial, the search’s filter values and terms, the corrections and their feed their addresses', () => {
		expect(paths.peopleInitial('m')).toBe('/personen/buchstabe/m/');
		expect(paths.searchFilterValues('person')).toBe('/suche/person.json');
		expect(paths.searchTerms()).toBe('/suche/begriffe.json');
		expect(paths.correctionsFeed()).toBe('/korrekturen/rss.xml');
	});

	it('the first page of the corrections is /korrekturen/, the others live under /korrekturen/N/', () => {
		expect(paths.corrections()).toBe('/korrekturen/');
		expect(paths.corrections(1)).toBe('/korrekturen/');
		expect(paths.corrections(0)).toBe('/korrekturen/');
		expect(paths.corrections(2)).toBe('/korrekturen/2/');
		expect(paths.corrections(12)).toBe('/korrekturen/12/');
	});

	it('page 1 is the home page, the others live under /archiv/N/', () => {
		expect(paths.archive(1)).toBe('/');
		expect(paths.archive(0)).toBe('/');
		expect(paths.archive(2)).toBe('/archiv/2/');
		expect(paths.archive(20)).toBe('/archiv/20/');
	});
});
