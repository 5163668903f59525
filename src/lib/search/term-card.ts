import { bare } from './excerpt.ts';
import { foldForMatching } from './fold.ts';

/**
 * „Begriff: Kreml – …“: a glossary term as a card above a search's stories.
 * The card answers „what is …?“, so only a query that names the term gets it:
 * every word of the term or of one of its forms (the aliases the text uses)
 * is a word of the query, case, umlauts and punctuation aside („Kreml“,
 * „kremls“, „Was ist der Kreml?“, „Europäische Kommission“). A word that only
 * stands in a definition („Zusagen“ in that of „Sicherheitsgarantien“) or
 * only a part of a term („Kommission“, „Treffen“) brings no card: the reader
 * asked for what the stories report, and the stories come first.
 */

/** The words of a text as the card's rule compares them. */
const wordsOf = (text: string): string[] =>
	text
		.split(/\s+/)
		.map((word) => foldForMatching(bare(word)))
		.filter((word) => word.length > 0);

/** The form of a term that the query names (the one with the most words), or undefined. */
export function namedForm(query: string, forms: readonly string[]): string | undefined {
	const asked = new Set(wordsOf(query));
	let best: { form: string; words: number } | undefined;
	for (const form of forms) {
		const words = wordsOf(form);
		if (words.length === 0 || !words.every((word) => asked.has(word))) continue;
		if (!best || words.length > best.words) best = { form, words: words.length };
	}
	return best?.form;
}

/**
 * Which of the candidates (the glossary's terms, alphabetically) gets the
 * card: the one whose named form has the most words („Dreiseitiges Treffen“
 * before a term „Treffen“), the earlier on a tie; undefined when the query
 * names none of them.
 */
export function cardTerm(query: string, candidates: ReadonlyArray<{ forms: readonly string[] }>): number | undefined {
	let best: { index: number; words: number } | undefined;
	candidates.forEach((candidate, index) => {
		const form = namedForm(query, candidate.forms);
		const words = form ? wordsOf(form).length : 0;
		if (words > 0 && (!best || words > best.words)) best = { index, words };
	});
	return best?.index;
}
