/**
 * German compounds for search: „Bodentruppen“ should be found by „Truppen“,
 * „Bundeskanzler“ by „Kanzler“. Pagefind matches word beginnings only, so the
 * build adds the inner parts of compounds to the index. A split counts only
 * where both halves are words of the dictionary (allowing linking sounds and
 * inflection endings), which keeps junk like „ende“ in „führenden“ out.
 */

export interface Lexicon {
	/** Any word, lower case. */
	isWord(lowercaseWord: string): boolean;
	/** A noun (capitalised in the dictionary), lower case. */
	isNoun(lowercaseWord: string): boolean;
}

const LINKING = ['', 's', 'es', 'n', 'en', 'e', 'er'];
const ENDINGS = ['', 'n', 'en', 's', 'es', 'e', 'er', 'ern', 'ns'];
const MIN_HEAD = 3;
const MIN_PART = 4;
/** A compound's head: shorter ones (gar-, bis-) cut too many plain words. */
const MIN_FIRST = 4;

function stripsToWord(part: string, endings: readonly string[], isWord: (word: string) => boolean): boolean {
	return endings.some(
		(ending) => part.length - ending.length >= MIN_HEAD && part.endsWith(ending) && isWord(part.slice(0, part.length - ending.length)),
	);
}

/** Where a lower-case word splits into a head (a word or a compound) and a tail (a noun or a compound noun). */
function cuts(lower: string, lexicon: Lexicon, depth: number): number[] {
	const found: number[] = [];
	for (let cut = MIN_FIRST; cut <= lower.length - MIN_PART; cut += 1) {
		const head = lower.slice(0, cut);
		const tail = lower.slice(cut);
		const headOk =
			stripsToWord(head, LINKING, lexicon.isWord) ||
			(depth > 0 && stripsToWord(head, LINKING, (word) => cuts(word, lexicon, depth - 1).length > 0));
		// A compound tail only after a noun head („Militär|stützpunkt“), not after a particle or a verb
		// („nach|richtenagentur“ would be junk).
		const tailOk =
			stripsToWord(tail, ENDINGS, lexicon.isNoun) ||
			(depth > 0 && stripsToWord(head, LINKING, lexicon.isNoun) && cuts(tail, lexicon, depth - 1).length > 0);
		if (headOk && tailOk) found.push(cut);
	}
	return found;
}

/**
 * Every inner part of a compound noun, longest first: a tail that is a noun
 * after a head that is a word, where head and tail may themselves be
 * compounds after a noun („Militär|stütz|punkt“: „stützpunkt“ and „punkt“;
 * „Staats|ober|haupt“: „oberhaupt“ and „haupt“). Only nouns are split: German
 * compounds that readers search by their parts are nouns.
 */
export function compoundParts(word: string, lexicon: Lexicon): string[] {
	const lower = word.toLowerCase();
	if (lower.length < MIN_FIRST + MIN_PART || !/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
	return cuts(lower, lexicon, NESTING).map((cut) => lower.slice(cut));
}

/** How deep compounds nest in heads and tails (three parts, or four with both nested). */
const NESTING = 1;

/** Words of a text, as search sees them: letters only, hyphenated words also whole and in pieces. */
export function wordsOf(text: string): string[] {
	return Array.from(text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu), (match) => match[0]).flatMap((word) =>
		word.includes('-') ? [word, ...word.split('-')] : [word],
	);
}

/** Reads a Hunspell `.dic` file into a lexicon (stems, lower case, affix flags dropped). */
export function dictionaryFromHunspell(dic: string): Lexicon {
	const words = new Set<string>();
	const nouns = new Set<string>();
	for (const line of dic.split('\n')) {
		const stem = line.split('/')[0]!.trim();
		if (stem.length < MIN_HEAD || !/^\p{L}+$/u.test(stem)) continue;
		words.add(stem.toLowerCase());
		if (/^\p{Lu}/u.test(stem)) nouns.add(stem.toLowerCase());
	}
	return { isWord: (word) => words.has(word), isNoun: (word) => nouns.has(word) };
}
