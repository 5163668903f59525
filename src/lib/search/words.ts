/**
 * A text's words as the search counts them (Pagefind counts the words of a result's text split at white space), and
 * where in a list of word beginnings a place falls: the result code's two ways of finding a word by its place share
 * them.
 */

/**
 * White space that is not one plain space between two words. Pagefind gives a result's text with its white space
 * made single spaces, so a result's text has none: its words are then its pieces between spaces, cut without a
 * pattern (at CPU 4×, as the bench slows a phone, splitting six stories with the pattern took a quarter of the time
 * their links took).
 */
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;

/** Whether `text`'s words are exactly its pieces between single spaces. */
const evenlySpaced = (text: string) => text !== '' && !UNEVEN_SPACE.test(text);

/** The words of a text, cut at its single spaces where it is evenly spaced, else split at any white space. */
const cut = (text: string, even: boolean): string[] => (even ? text.split(' ') : text.split(/\s+/).filter(Boolean));

/** The words of `text`: split at white space, without the empty ends. */
export const wordsOfText = (text: string): string[] => cut(text, evenlySpaced(text));

/** A text's words (`wordsOfText`) and where each begins: numbers, not a match object per word. */
export interface PlacedWords {
	texts: string[];
	begins: number[];
}

/** The words of `text` with their places, each found after the one before (counted, where one space parts them). */
export function placedWordsOf(text: string): PlacedWords {
	const even = evenlySpaced(text);
	const texts = cut(text, even);
	const begins: number[] = new Array<number>(texts.length);
	let at = 0;
	for (let index = 0; index < texts.length; index += 1) {
		const word = texts[index]!;
		if (!even) at = text.indexOf(word, at);
		begins[index] = at;
		at += word.length + (even ? 1 : 0);
	}
	return { texts, begins };
}

/** Of `begins` (ascending), the index of the last that is at or before `place`, found by halving; 0 when none is. */
export function lastAtOrBefore(begins: readonly number[], place: number): number {
	let low = 0;
	let high = begins.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (begins[middle]! <= place) low = middle;
		else high = middle - 1;
	}
	return low;
}
