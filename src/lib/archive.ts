/**
 * The archive's pages: the home page lists the newest stories, `/archiv/2/`,
 * `/archiv/3/` … the older ones, newest first, at most `pageSize` a page.
 */

/** Stories per page of the home page and the archive. */
export const ARCHIVE_PAGE_SIZE = 50;

/** URLs per sitemap file: @astrojs/sitemap's default, under the protocol's 50,000 (`LAGEBILD_SITEMAP_LIMIT` in src/lib/settings.ts sets another). */
export const SITEMAP_LIMIT = 45_000;

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
