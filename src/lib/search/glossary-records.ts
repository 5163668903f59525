import type { ArticleModel } from '../content/model.ts';

/**
 * The glossary's terms for the search's card (src/lib/search/term-card.ts):
 * one record per term, across all stories (as `/glossar/` lists them). The
 * build writes them to `/suche/begriffe.json` (src/pages/suche/begriffe.json.ts),
 * which the search code loads with Pagefind; the card's rule runs over them in
 * the browser, so the stories are the index's only pages and a query is one
 * search in Pagefind, not two.
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
