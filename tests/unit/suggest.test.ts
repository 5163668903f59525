import { describe, expect, it } from 'vitest';
import { editDistance, fold, suggest } from '../../src/lib/search/suggest.ts';

/** „Meinten Sie …?“ (src/lib/search/suggest.ts); distances counted by hand. */
const vocabulary = ['Selenskyj', 'Zelensky', 'Macron', 'Merz', 'Uschakow', 'Sicherheitsgarantien', 'Kreml', 'Truth Social', 'Klöckner'];

describe('editDistance', () => {
	it.each([
		['selenskyj', 'selenskyj', 0],
		['selenksyj', 'selenskyj', 1], // k and s swapped
		['selenskj', 'selenskyj', 1], // y missing
		['makron', 'macron', 1], // c written k
		['uschakov', 'uschakow', 1],
		['sicherheitsgarantin', 'sicherheitsgarantien', 1],
		['sichrheitsgarantein', 'sicherheitsgarantien', 2], // e missing, i and e swapped
		['putin', 'macron', 3], // beyond a limit of 2: reported as 3
	])('%s → %s: %i', (a, b, distance) => {
		expect(editDistance(a, b, 2)).toBe(Math.min(distance, 3));
	});
});

describe('suggest', () => {
	it('offers the known word for a slip, keeps the rest of the query, and ignores case and umlauts', () => {
		expect(suggest('Selenksyj', vocabulary)).toBe('Selenskyj');
		expect(suggest('Makron Paris', vocabulary)).toBe('Macron Paris');
		expect(suggest('sicherheitsgarantin', vocabulary)).toBe('Sicherheitsgarantien');
		expect(suggest('Kloeckner', vocabulary)).toBeUndefined(); // „Klöckner“ folded: no slip, nothing to suggest
		expect(fold('Klöckner')).toBe('kloeckner');
	});

	it('offers nothing for known words, words under four letters and words too far from any', () => {
		expect(suggest('Merz', vocabulary)).toBeUndefined();
		expect(suggest('Mrz', vocabulary)).toBeUndefined(); // under four letters: too short to guess
		expect(suggest('Mers', vocabulary)).toBe('Merz'); // four letters, one slip
		expect(suggest('Washington', vocabulary)).toBeUndefined();
		expect(suggest('   ', vocabulary)).toBeUndefined();
	});

	it('allows one slip up to six letters and two from seven: „Uschakov“ (8) with two slips still finds him, „Krml“ (4) with one', () => {
		expect(suggest('Uchakov', vocabulary)).toBe('Uschakow');
		expect(suggest('Krml', vocabulary)).toBe('Kreml');
		expect(suggest('Krmel', vocabulary)).toBe('Kreml'); // swapped neighbours: one slip
		expect(suggest('Mcrn', vocabulary)).toBeUndefined(); // two slips in a short word
	});
});
