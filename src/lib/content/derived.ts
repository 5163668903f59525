import { formatMonth, instant } from '../dates.ts';
import { namedParticipants } from '../search/story-index.ts';
import { changesAt, isCorrection } from './changes.ts';
import type { ArticleModel, Change, GlossaryEntry, Section } from './model.ts';

/**
 * Views across articles that pages list: computed from the model, never
 * stored in it, so that one article's data stays its own.
 */

const collator = new Intl.Collator('de');

export interface GlossaryUse {
	article: Pick<ArticleModel, 'slug' | 'title'>;
	entry: GlossaryEntry;
	/** The sections of that article that use the term. */
	sections: Array<Pick<Section, 'slug' | 'title'>>;
	/** The other spellings under which the text uses the term. */
	also: string[];
	/** Entries of the article's log that changed this definition. */
	changes: Change[];
}

/** How many uses of a term the glossary page shows: the newest; the rest are a search away. */
export const GLOSSARY_USES_SHOWN = 5;

/** A term of the glossary page: the entries of all articles under one slug. */
export interface GlossaryTerm {
	slug: string;
	term: string;
	/** The newest uses (at most `shown`), in the articles' order (newest first). */
	uses: GlossaryUse[];
	/** How many older articles use the term besides those. */
	more: number;
}

/**
 * Every glossary term of every article, alphabetically, with the newest
 * articles and sections that use it: the page stays the same size however
 * many stories an archive holds (a term in 1,000 stories would otherwise
 * be 1,000 definitions on one page).
 */
export function glossaryIndex(articles: readonly ArticleModel[], shown = GLOSSARY_USES_SHOWN): GlossaryTerm[] {
	const byTerm = new Map<string, GlossaryTerm>();
	for (const article of articles) {
		for (const [index, entry] of article.glossary.entries()) {
			const term = byTerm.get(entry.slug) ?? { slug: entry.slug, term: entry.term, uses: [], more: 0 };
			byTerm.set(entry.slug, term);
			if (term.uses.length >= shown) {
				term.more += 1;
				continue;
			}
			term.uses.push({
				article: { slug: article.slug, title: article.title },
				entry,
				sections: article.sections.filter((section) => section.terms.includes(entry.slug)).map(({ slug, title }) => ({ slug, title })),
				also: entry.aliases.filter((alias) => alias !== entry.term),
				changes: changesAt(article.changes, `glossary[${index}]`),
			});
		}
	}
	return [...byTerm.values()].sort((a, b) => collator.compare(a.term, b.term));
}

export interface FilterOption {
	value: string;
	label: string;
}

/** The options of the search page's filters (`searchFilters` names them): people the texts name (alphabetically by sort name) and articles (newest first). */
export function searchFilterOptions(articles: readonly ArticleModel[], sortKeys: ReadonlyMap<string, string>): { people: FilterOption[]; articles: FilterOption[]; months: FilterOption[] } {
	const named = new Map<string, string>();
	for (const article of articles) {
		for (const participant of namedParticipants(article)) named.set(participant.name, sortKeys.get(participant.id) ?? participant.name);
	}
	return {
		people: [...named].sort((a, b) => collator.compare(a[1], b[1])).map(([name]) => ({ value: name, label: name })),
		articles: articles.map((article) => ({ value: article.title, label: article.title })),
		// Newest first, as the articles are.
		months: [...new Set(articles.flatMap((article) => (article.event ? [formatMonth(article.event.date)] : [])))].map((month) => ({ value: month, label: month })),
	};
}

export interface CorrectionEntry {
	article: Pick<ArticleModel, 'slug' | 'title'>;
	change: Change;
}

/** Every correction and clarification of every article (`isCorrection`), newest first: the site's page /korrekturen/ and its feed. */
export function correctionsIndex(articles: readonly ArticleModel[]): CorrectionEntry[] {
	return articles
		.flatMap((article) => article.changes.filter((change) => isCorrection(change.kind)).map((change) => ({ article: { slug: article.slug, title: article.title }, change })))
		.sort((a, b) => instant(b.change.at) - instant(a.change.at) || a.article.slug.localeCompare(b.article.slug) || b.change.number - a.change.number);
}

/** A section's neighbours, for „Vorheriger/Nächster Abschnitt“. */
export function neighbours(article: ArticleModel, section: Section): { previous: Section | undefined; next: Section | undefined } {
	return { previous: article.sections[section.number - 2], next: article.sections[section.number] };
}

