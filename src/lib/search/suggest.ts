/**
 * „Meinten Sie …?“: when a search finds nothing, the closest word of the
 * site's vocabulary (names, their other spellings, glossary terms), if one
 * is within a typing slip of the query: one edit (a letter missing, extra,
 * wrong, or two neighbours swapped) for words up to six letters, two for
 * longer ones. Case and umlauts do not count as slips („selenskyj“,
 * „Merz“/„merz“, „Ue“/„Ü“). When the query has exactly one such spelling,
 * one edit away, the search shows its results at once („Ergebnisse für
 * „Macron“ · Stattdessen suchen nach „Macorn““); otherwise it asks.
 */

import { foldForSuggestions } from './fold.ts';

/**
 * Where the vocabulary is: `src/pages/suchwoerter.json.ts` writes it. Here,
 * not in `urls.ts`, so that only the search code (loaded when a reader
 * searches) carries it, not the script every page runs on load.
 */
export const vocabularyPath = '/suchwoerter.json';

/** Edits between two words (optimal string alignment: insert, delete, replace, swap neighbours), or more than `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_value, index) => index);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j += 1) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** A query's closest spelling from the vocabulary. */
export interface Suggestion {
	/** The query with its misspelt words replaced by the closest vocabulary words (the first of equally close ones). */
	query: string;
	/**
	 * Whether it is the one close spelling: a single word changed, by a single edit, and no
	 * other vocabulary word one edit from it. The search then shows its results at once.
	 */
	certain: boolean;
}

/**
 * The query with its misspelt words replaced by the closest vocabulary
 * words, or undefined when no word is close enough or the query is already
 * made of known words.
 */
export function suggestion(query: string, vocabulary: readonly string[]): Suggestion | undefined {
	const words = query.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return undefined;
	const known = new Map<string, string>();
	for (const word of vocabulary) if (!known.has(foldForSuggestions(word))) known.set(foldForSuggestions(word), word);
	const changes: Array<{ distance: number; equals: number }> = [];
	const fixed = words.map((word) => {
		const folded = foldForSuggestions(word);
		if (folded.length < 4 || known.has(folded)) return word;
		const limit = folded.length <= 6 ? 1 : 2;
		let best: { word: string; distance: number; equals: number } | undefined;
		for (const [candidate, shown] of known) {
			const distance = editDistance(folded, candidate, limit);
			if (distance > limit) continue;
			if (!best || distance < best.distance) best = { word: shown, distance, equals: 1 };
			else if (distance === best.distance) best.equals += 1;
		}
		if (!best) return word;
		changes.push(best);
		return best.word;
	});
	if (changes.length === 0) return undefined;
	const certain = changes.length === 1 && changes[0]!.distance === 1 && changes[0]!.equals === 1;
	return { query: fixed.join(' '), certain };
}

/** The suggested query alone (`suggestion`), for „Meinten Sie …?“. */
export function suggest(query: string, vocabulary: readonly string[]): string | undefined {
	return suggestion(query, vocabulary)?.query;
}

/** Something named, with its other spellings: a person or a glossary term. */
export interface Named {
	readonly name: string;
	readonly aliases: readonly string[];
}

/**
 * The words „Meinten Sie …?“ may offer: every word of at least four letters
 * of the names and their other spellings (people, glossary terms), once
 * each, in German order. Shorter words are left out: one edit from a
 * three-letter word is a third of it, no longer a slip.
 */
export function suggestionVocabulary(named: Iterable<Named>): string[] {
	const words = new Set<string>();
	for (const { name, aliases } of named)
		for (const phrase of [name, ...aliases]) for (const word of phrase.split(/\s+/)) if (word.length >= 4) words.add(word);
	return [...words].sort((a, b) => a.localeCompare(b, 'de'));
}
