import { describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_SIZE, archivePageSize, pageCount, pageItems, sitemapLimit } from '../../src/lib/archive.ts';
import { formatMonth } from '../../src/lib/dates.ts';
import { extentWithTies, newestFirstOnTies } from '../../src/lib/search/ties.ts';
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
	it('reads on past the shown results while they tie with the last one, up to a limit', () => {
		expect(extentWithTies([5, 4, 3], 5)).toBe(3);
		expect(extentWithTies([5, 4, 3, 2], 2)).toBe(2);
		expect(extentWithTies([5, 4, 4, 4, 3], 2)).toBe(4);
		expect(extentWithTies([4, 4, 4, 4, 4, 4], 2, 3)).toBe(5);
		expect(extentWithTies([], 3)).toBe(0);
	});

	it('orders equal scores by date, newest first, undated last; keeps relevance and the order of full ties', () => {
		const results = [
			{ id: 'a', score: 9, date: '2024-01-01' },
			{ id: 'b', score: 5, date: '2024-01-01' },
			{ id: 'c', score: 5, date: '' },
			{ id: 'd', score: 5, date: '2025-06-01' },
			{ id: 'e', score: 5, date: '2024-01-01' },
			{ id: 'f', score: 7, date: '2020-01-01' },
		];
		expect(newestFirstOnTies(results).map((result) => result.id)).toEqual(['a', 'f', 'd', 'b', 'e', 'c']);
		// The input is left as it was.
		expect(results.map((result) => result.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
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
