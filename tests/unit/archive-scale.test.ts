import { describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_SIZE, archivePageSize, pageCount, pageItems, sitemapLimit } from '../../src/lib/archive.ts';
import { formatMonth } from '../../src/lib/dates.ts';
import { searchIndexFiles } from '../../src/lib/search/index-order.ts';
import { paths } from '../../src/lib/urls.ts';
import { previewsSetting } from '../../src/loaders/content-options.ts';

/** Issue 13: the archive's pages, the month filter's labels, ties newest first, the preview threshold. */
describe('archive pages', () => {
	it('50 stories a page unless LAGEBILD_PAGE_SIZE says otherwise; nonsense is refused', () => {
		expect(ARCHIVE_PAGE_SIZE).toBe(50);
		expect(archivePageSize(undefined)).toBe(50);
		expect(archivePageSize('')).toBe(50);
		expect(archivePageSize('2')).toBe(2);
		for (const bad of ['0', '-3', '2.5', 'zwei']) expect(() => archivePageSize(bad)).toThrow(/LAGEBILD_PAGE_SIZE/);
	});

	it('counts pages (an empty archive is one page) and slices them newest first', () => {
		expect(pageCount(0, 50)).toBe(1);
		expect(pageCount(50, 50)).toBe(1);
		expect(pageCount(51, 50)).toBe(2);
		expect(pageCount(1000, 50)).toBe(20);
		const items = ['a', 'b', 'c', 'd', 'e'];
		expect(pageItems(items, 1, 2)).toEqual(['a', 'b']);
		expect(pageItems(items, 3, 2)).toEqual(['e']);
		expect(pageItems(items, 4, 2)).toEqual([]);
	});

	it('page 1 is the home page, the others live under /archiv/N/', () => {
		expect(paths.archive(1)).toBe('/');
		expect(paths.archive(0)).toBe('/');
		expect(paths.archive(2)).toBe('/archiv/2/');
		expect(paths.archive(20)).toBe('/archiv/20/');
	});
});

describe('sitemap files', () => {
	it('45,000 URLs a file by default; LAGEBILD_SITEMAP_LIMIT within the protocol’s 50,000', () => {
		expect(sitemapLimit(undefined)).toBe(45_000);
		expect(sitemapLimit('20')).toBe(20);
		expect(sitemapLimit('50000')).toBe(50_000);
		for (const bad of ['0', '50001', 'viele', '1.5']) expect(() => sitemapLimit(bad)).toThrow(/LAGEBILD_SITEMAP_LIMIT/);
	});
});

describe('month filter', () => {
	it('names the month in German, whatever the day, without rolling over time zones', () => {
		expect(formatMonth('2025-08-18')).toBe('August 2025');
		expect(formatMonth('2025-03-01')).toBe('März 2025');
		expect(formatMonth('2024-12-31')).toBe('Dezember 2024');
	});
});

describe('ties newest first: the order the index reads', () => {
	it('the search documents newest first, undated ones after the dated (by slug); the glossary is not a page of the index', () => {
		const story = (slug: string, date?: string) => ({ slug, event: date ? { date } : undefined }) as Parameters<typeof searchIndexFiles>[0][number];
		const articles = [story('mitte', '2024-05-02'), story('ohne-b'), story('neu', '2025-11-08'), story('ohne-a'), story('alt', '2021-02-16'), story('gleich-tag', '2024-05-02')];
		expect(searchIndexFiles(articles)).toEqual([
			'neu/suchdokument/index.html',
			'gleich-tag/suchdokument/index.html',
			'mitte/suchdokument/index.html',
			'alt/suchdokument/index.html',
			'ohne-a/suchdokument/index.html',
			'ohne-b/suchdokument/index.html',
		]);
		// The input is left as it was.
		expect(articles.map((article) => article.slug)).toEqual(['mitte', 'ohne-b', 'neu', 'ohne-a', 'alt', 'gleich-tag']);
		expect(searchIndexFiles([])).toEqual([]);
	});
});

describe('preview images of the newest articles', () => {
	it('LAGEBILD_PREVIEWS: unset keeps the default, a count ≥ 0 is taken, nonsense refused', () => {
		expect(previewsSetting(undefined)).toBeUndefined();
		expect(previewsSetting('')).toBeUndefined();
		expect(previewsSetting('0')).toBe(0);
		expect(previewsSetting('100')).toBe(100);
		for (const bad of ['-1', '1.5', 'alle']) expect(() => previewsSetting(bad)).toThrow(/LAGEBILD_PREVIEWS/);
	});
});
