import { getCollection } from 'astro:content';
import { byNewest } from '../lib/content/people.ts';
import type { ArticleModel, PersonModel } from '../lib/content/model.ts';

/**
 * The pages' one way to the content: the collections the loader filled,
 * as the typed model. Nothing is computed here.
 */

export type { ArticleModel, Attribution, CastMember, Claim, PersonModel, Positions, Reference, Section, SimpleVersion } from '../lib/content/model.ts';

/** All articles, newest first. */
export async function getArticles(): Promise<ArticleModel[]> {
	return (await getCollection('articles')).map((entry) => entry.data).sort(byNewest);
}

/** Everyone in the participants folder, alphabetically, with where articles name them. */
export async function getPeople(): Promise<PersonModel[]> {
	const collator = new Intl.Collator('de');
	return (await getCollection('participants')).map((entry) => entry.data).sort((a, b) => collator.compare(a.sortKey, b.sortKey) || a.id.localeCompare(b.id));
}
