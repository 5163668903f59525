import type { TextPiece } from '../highlight.ts';
import { remembered } from '../memo.ts';
import { foldForMatching } from './fold.ts';
import { TERM_ARROW } from './terms.ts';
import { lastAtOrBefore, wordsOfText } from './words.ts';

/**
 * Builds a result's excerpt from the section's own text only: the words the
 * query matched are marked, and where the query matched an index-only term
 * (another spelling, a part of a compound) the word of the text that the
 * term stands for is marked instead. The index-only terms never show.
 */

export interface Excerpt {
	pieces: TextPiece[];
	/** The marked words as the text spells them, for highlighting on arrival. */
	marked: string[];
}

/** A word without the punctuation around it („Kreml?“ → „Kreml“; a hyphen inside stays). */
export const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

function queryWordsOf(query: string): string[] {
	return query
		.split(/\s+/)
		.map((word) => foldForMatching(bare(word)))
		.filter((word) => word.length > 0);
}

/** `typed→shown` pairs from a document's index-only terms. */
export function parseTerms(terms: string | undefined): Array<{ typed: string; shown: string }> {
	return lastTerms(terms ?? '');
}

/**
 * A result's sections are each matched against the same terms: the last terms read are kept. A story has some forty
 * pairs; they are folded in one pass (folding changes no space; where it made or took an arrow, each part is folded
 * on its own).
 */
const lastTerms = remembered(1, (terms) => {
	const pairs = wordsOfText(terms)
		.map((pair) => pair.split(TERM_ARROW))
		.filter((pair): pair is [string, string] => pair.length === 2 && pair[0]!.length > 0 && pair[1]!.length > 0);
	const folded = foldForMatching(pairs.map((pair) => pair.join(TERM_ARROW)).join(' '))
		.split(' ')
		.map((pair) => pair.split(TERM_ARROW));
	const inOnePass = folded.length === pairs.length && folded.every((pair) => pair.length === 2);
	return pairs.map(([typed, shown], index) =>
		inOnePass ? { typed: folded[index]![0]!, shown: folded[index]![1]! } : { typed: foldForMatching(typed), shown: foldForMatching(shown) },
	);
});

/**
 * What a query looks for, folded: each of its words, and for each the shown words of the index-only terms whose typed
 * form it begins.
 */
interface Sought {
	words: string[];
	targets: string[][];
}

function soughtFor(query: string, terms: string | undefined): Sought {
	const words = queryWordsOf(query);
	const pairs = words.length > 0 ? parseTerms(terms) : [];
	return {
		words,
		targets: words.map((word) => [...new Set(pairs.filter((term) => term.typed.startsWith(word)).map((term) => term.shown))]),
	};
}

/** A text's words folded. */
interface FoldedWords {
	/** The folded word at a position, bare. */
	bareAt: (index: number) => string;
	/**
	 * Ascending, the positions of the words that can match `needle` (a word sought or a shown word of a term, not
	 * empty): each word whose folded form holds it, and none other than these.
	 */
	holding: (needle: string) => number[];
}

/**
 * Each word folded, in one pass over the words joined by spaces: a result's text is a whole story, and folding it
 * word by word took more than twice as long. Folding changes no space, so each word stays between the same spaces,
 * with its punctuation: the places of what is sought are found with `indexOf` in the folded whole and mapped to
 * their words by halving over where the words begin, and a word is cut out of the whole and bared only where it can
 * match (no array of folded words: this runs on the reader's phone for every result shown, where the garbage
 * collector's pauses count too). Where folding did change the count of words, each word is bared and folded on its
 * own.
 */
function foldedWords(words: readonly string[]): FoldedWords {
	const joined = foldForMatching(words.join(' '));
	const begins: number[] = [];
	for (let at = 0; begins.length <= words.length;) {
		begins.push(at);
		const space = joined.indexOf(' ', at);
		if (space < 0) break;
		at = space + 1;
	}
	if (begins.length !== words.length) {
		const folded = words.map((word) => foldForMatching(bare(word)));
		return {
			bareAt: (index) => folded[index]!,
			holding: (needle) => (needle.length === 0 ? [] : folded.flatMap((text, index) => (text.includes(needle) ? [index] : []))),
		};
	}
	return {
		bareAt: (index) => bare(joined.slice(begins[index]!, index + 1 < begins.length ? begins[index + 1]! - 1 : joined.length)),
		holding: (needle) => {
			const found: number[] = [];
			if (needle.length === 0) return found;
			for (let place = joined.indexOf(needle); place >= 0;) {
				const index = lastAtOrBefore(begins, place);
				found.push(index);
				// On from the next word: a word holding the needle twice is one.
				place = index + 1 < begins.length ? joined.indexOf(needle, begins[index + 1]!) : -1;
			}
			return found;
		},
	};
}

