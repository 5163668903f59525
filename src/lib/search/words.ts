/**
 * A text's words as the search counts them (Pagefind counts the words of a result's text split at white space), and
 * where in a list of word beginnings a place falls: the result code's two ways of finding a word by its place share
 * them.
 */

/** The words of `text`: split at white space, without the empty ends. */
export const wordsOfText = (text: string) => text.split(/\s+/).filter(Boolean);

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
