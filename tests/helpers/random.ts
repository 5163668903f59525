/**
 * Numbers at random that are the same on every run: a test that compares a fast way with the plain rule on made-up
 * inputs fails the same way twice. A linear congruential generator; its high bits, as its low bits repeat after a few
 * steps.
 */
export function seeded(seed: number): (below: number) => number {
	let state = seed;
	return (below) => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return Math.floor((state / 2 ** 31) * below);
	};
}

/** Texts of `length` pieces drawn at random from `pieces`. */
export const textsOf =
	(pieces: readonly string[], next: (below: number) => number) =>
	(length: number): string =>
		Array.from({ length }, () => pieces[next(pieces.length)]).join('');
