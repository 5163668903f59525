import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { de } from '../i18n/de.ts';
import { FEED_SIZE, pageItems } from '../lib/archive.ts';
import { paths } from '../lib/urls.ts';

/**
 * The feed of the newest articles (FEED_SIZE; the archive pages list the rest). Items carry no publication date: the sources name
 * none, and Lagebild does not invent one (the event date is in the text).
 */
export const GET: APIRoute = async ({ site }) => {
	const articles = await getArticles();
	return rss({
		title: de.feedTitle,
		description: de.feedDescription,
		site: site!,
		customData: '<language>de-de</language>',
		items: pageItems(articles, 1, FEED_SIZE).map((article) => ({
			title: article.title,
			description: article.description,
			link: paths.article(article.slug),
		})),
	});
};
