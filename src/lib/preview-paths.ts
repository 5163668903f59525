/** Size of every link-preview image, in pixels. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/**
 * URL paths of the link-preview images that `src/pages/[previews]/[...image].ts`
 * generates at build time (for `og:image` / `twitter:image` in the page head).
 */

/**
 * How many of the newest articles have preview images of their own (the
 * long-read's and one per section); older articles' pages show the site's
 * image, their headline still in the preview's title. An archive of
 * thousands of stories would otherwise draw eleven images per story on
 * every clean build and carry them all to the host (files count against a
 * Pages host's limit); a story is shared while it is news. So the images
 * stay about 1,100 however large the archive grows.
 * `LAGEBILD_PREVIEWS` sets another number (for tests and the benchmark).
 */
export const PREVIEWS_NEWEST = 100;

/** The preview image of an article's long-read: `/og/<article>.png`. */
export function articlePreviewPath(article: string): string {
	return `/og/${article}.png`;
}

/** The preview image of one section page: `/og/<article>/<section>.png`. */
export function sectionPreviewPath(article: string, section: string): string {
	return `/og/${article}/${section}.png`;
}

/** The site's own preview image, for pages that are not part of an article: `/og/_website.png` (no article slug starts with `_`). */
export function sitePreviewPath(): string {
	return '/og/_website.png';
}
