import { getCollection } from 'astro:content';
import { searchFilterOptions } from '../lib/content/derived.ts';
import { byNewest } from '../lib/content/people.ts';
import type { ArticleModel, PersonModel } from '../lib/content/model.ts';
import { unpackModel, type StoredModel } from '../lib/content/stored.ts';

/**
 * The pages' one way to the content: the collections the loader filled,
 * as the typed model (the store holds it packed). Nothing is computed here but by the pure modules of `src/lib/`.
 */

export type {
	ArticleModel,
	Attribution,
	Participant,
	Change,
	Claim,
	ExternSource,
	KeyPoint,
	PersonModel,
	Positions,
	Reference,
	Section,
	SimpleVersion,
	TimelineEvent,
} from '../lib/content/model.ts';

/**
 * The models of a collection's entries, unpacked (src/lib/content/stored.ts) once per entry and
 * digest in this process: every route asks for all of them, and a model changes only with its digest.
 */
const unpacked = new Map<string, { digest: string | number | undefined; model: object }>();
function models<T extends object>(
	collection: string,
	entries: Array<{ id: string; digest?: string | number | undefined; data: StoredModel }>,
): T[] {
	return entries.map((entry) => {
		const key = `${collection}/${entry.id}`;
		let known = unpacked.get(key);
		if (!known || known.digest !== entry.digest) {
			known = { digest: entry.digest, model: unpackModel<T>(entry.data) };
			unpacked.set(key, known);
		}
		return known.model as T;
	});
}

/** All articles, newest first. */
export async function getArticles(): Promise<ArticleModel[]> {
	return models<ArticleModel>('articles', await getCollection('articles')).sort(byNewest);
}

/**
 * The digest of each article's and each person's model (the content
 * layer's, computed once when the loader stores them): a page made from one
 * of them gives it to Astro as its `cacheKey`, so that an incremental build
 * renders it again only when its data changed.
 */
export async function getDigests(): Promise<{ article(slug: string): string; person(id: string): string }> {
	const [articles, people] = await Promise.all([getCollection('articles'), getCollection('people')]);
	const lookup = (entries: Array<{ id: string; digest?: string | number | undefined }>, what: string) => {
		const digests = new Map(entries.map((entry) => [entry.id, entry.digest]));
		return (id: string): string => {
			const digest = digests.get(id);
			if (digest === undefined) throw new Error(`Kein Digest für ${what} „${id}“: der Loader speichert jeden mit einem.`);
			return String(digest);
		};
	};
	return { article: lookup(articles, 'den Artikel'), person: lookup(people, 'die Person') };
}

/**
 * The paths of a page made once per article (`/<article>/…`), for
 * `getStaticPaths()`: the article as its props and its digest as the
 * `cacheKey`; `keep` leaves out articles without such a page.
 */
export async function articlePaths(keep: (article: ArticleModel) => boolean = () => true) {
	const [articles, digests] = await Promise.all([getArticles(), getDigests()]);
	return articles
		.filter(keep)
		.map((article) => ({ params: { article: article.slug }, props: { article }, cacheKey: digests.article(article.slug) }));
}

/** Everyone in the participants folder, alphabetically, with where articles name them. */
export async function getPeople(): Promise<PersonModel[]> {
	const collator = new Intl.Collator('de');
	return models<PersonModel>('people', await getCollection('people')).sort(
		(a, b) => collator.compare(a.sortKey, b.sortKey) || a.id.localeCompare(b.id),
	);
}

/** The search filters' options (`searchFilterOptions`): the people the texts name by sort name, the headlines newest first, the months. */
export async function getSearchFilterOptions(): Promise<ReturnType<typeof searchFilterOptions>> {
	const [articles, people] = await Promise.all([getArticles(), getPeople()]);
	return searchFilterOptions(articles, new Map(people.map((person) => [person.id, person.sortKey])));
}
