import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtPages, indexedDocuments, page } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

/**
 * Issue 13, an archive readers can walk. The test site is built with
 * LAGEBILD_PAGE_SIZE=2 and LAGEBILD_SITEMAP_LIMIT=20 (package.json), so its
 * three articles fill two pages and its 60 listed pages three sitemap files,
 * as 51 stories and 135,000 URLs would with the defaults.
 */
const cards = (path: string) =>
	page(path)
		.$('main article.card h2 a')
		.map((_index, link) => page(path).$(link).attr('href'))
		.get();

describe('home page and archive', () => {
	it('the home page lists the newest stories (dated first, newest first) and links the older ones', () => {
		expect(cards('/')).toEqual(['/gipfeltreffen/', '/kanzlerwahl/']);
		const { $ } = page('/');
		const pager = $('nav.archive-pager');
		expect(pager.attr('aria-label')).toBe('Weitere Artikel');
		expect(pager.find('p').text()).toBe('Seite 1 von 2');
		expect(
			pager
				.find('a')
				.map((_index, link) => [[$(link).attr('href'), $(link).attr('rel'), $(link).text()]])
				.get(),
		).toEqual([['/archiv/2/', 'next', 'Ältere Artikel']]);
	});

	it('/archiv/2/ lists the rest and leads back to the home page; there is no /archiv/1/', () => {
		expect(cards('/archiv/2/')).toEqual(['/kurzmeldung/']);
		const { $ } = page('/archiv/2/');
		expect($('h1').text()).toBe('Archiv, Seite 2');
		expect($('title').text()).toContain('Archiv, Seite 2');
		expect($('nav.archive-pager p').text()).toBe('Seite 2 von 2');
		expect(
			$('nav.archive-pager a')
				.map((_index, link) => [[$(link).attr('href'), $(link).attr('rel')]])
				.get(),
		).toEqual([['/', 'prev']]);
		expect(
			builtPages()
				.map((built) => built.path)
				.filter((path) => path.startsWith('/archiv/')),
		).toEqual(['/archiv/2/']);
	});

	it('the search page without JavaScript lists the contents of the newest stories only, then the archive', () => {
		const { $ } = page('/suche/');
		const noscript = load($('noscript').html()!);
		expect(
			noscript('li a')
				.map((_index, link) => noscript(link).attr('href'))
				.get(),
		).toEqual(['/gipfeltreffen/#lb-toc-heading', '/kanzlerwahl/#lb-toc-heading']);
		expect(
			noscript('p a')
				.map((_index, link) => [[noscript(link).attr('href'), noscript(link).text()]])
				.get(),
		).toEqual([['/archiv/2/', 'Ältere Artikel im Archiv']]);
	});

	it('every story is on exactly one page of the archive', () => {
		const listed = [...cards('/'), ...cards('/archiv/2/')];
		expect(new Set(listed).size).toBe(listed.length);
		expect([...listed].sort()).toEqual(['/gipfeltreffen/', '/kanzlerwahl/', '/kurzmeldung/']);
	});

	it('person pages list their stories newest first', () => {
		const { $ } = page('/personen/friedrich-merz/');
		const articles = $('main h2 a')
			.map((_index, link) => $(link).attr('href'))
			.get()
			.filter((href) => /^\/[a-z-]+\/$/.test(href));
		expect(articles.length).toBeGreaterThan(0);
		expect(articles[0]).toBe('/gipfeltreffen/');
	});
});

