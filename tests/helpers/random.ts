/**
 * Numbers at random that are the same on every run: a test that compares a fast way with the plain rule on made-up
 * inputs fails the same way twice, and the bench generates the same archive. Mulberry32: 32-bit integer steps
 * (`Math.imul`), so no step loses precision as a plain multiplication past 2^53 would.
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Whole numbers from 0 to below − 1, at random from `seed`. */
export function seeded(seed: number): (below: number) => number {
	const next = mulberry32(seed);
	return (below) => Math.floor(next() * below);
}

/** Texts of `length` pieces drawn at random from `pieces`. */
export const textsOf =
	(pieces: readonly string[], next: (below: number) => number) =>
	(length: number): string =>
		Array.from({ length }, () => pieces[next(pieces.length)]).join('');
