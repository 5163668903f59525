/**
 * Results of equal relevance, newest first. Pagefind orders by score; in an
 * archive, stories of the same kind score alike (the same people, the same
 * words), and then the newer story is the one a reader looks for. The dates
 * come from a second search sorted by date, which Pagefind answers from its
 * index: no result has to be read to be ordered.
 */

export interface Scored {
	id: string;
	score: number;
}

/** Whether any of the first `count` results ties with the one after it: only then is a date order needed. */
export function tiesAmongFirst(scores: readonly number[], count: number): boolean {
	for (let index = 0; index + 1 < scores.length && index < count; index += 1) {
		if (scores[index] === scores[index + 1]) return true;
	}
	return false;
}

/**
 * The results in Pagefind's order, equal scores in the order of `byDate`
 * (the same search sorted newest first); results missing there (undated)
 * come last among their equals. A stable sort; the input is left as it was.
 */
export function newestFirstOnTies<T extends Scored>(results: readonly T[], byDate: readonly Scored[]): T[] {
	const rank = new Map(byDate.map((result, index) => [result.id, index]));
	const rankOf = (result: T) => rank.get(result.id) ?? Number.POSITIVE_INFINITY;
	return results
		.map((result, index) => ({ result, index, rank: rankOf(result) }))
		.sort((a, b) => b.result.score - a.result.score || (a.rank === b.rank ? 0 : a.rank < b.rank ? -1 : 1) || a.index - b.index)
		.map(({ result }) => result);
}