describe('sitemaps', () => {
	it('split into files of at most the limit, all in sitemap-index.xml', () => {
		const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
		const maps = Array.from(read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g), (match) => new URL(match[1]!).pathname.slice(1));
		expect(maps).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
		const counts = maps.map((map) => [...read(map).matchAll(/<url>/g)].length);
		// 61 pages without the 404 page.
		expect(counts).toEqual([20, 20, 20]);
	});

	it('date each page of an article by its last change (lastmod), and give the other pages none', () => {
		const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
		const entries = ['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml'].flatMap((map) =>
			Array.from(
				read(map).matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g),
				(match) => [new URL(match[1]!).pathname, match[2]] as const,
			),
		);
		const lastmod = new Map(entries);
		// The summit copy's log ends 2026-12-06T10:30+01:00; the short report's 2026-11-29T10:00+02:00; the election story has none: its publication.
		expect(lastmod.get('/gipfeltreffen/')).toBe('2026-12-06T09:30:00.000Z');
		expect(lastmod.get('/gipfeltreffen/hochrangige-teilnahme/')).toBe('2026-12-06T09:30:00.000Z');
		expect(lastmod.get('/gipfeltreffen/einordnung/')).toBe('2026-12-06T09:30:00.000Z');
		expect(lastmod.get('/kurzmeldung/was-eine-kurzmeldung-ist/')).toBe('2026-11-29T08:00:00.000Z');
		expect(lastmod.get('/kanzlerwahl/')).toBe('2026-11-26T11:00:00.000Z');
		expect(lastmod.has('/')).toBe(true);
		expect(lastmod.get('/')).toBeUndefined();
		expect(lastmod.get('/personen/')).toBeUndefined();
	});
});

describe('search filters by month', () => {
	it('a dated story’s search document carries its month for Pagefind; an undated one none', () => {
		const documents = indexedDocuments();
		const summit = documents.find((document) => document.url === '/gipfeltreffen/suchdokument/')!;
		expect(summit.filters['monat']).toEqual(['August 2025']);
		const other = documents.find((document) => document.url === '/kanzlerwahl/suchdokument/')!;
		expect(other.filters['monat']).toBeUndefined();
	});

	it('the search page offers the months newest first beside person and article', () => {
		const { $ } = page('/suche/');
		expect(
			$('.filters [data-search-filter]')
				.map((_index, field) => $(field).attr('name'))
				.get(),
		).toEqual(['person', 'artikel', 'monat']);
		expect(
			$('select[name="monat"] option')
				.map((_index, option) => $(option).text())
				.get(),
		).toEqual(['Alle', 'August 2025']);
	});
});

describe('search filters that grow with the archive', () => {
	const json = (path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8')) as string[];
	const headlines = (path: string) =>
		page(path)
			.$('main article.card h2 a')
			.map((_index, link) => page(path).$(link).text().trim())
			.get();

	it('„Person“ and „Artikel“ are text fields whose suggestions are not in the page: it carries no person and no headline', () => {
		const { $ } = page('/suche/');
		for (const name of ['person', 'artikel']) {
			const field = $(`input[name="${name}"]`);
			expect(field.attr('type')).toBe('text');
			expect($(`datalist#${field.attr('list')}`).children()).toHaveLength(0);
		}
		// Options only for the months: the page's size does not depend on how many people and stories there are.
		expect($('option')).toHaveLength(2);
		// (The no-JavaScript list below the form names the newest stories, as the home page does.)
		const form = $('site-search form').html()!;
		for (const value of [...json('suche/person.json'), ...json('suche/artikel.json')]) expect(form).not.toContain(value);
	});

	it('their values are the index’s own: every person and headline the index filters by, people by sort name, stories newest first', () => {
		const documents = indexedDocuments();
		const indexed = (filter: string) => [...new Set(documents.flatMap((document) => document.filters[filter] ?? []))].sort();
		const people = json('suche/person.json');
		expect([...people].sort()).toEqual(indexed('person'));
		// By family name: „Ursula von der Leyen“ stands under L, between Klöckner and Macron.
		expect(people.indexOf('Ursula von der Leyen')).toBe(people.indexOf('Julia Klöckner') + 1);
		expect(people.indexOf('Emmanuel Macron')).toBe(people.indexOf('Ursula von der Leyen') + 1);
		const articles = json('suche/artikel.json');
		expect([...articles].sort()).toEqual(indexed('artikel'));
		expect(articles).toEqual([...headlines('/'), ...headlines('/archiv/2/')]);
	});
});
