import { wholeNumberSetting } from './settings.ts';

/**
 * The archive's pages: the home page lists the newest stories, `/archiv/2/`,
 * `/archiv/3/` … the older ones, newest first, at most `pageSize` a page.
 */

/** Stories per page of the home page and the archive. */
export const ARCHIVE_PAGE_SIZE = 50;

/** `LAGEBILD_PAGE_SIZE`: another number of stories per page (tests page through a small site with it). */
export function archivePageSize(value: string | undefined): number {
	return wholeNumberSetting('LAGEBILD_PAGE_SIZE', value, 1) ?? ARCHIVE_PAGE_SIZE;
}

/** Items in a feed (the site's, a person's): the newest 50, as many as a page of the archive shows by default. */
export const FEED_SIZE = ARCHIVE_PAGE_SIZE;

/** How many pages `count` stories fill (at least one: an empty home page). */
export function pageCount(count: number, pageSize: number): number {
	return Math.max(1, Math.ceil(count / pageSize));
}

/** The stories of page `page` (1 is the home page). */
export function pageItems<T>(items: readonly T[], page: number, pageSize: number): T[] {
	return items.slice((page - 1) * pageSize, page * pageSize);
}

/** URLs per sitemap file: 45,000 (@astrojs/sitemap's default, under the protocol's 50,000) unless `LAGEBILD_SITEMAP_LIMIT` says otherwise. */
export function sitemapLimit(value: string | undefined): number {
	return wholeNumberSetting('LAGEBILD_SITEMAP_LIMIT', value, 1, 50_000) ?? 45_000;
}
