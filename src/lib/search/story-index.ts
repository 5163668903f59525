import type { ArticleModel, Participant } from '../content/model.ts';
import { wordsOf } from './compounds.ts';
import { TERM_ARROW } from './terms.ts';

/**
 * What a story's one search document carries besides its text
 * (`src/pages/[article]/suchdokument.astro`).
 */

/**
 * The index-only terms of a story's one search document (`typed→shown`, see
 * `./terms.ts`): its sections' terms, each pair once, without those whose
 * typed word stands in the story's text anyway (Pagefind finds it there, at
 * its place, which a term cannot give).
 */
export function storySearchTerms(article: Pick<ArticleModel, 'sections'>): string[] {
	const visible = new Set(
		article.sections.flatMap((section) => wordsOf([section.title, ...section.blocks].join(' '))).map((word) => word.toLowerCase()),
	);
	const terms = article.sections.flatMap((section) => section.searchTerms).filter((term) => !visible.has(term.split(TERM_ARROW)[0]!));
	return [...new Set(terms)];
}

/**
 * The people a story's text names (its participants in order, without those only
 * listed): their names are the values of the search's person filter, in the
 * search document and among the search page's options alike.
 */
export function namedParticipants(article: Pick<ArticleModel, 'participants'>): Participant[] {
	return article.participants.filter((participant) => participant.sections > 0);
}

/** Which sections name whom (`searchMeta.sectionPeople`): the names of the people each section names, by its slug. */
export function storySectionPeople(article: Pick<ArticleModel, 'sections' | 'participants'>): Record<string, string[]> {
	const names = new Map(article.participants.map((participant) => [participant.id, participant.name]));
	return Object.fromEntries(
		article.sections
			.map((section) => [section.slug, section.mentions.people.flatMap(({ id }) => names.get(id) ?? [])] as const)
			.filter(([, people]) => people.length > 0),
	);
}
