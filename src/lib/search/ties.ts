/**
 * Results of equal relevance, newest first. Pagefind orders by score; in an
 * archive, stories of the same kind score alike (the same people, the same
 * words), and then the newer story is the one a reader looks for.
 */

export interface Ranked {
	score: number;
	/** `JJJJ-MM-TT`, or empty where the result has no date (a glossary entry). */
	date: string;
}

/**
 * How many of the results (in Pagefind's order) must be read to show the
 * first `count` with ties broken: the first `count`, and all that score
 * as the last of them, up to `limit` more.
 */
export function extentWithTies(scores: readonly number[], count: number, limit = 20): number {
	if (scores.length <= count) return scores.length;
	const last = scores[count - 1]!;
	let end = count;
	while (end < scores.length && end < count + limit && scores[end] === last) end += 1;
	return end;
}

/** The results in Pagefind's order, equal scores newest first (undated last); a stable sort. */
export function newestFirstOnTies<T extends Ranked>(results: readonly T[]): T[] {
	return results
		.map((result, index) => ({ result, index }))
		.sort((a, b) => b.result.score - a.result.score || (b.result.date > a.result.date ? 1 : b.result.date < a.result.date ? -1 : 0) || a.index - b.index)
		.map(({ result }) => result);
}
