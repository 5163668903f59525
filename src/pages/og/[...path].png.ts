import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../data/articles.ts';
import { de } from '../../i18n/de.ts';
import { renderPreviewImage, type PreviewInput } from '../../lib/og-image.ts';
import { sitePreviewPath } from '../../lib/preview-paths.ts';

/**
 * Link-preview images, rendered at build time: `/og/<article>.png` for the
 * long-read and `/og/<article>/<section>.png` for each section page
 * (see `src/lib/preview-paths.ts`).
 */
export const getStaticPaths = (async () => {
	const articles = await getArticles();
	const site = {
		params: { path: sitePreviewPath().slice('/og/'.length, -'.png'.length) },
		props: { title: de.siteTagline, siteName: de.siteName } satisfies PreviewInput,
	};
	return [site, ...articles.flatMap((article) => {
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
}) satisfies GetStaticPaths;

export const GET: APIRoute<PreviewInput> = async ({ props }) => {
	const png = await renderPreviewImage(props);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
