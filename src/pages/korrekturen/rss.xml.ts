import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../../data/articles.ts';
import { de } from '../../i18n/de.ts';
import { FEED_SIZE, pageItems } from '../../lib/archive.ts';
import { correctionsIndex } from '../../lib/content/derived.ts';
import { utcDateTime } from '../../lib/dates.ts';
import { paths } from '../../lib/urls.ts';

/** The corrections' feed: the newest FEED_SIZE corrections and clarifications, each dated, each linking to its entry in the article. */
export const GET: APIRoute = async ({ site }) => {
	const entries = pageItems(correctionsIndex(await getArticles()), 1, FEED_SIZE);
	return rss({
		title: de.correctionsFeedTitle,
		description: de.correctionsFeedDescription,
		site: site!,
		customData: '<language>de-de</language>',
		// The links end in an entry's anchor (`/artikel/#aenderung-3`): no slash appended.
		trailingSlash: false,
		items: entries.map(({ article, change }) => ({
			title: de.correctionsFeedItem(de.changeKinds[change.kind], article.title),
			description: change.note,
			link: `${paths.article(article.slug)}#${change.id}`,
			pubDate: new Date(utcDateTime(change.at)),
		})),
	});
};
