import { describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_SIZE, pageCount, pageItems, SITEMAP_LIMIT } from '../../src/lib/archive.ts';

/** Issue 13: the archive's pages and the sitemap's files (src/lib/archive.ts). */
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
});

describe('sitemap files', () => {
	it('45,000 URLs a file by default, under the protocol’s 50,000 (LAGEBILD_SITEMAP_LIMIT: tests/unit/settings.test.ts)', () => {
		expect(SITEMAP_LIMIT).toBe(45_000);
	});
});
