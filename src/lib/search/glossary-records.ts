import type { ArticleModel } from '../content/model.ts';
import { paths } from '../urls.ts';
import { searchGlossary } from './names.ts';
import { formsMeta } from './term-card.ts';

/**
 * The glossary's records in the search index: one per term, across all
 * stories (as `/glossar/` lists them), each leading to its entry. The build
 * writes them to a file (`src/pages/suchglossar.json.ts`); the index step
 * (`src/search-index.ts`) adds them to Pagefind after the stories.
 */

export interface GlossaryRecord {
	slug: string;
	/** The term as the newest story that defines it writes it. */
	term: string;
	/** The term and every alias under which any story uses it, each once (case aside), the term first. */
	forms: string[];
	/** The newest story's definition: what the card shows, and what `/glossar/` shows first. */
	definition: string;
}

const collator = new Intl.Collator('de');

/** One record per term, alphabetically; `articles` newest first, as the site lists them. */
export function glossaryRecords(articles: ReadonlyArray<Pick<ArticleModel, 'glossary'>>): GlossaryRecord[] {
	const bySlug = new Map<string, GlossaryRecord>();
	for (const article of articles) {
		for (const entry of article.glossary) {
			const record = bySlug.get(entry.slug) ?? { slug: entry.slug, term: entry.term, forms: [], definition: entry.definition };
			bySlug.set(entry.slug, record);
			for (const form of [entry.term, ...entry.aliases].map((text) => text.trim())) {
				if (form && !record.forms.some((known) => known.toLocaleLowerCase('de') === form.toLocaleLowerCase('de'))) record.forms.push(form);
			}
		}
	}
	return [...bySlug.values()].sort((a, b) => collator.compare(a.term, b.term));
}

/** Whether a value read back from the build's file is a record. */
export function isGlossaryRecord(value: unknown): value is GlossaryRecord {
	const record = value as Partial<GlossaryRecord> | null;
	return (
		typeof record === 'object' &&
		record !== null &&
		[record.slug, record.term, record.definition].every((text) => typeof text === 'string' && text !== '') &&
		Array.isArray(record.forms) &&
		record.forms.length > 0 &&
		record.forms.every((form) => typeof form === 'string' && form !== '')
	);
}

/**
 * A record as Pagefind indexes it (`addCustomRecord`): its text is the
 * term's forms only, so that a word of the definition does not find it; the
 * definition and the forms travel as metadata, the filter sets it apart.
 */
export function pagefindRecord(record: GlossaryRecord, language: string) {
	return {
		url: paths.glossaryTerm(record.slug),
		content: record.forms.join('. '),
		language,
		meta: { title: record.term, [searchGlossary.definition]: record.definition, [searchGlossary.forms]: formsMeta(record.forms) },
		filters: { [searchGlossary.filter]: [searchGlossary.value] },
	};
}
