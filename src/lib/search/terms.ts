import { compoundParts, wordsOf, type Lexicon } from './compounds.ts';

/**
 * The index-only vocabulary of one search document: what readers type that
 * the visible text does not contain. Each term is written as
 * `typed→shown`, so the search interface can mark the word on the page that
 * the term stands for, and never shows the term itself.
 */
export const TERM_ARROW = '→';

export interface AliasForm {
	/** A spelling readers may type, e.g. „Zelensky“. */
	form: string;
	/** The spelling the text uses, e.g. „Selenskyj“. */
	shown: string;
}

export function searchTerms(text: string, aliases: readonly AliasForm[], lexicon: Lexicon): string[] {
	const words = wordsOf(text);
	const visible = new Set(words.map((word) => word.toLowerCase()));
	const terms = new Map<string, string>();
	for (const word of words) {
		for (const part of compoundParts(word, lexicon)) {
			if (!visible.has(part) && !terms.has(part)) terms.set(part, word);
		}
	}
	for (const { form, shown } of aliases) {
		for (const [index, piece] of form.split(/\s+/).entries()) {
			const key = piece.toLowerCase();
			const target = shown.split(/\s+/)[index] ?? shown;
			if (!visible.has(key) && !terms.has(key)) terms.set(key, target);
		}
	}
	return [...terms].map(([typed, shown]) => `${typed}${TERM_ARROW}${shown}`);
}
