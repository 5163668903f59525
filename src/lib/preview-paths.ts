/** Size of every link-preview image, in pixels. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/**
 * URL paths of the link-preview images that `src/pages/og/[...path].png.ts`
 * generates at build time (for `og:image` / `twitter:image` in the page head).
 */

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
