import { describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_SIZE, archivePageSize, pageCount, pageItems, sitemapLimit } from '../../src/lib/archive.ts';
import { formatMonth } from '../../src/lib/dates.ts';
import { newestFirstOnTies, tiesAmongFirst } from '../../src/lib/search/ties.ts';
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

describe('ties newest first', () => {
	it('asks for the date order only when one of the first results ties with the next', () => {
		expect(tiesAmongFirst([5, 4, 3], 5)).toBe(false);
		expect(tiesAmongFirst([5, 4, 3, 3], 2)).toBe(false);
		expect(tiesAmongFirst([5, 4, 4, 3], 2)).toBe(true);
		expect(tiesAmongFirst([5, 5, 4], 1)).toBe(true);
		expect(tiesAmongFirst([5, 4, 3, 3], 3)).toBe(true);
		expect(tiesAmongFirst([4], 3)).toBe(false);
		expect(tiesAmongFirst([], 3)).toBe(false);
	});

	it('orders equal scores as the date-sorted search does, undated last; keeps relevance and the order of full ties', () => {
		const results = [
			{ id: 'a', score: 9 },
			{ id: 'b', score: 5 },
			{ id: 'c', score: 5 },
			{ id: 'd', score: 5 },
			{ id: 'e', score: 5 },
			{ id: 'f', score: 7 },
			{ id: 'g', score: 5 },
		];
		// Pagefind's answer sorted by date, newest first; 'c' and 'g' have no date and are missing.
		const byDate = [{ id: 'd', score: 5 }, { id: 'f', score: 7 }, { id: 'e', score: 5 }, { id: 'a', score: 9 }, { id: 'b', score: 5 }];
		expect(newestFirstOnTies(results, byDate).map((result) => result.id)).toEqual(['a', 'f', 'd', 'e', 'b', 'c', 'g']);
		// The input is left as it was, and without a date order nothing moves but by score.
		expect(results.map((result) => result.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
		expect(newestFirstOnTies(results, []).map((result) => result.id)).toEqual(['a', 'f', 'b', 'c', 'd', 'e', 'g']);
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
