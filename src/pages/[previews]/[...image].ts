import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../data/articles.ts';
import { de } from '../../i18n/de.ts';
import { join } from 'node:path';
import { preparePreviews, previewImage, previewKey, type PreviewInput } from '../../lib/preview-image.ts';
import { articlePreviewPath, sectionPreviewPath, sitePreviewPath } from '../../lib/preview-paths.ts';
import { settings } from '../../lib/settings.ts';

/**
 * Link-preview images, rendered at build time: `/og/<article>.png` for the
 * long-read and `/og/<article>/<section>.png` for each section page
 * of the newest articles; older ones show `/og/_website.png` (see
 * `src/lib/preview-paths.ts`). Each image is drawn once: later builds
 * take it from the cache folder (`vorschaubilder/` in Astro's cache folder,
 * the one astro.config.mjs gives Astro: `settings.cacheDir`) while its text and design
 * are unchanged.
 *
 * Why the folder `og` is a parameter here (its one value): Astro renders
 * routes in its route order, and a route beginning with a fixed folder
 * comes before the articles' pages, one whose every part is a parameter
 * after them. So the build starts drawing the images (preparePreviews) when
 * it lists the paths, draws them on the other cores while Astro renders the
 * pages on its one thread, and asks for them last, when they are ready. With
 * the fixed folder, Astro waited for the images first: about 11 s more of
 * a clean build of 1,000 stories on two cores.
 */
const cacheDir = join(settings.cacheDir, 'vorschaubilder');

/** `/og/a/b.png` as this route's parameters: the folder and the rest. */
function params(path: string): { previews: string; image: string } {
	const [folder = '', ...rest] = path.slice(1).split('/');
	return { previews: folder, image: rest.join('/') };
}

export const getStaticPaths = (async () => {
	const articles = await getArticles();
	const site = {
		params: params(sitePreviewPath()),
		props: { title: de.siteTagline, siteName: de.siteName } satisfies PreviewInput,
	};
	// Only the newest articles have images of their own (ArticleModel.ownPreviews).
	const paths = [
		site,
		...articles
			.filter((article) => article.ownPreviews)
			.flatMap((article) => {
				const headline = article.title;
				const longRead = {
					params: params(articlePreviewPath(article.slug)),
					props: { title: headline, siteName: de.siteName, kicker: de.previewArticleKicker } satisfies PreviewInput,
				};
				const sections = article.sections.map((section) => ({
					params: params(sectionPreviewPath(article.slug, section.slug)),
					props: {
						title: section.title,
						headline,
						siteName: de.siteName,
						kicker: de.sectionOf(section.number, article.sections.length),
					} satisfies PreviewInput,
				}));
				return [longRead, ...sections];
			}),
	];
	// A build draws what the cache folder lacks while it renders the pages; an image that failed to draw fails
	// again, with its message, when the page below asks for that image. (`astro dev` draws on request.)
	if (import.meta.env.PROD)
		void preparePreviews(
			paths.map((path) => path.props),
			cacheDir,
		).catch(() => undefined);
	// An incremental build draws an image again only when what it shows changed.
	return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await previewKey(path.props) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<PreviewInput> = async ({ props }) => {
	const { png } = await previewImage(props, cacheDir);
	return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
