import { slugify } from './slug.ts';

/** A glossary entry as the article's front matter gives it. */
export interface GlossaryEntry {
	term: string;
	aliases?: readonly string[];
	definition: string;
	source?: string | undefined;
}

export const termSlug = (term: string) => slugify(term);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The spellings of each term, longest first, and one pattern that finds any of them as whole words. */
export function termMatcher(entries: readonly GlossaryEntry[]): { pattern: RegExp; slugOf: Map<string, string> } | undefined {
	const slugOf = new Map<string, string>();
	for (const entry of entries) {
		for (const form of [entry.term, ...(entry.aliases ?? [])]) if (form.trim()) slugOf.set(form.trim(), termSlug(entry.term));
	}
	if (slugOf.size === 0) return undefined;
	const forms = [...slugOf.keys()].sort((a, b) => b.length - a.length);
	return { pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'gu'), slugOf };
}

/** Which glossary terms a text uses (by slug), as the marking finds them. */
export function termsIn(text: string, entries: readonly GlossaryEntry[]): string[] {
	const matcher = termMatcher(entries);
	if (!matcher) return [];
	return [...new Set(Array.from(text.matchAll(matcher.pattern), (match) => matcher.slugOf.get(match[0])!))];
}
