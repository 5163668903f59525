import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../data/articles.ts';
import { de } from '../../i18n/de.ts';
import { join } from 'node:path';
import { previewImage, previewKey, type PreviewInput } from '../../lib/og-image.ts';
import { sitePreviewPath } from '../../lib/preview-paths.ts';

/**
 * Link-preview images, rendered at build time: `/og/<article>.png` for the
 * long-read and `/og/<article>/<section>.png` for each section page
 * of the newest articles; older ones show `/og/_website.png` (see
 * `src/lib/preview-paths.ts`). Each image is drawn once: later builds
 * take it from the cache folder (`vorschaubilder/` in Astro's cache folder,
 * `LAGEBILD_CACHE_DIR` or `node_modules/.astro`) while its text and design
 * are unchanged.
 */
const cacheDir = join(process.env['LAGEBILD_CACHE_DIR'] ?? 'node_modules/.astro', 'vorschaubilder');
export const getStaticPaths = (async () => {
	const articles = await getArticles();
	const site = {
		params: { path: sitePreviewPath().slice('/og/'.length, -'.png'.length) },
		props: { title: de.siteTagline, siteName: de.siteName } satisfies PreviewInput,
	};
	// Only the newest articles have images of their own (ArticleModel.ownPreviews).
	const paths = [site, ...articles.filter((article) => article.ownPreviews).flatMap((article) => {
		const headline = article.title;
		const longRead = {
			params: { path: article.slug },
			props: { title: headline, siteName: de.siteName, kicker: de.previewArticleKicker } satisfies PreviewInput,
		};
		const sections = article.sections.map((section) => ({
			params: { path: `${article.slug}/${section.slug}` },
			props: { title: section.title, headline, siteName: de.siteName, kicker: de.sectionOf(section.number, article.sections.length) } satisfies PreviewInput,
		}));
		return [longRead, ...sections];
	})];
	// An incremental build draws an image again only when what it shows changed.
	return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await previewKey(path.props) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<PreviewInput> = async ({ props }) => {
	const { png } = await previewImage(props, cacheDir);
	return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
