/**
 * The words to mark on arrival from a search hit come from the address
 * (`?hervorheben=…`), which anyone can write. Pagefind's highlighter joins
 * them into one regular expression: hundreds of terms overflow the regex
 * engine's stack. So the list is cleaned and capped before it is used.
 */
export const MAX_HIGHLIGHT_TERMS = 20;
export const MAX_HIGHLIGHT_LENGTH = 100;

/** Trimmed, non-empty, distinct (case-insensitive) terms, each at most 100 characters, at most 20 of them, in order. */
export function highlightTerms(requested: readonly string[]): string[] {
	const seen = new Set<string>();
	const terms: string[] = [];
	for (const raw of requested) {
		const term = raw
			.replace(/[\u0000-\u001f\u007f]/g, '')
			.trim()
			.slice(0, MAX_HIGHLIGHT_LENGTH)
			.trim();
		const key = term.toLocaleLowerCase('de');
		if (!term || seen.has(key)) continue;
		seen.add(key);
		terms.push(term);
		if (terms.length === MAX_HIGHLIGHT_TERMS) break;
	}
	return terms;
}
