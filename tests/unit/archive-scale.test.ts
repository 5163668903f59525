import { describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_SIZE, pageCount, pageItems, SITEMAP_LIMIT } from '../../src/lib/archive.ts';
import { formatMonth } from '../../src/lib/dates.ts';
import { searchIndexFiles } from '../../src/lib/search/index-order.ts';
import { paths } from '../../src/lib/urls.ts';

/** Issue 13: the archive's pages, the month filter's labels, ties newest first, the preview threshold. */
describe('archive pages', () => {
	it('50 stories a page (LAGEBILD_PAGE_SIZE: tests/unit/settings.test.ts)', () => {
		expect(ARCHIVE_PAGE_SIZE).toBe(50);
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
	it('45,000 URLs a file by default, under the protocol’s 50,000 (LAGEBILD_SITEMAP_LIMIT: tests/unit/settings.test.ts)', () => {
		expect(SITEMAP_LIMIT).toBe(45_000);
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
	it('the search documents newest first, undated ones after the dated (by slug), the glossary last', () => {
		const story = (slug: string, date?: string) => ({ slug, event: date ? { date } : undefined }) as Parameters<typeof searchIndexFiles>[0][number];
		const articles = [story('mitte', '2024-05-02'), story('ohne-b'), story('neu', '2025-11-08'), story('ohne-a'), story('alt', '2021-02-16'), story('gleich-tag', '2024-05-02')];
		expect(searchIndexFiles(articles)).toEqual([
			'neu/suchdokument/index.html',
			'gleich-tag/suchdokument/index.html',
			'mitte/suchdokument/index.html',
			'alt/suchdokument/index.html',
			'ohne-a/suchdokument/index.html',
			'ohne-b/suchdokument/index.html',
			'glossar/index.html',
		]);
		// The input is left as it was.
		expect(articles.map((article) => article.slug)).toEqual(['mitte', 'ohne-b', 'neu', 'ohne-a', 'alt', 'gleich-tag']);
		expect(searchIndexFiles([])).toEqual(['glossar/index.html']);
	});
});
