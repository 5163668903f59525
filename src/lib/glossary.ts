import { escapeRegExp } from './regexp.ts';
import { slugify } from './slug.ts';

/**
 * What the matcher needs of a glossary entry (`GlossaryEntry`, src/lib/content/model.ts):
 * the term and its other spellings.
 */
export interface TermForms {
	term: string;
	aliases?: readonly string[];
}

export const termSlug = (term: string) => slugify(term);

/** The spellings of each term, longest first, and one pattern that finds any of them as whole words. */
export function termMatcher(entries: readonly TermForms[]): { pattern: RegExp; slugOf: Map<string, string> } | undefined {
	const slugOf = new Map<string, string>();
	for (const entry of entries) {
		for (const form of [entry.term, ...(entry.aliases ?? [])]) if (form.trim()) slugOf.set(form.trim(), termSlug(entry.term));
	}
	if (slugOf.size === 0) return undefined;
	const forms = [...slugOf.keys()].sort((a, b) => b.length - a.length);
	return { pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`, 'gu'), slugOf };
}