/**
 * For each word of the query, the positions of the words in `words` it matched, directly or through an index-only
 * term. A word matches when, folded and bare, it starts with the query's word or is the shown word of a term whose
 * typed form the query's word begins. Such a word holds what it begins with or is: only the words that hold a word
 * sought are looked at (none, in a story that holds nothing sought).
 */
function matchedBy(words: readonly string[], sought: Sought): Array<Set<number>> {
	const matched = sought.words.map(() => new Set<number>());
	if (sought.words.length === 0) return matched;
	const folded = foldedWords(words);
	for (let which = 0; which < sought.words.length; which += 1) {
		const word = sought.words[which]!;
		const shown = sought.targets[which]!;
		const candidates = new Set([word, ...shown].flatMap((needle) => folded.holding(needle)));
		for (const index of [...candidates].sort((a, b) => a - b)) {
			const core = folded.bareAt(index);
			if (core && (core.startsWith(word) || shown.includes(core))) matched[which]!.add(index);
		}
	}
	return matched;
}

/**
 * Of the positions each word of the query matched (`matchedByQueryWord`), those from `from` up to `to`: the
 * positions matched by any word of the query there, and how many of its words matched there.
 */
export function matchesWithin(
	matched: ReadonlyArray<ReadonlySet<number>>,
	from = 0,
	to = Number.POSITIVE_INFINITY,
): { positions: Set<number>; queryWords: number } {
	const positions = new Set<number>();
	let queryWords = 0;
	for (const ofWord of matched) {
		let found = false;
		for (const position of ofWord)
			if (position >= from && position < to) {
				positions.add(position);
				found = true;
			}
		if (found) queryWords += 1;
	}
	return { positions, queryWords };
}

/** The positions matched by any word of the query, and how many of its words matched. */
const matchesIn = (words: readonly string[], sought: Sought) => matchesWithin(matchedBy(words, sought));

/**
 * For each word of the query, the positions of the words in `words` (a text split at white space) that it
 * matched, as `matchSummary` and `buildExcerpt` match them: a story's sections can then be scored from one
 * pass over its words.
 */
export function matchedByQueryWord(words: readonly string[], query: string, terms?: string): Array<Set<number>> {
	return matchedBy(words, soughtFor(query, terms));
}

/** How a text matches a query, as an excerpt would mark it: how many of the query's words, and how many words of the text. */
export function matchSummary(content: string, query: string, terms?: string): { queryWords: number; matches: number } {
	const { positions, queryWords } = matchesIn(wordsOfText(content), soughtFor(query, terms));
	return { queryWords, matches: positions.size };
}

export function buildExcerpt(content: string, query: string, terms?: string, length = 30): Excerpt {
	const words = wordsOfText(content);
	const marked = matchesIn(words, soughtFor(query, terms)).positions;
	const first = marked.size > 0 ? Math.min(...marked) : 0;
	const start = Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
	const end = Math.min(words.length, start + length);
	const pieces: TextPiece[] = [];
	const push = (text: string, isMarked: boolean) => {
		const last = pieces.at(-1);
		if (last && last.marked === isMarked && !isMarked) last.text += text;
		else pieces.push({ text, marked: isMarked });
	};
	if (start > 0) push('… ', false);
	for (let index = start; index < end; index += 1) {
		if (index > start) push(' ', false);
		const word = words[index]!;
		if (!marked.has(index)) {
			push(word, false);
			continue;
		}
		const core = bare(word);
		const at = word.indexOf(core);
		if (at > 0) push(word.slice(0, at), false);
		push(core, true);
		if (at + core.length < word.length) push(word.slice(at + core.length), false);
	}
	if (end < words.length) push(' …', false);
	const shown = [...marked]
		.sort((a, b) => a - b)
		.filter((index) => index >= start && index < end)
		.map((index) => bare(words[index]!));
	return { pieces, marked: [...new Set(shown)] };
}
