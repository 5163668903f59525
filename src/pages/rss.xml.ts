import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { de } from '../i18n/de.ts';
import { FEED_SIZE, pageItems } from '../lib/archive.ts';
import { feedDates, feedNamespaces } from '../lib/feeds.ts';
import { paths } from '../lib/urls.ts';

/**
 * The feed of the newest articles (FEED_SIZE; the archive pages list the rest), each with the date
 * Lagebild published it and, when its log has an entry, the date it was last updated.
 */
export const GET: APIRoute = async ({ site }) => {
	const articles = await getArticles();
	return rss({
		title: de.feedTitle,
		description: de.feedDescription,
		site: site!,
		customData: '<language>de-de</language>',
		xmlns: feedNamespaces,
		items: pageItems(articles, 1, FEED_SIZE).map((article) => ({
			title: article.title,
			description: article.description,
			link: paths.article(article.slug),
			...feedDates(article),
		})),
	});
};
