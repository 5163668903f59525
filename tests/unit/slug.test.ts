import { describe, expect, it } from 'vitest';
import { extractPinnedSlug, isSlug, RESERVED_SLUGS, slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
	it.each([
		['Wärmere Töne zwischen Trump und Selenskyj', 'waermere-toene-zwischen-trump-und-selenskyj'],
		['Großbritanniens Straße', 'grossbritanniens-strasse'],
		['Über Öl & Ärger', 'ueber-oel-und-aerger'],
		['Selenskyj offen für Treffen mit Putin – ohne Vorbedingungen', 'selenskyj-offen-fuer-treffen-mit-putin-ohne-vorbedingungen'],
		['Was geschieht gerade?', 'was-geschieht-gerade'],
		['  NATO-Generalsekretär  ', 'nato-generalsekretaer'],
	])('%s → %s', (text, slug) => {
		expect(slugify(text)).toBe(slug);
		expect(isSlug(slugify(text))).toBe(true);
	});

	it('refuses what is not an ASCII slug', () => {
		for (const bad of ['Grüße', 'a--b', '-a', 'a-', 'A', 'a b', '']) expect(isSlug(bad)).toBe(false);
	});
});

describe('extractPinnedSlug', () => {
	it('takes a trailing {#slug} off the heading', () => {
		expect(extractPinnedSlug('Neue Überschrift {#alter-link}')).toEqual({ text: 'Neue Überschrift', slug: 'alter-link' });
	});
	it('leaves headings without a pin alone', () => {
		expect(extractPinnedSlug('Mengen {a} und {#b} mitten')).toEqual({ text: 'Mengen {a} und {#b} mitten' });
	});
});

describe('pinned slugs at the edges', () => {
	it('drops the spaces around the marker and inside it', () => {
		expect(extractPinnedSlug('Neue Überschrift   {# alter-link }  ')).toEqual({ text: 'Neue Überschrift', slug: 'alter-link' });
	});

	it('reads an empty marker as an empty slug, for the pipeline to refuse', () => {
		expect(extractPinnedSlug('Titel {#}')).toEqual({ text: 'Titel', slug: '' });
	});

	it('takes only a marker at the very end', () => {
		expect(extractPinnedSlug('Titel {#a} mehr')).toEqual({ text: 'Titel {#a} mehr' });
		expect(extractPinnedSlug('Titel {#a{b}}')).toEqual({ text: 'Titel {#a{b}}' });
	});
});

describe('reserved slugs', () => {
	it('keeps the site’s own path segments from articles', () => {
		for (const slug of ['personen', 'suche', 'glossar', 'pagefind', '_astro', '404', 'og', 'rss.xml'])
			expect(RESERVED_SLUGS.has(slug)).toBe(true);
		expect(RESERVED_SLUGS.has('kanzlerwahl')).toBe(false);
	});
});
