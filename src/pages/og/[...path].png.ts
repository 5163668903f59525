import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../data/articles.ts';
import { de } from '../../i18n/de.ts';
import { renderPreviewImage, type PreviewInput } from '../../lib/og-image.ts';
import { sectionPosition } from '../../lib/sections.ts';
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
		const headline = article.entry.data.title;
		const longRead = {
			params: { path: article.slug },
			props: { title: headline, siteName: de.siteName, kicker: de.previewArticleKicker } satisfies PreviewInput,
		};
		const sections = article.sections.map((section) => {
			const { number, total } = sectionPosition(article.sections, section.slug);
			return {
				params: { path: `${article.slug}/${section.slug}` },
				props: { title: section.title, headline, siteName: de.siteName, kicker: de.sectionOf(number, total) } satisfies PreviewInput,
			};
		});
		return [longRead, ...sections];
	})];
}) satisfies GetStaticPaths;

export const GET: APIRoute<PreviewInput> = async ({ props }) => {
	const png = await renderPreviewImage(props);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
