import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPeople, getDigests, type PersonModel } from '../../../data/articles.ts';
import { de } from '../../../i18n/de.ts';
import { FEED_SIZE, pageItems } from '../../../lib/archive.ts';
import { feedDates, feedNamespaces } from '../../../lib/feeds.ts';
import { paths } from '../../../lib/urls.ts';

/**
 * „Dossier folgen“: a feed per person, of the articles that name them, in
 * the order of the person's page (newest first), the newest FEED_SIZE, each dated like the site's feed.
 */
export const getStaticPaths = (async () => {
	const [people, digests] = await Promise.all([getPeople(), getDigests()]);
	return people.map((person) => ({ params: { id: person.id }, props: { person }, cacheKey: digests.person(person.id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ person: PersonModel }> = async ({ props, site }) => {
	const { person } = props;
	return rss({
		title: de.personFeedTitle(person.name),
		description: de.personFeedDescription(person.name),
		site: site!,
		customData: '<language>de-de</language>',
		xmlns: feedNamespaces,
		items: pageItems(person.appearances, 1, FEED_SIZE).map((appearance) => ({
			title: appearance.headline,
			description: de.personFeedItem(
				person.name,
				appearance.sections.map((section) => section.title),
			),
			link: paths.article(appearance.article),
			...feedDates(appearance),
		})),
	});
};
