import { describe, expect, it } from 'vitest';
import { editDistance, suggest, suggestion, suggestionVocabulary } from '../../src/lib/search/suggest.ts';

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

/**
 * Issue 28: one slip from exactly one known word, the search shows that
 * word's results at once; otherwise it asks („Meinten Sie …?“).
 */
describe('suggestion: certain or asked', () => {
	it('one word, one edit, and no other word as close: certain', () => {
		expect(suggestion('Macorn', vocabulary)).toEqual({ query: 'Macron', certain: true }); // o and r swapped
		expect(suggestion('Makron Paris', vocabulary)).toEqual({ query: 'Macron Paris', certain: true }); // „Paris“ is near no word: kept
		expect(suggestion('Selenksyj', vocabulary)).toEqual({ query: 'Selenskyj', certain: true }); // „Zelensky“ is three edits away
	});

	it('two words one edit away: asked, offering the first', () => {
		// „Marz“: a for e gives „Merz“, k for z gives „Mark“.
		expect(suggestion('Marz', ['Merz', 'Mark'])).toEqual({ query: 'Merz', certain: false });
		expect(suggestion('Marz', ['Mark', 'Merz'])).toEqual({ query: 'Mark', certain: false });
	});

	it('two edits, or two words changed: asked', () => {
		expect(suggestion('Uchakov', vocabulary)).toEqual({ query: 'Uschakow', certain: false });
		expect(suggestion('Makron Mers', vocabulary)).toEqual({ query: 'Macron Merz', certain: false });
	});

	it('the closest word wins over an earlier one further away, and a word further away leaves the closest certain', () => {
		// „Selenskyi“ (nine letters, two edits allowed): „Selenskyj“ one edit, „Selenskaj“ two.
		expect(suggestion('Selenskyi', ['Selenskaj', 'Selenskyj'])).toEqual({ query: 'Selenskyj', certain: true });
		expect(suggestion('Selenskyi', ['Selenskyj', 'Selenskaj'])).toEqual({ query: 'Selenskyj', certain: true });
	});

	it('six letters allow one edit, seven two', () => {
		expect(suggestion('Mxcrox', ['Macron'])).toBeUndefined();
		expect(suggestion('Uxchakox', ['Uschakow'])).toEqual({ query: 'Uschakow', certain: false });
	});

	it('words are split at any run of spaces, and a query of spaces is none', () => {
		expect(suggestion('  Macorn   Paris ', vocabulary)).toEqual({ query: 'Macron Paris', certain: true });
		expect(suggestion('   ', vocabulary)).toBeUndefined();
	});

	it('nothing for known words or words near none', () => {
		expect(suggestion('Macron', vocabulary)).toBeUndefined();
		expect(suggestion('Washington', vocabulary)).toBeUndefined();
	});
});

describe('suggestionVocabulary: the words „Meinten Sie …?“ may offer', () => {
	it('takes every word of four letters or more of the names and their other spellings, once each, in German order', () => {
		const named = [
			{ name: 'Wolodymyr Selenskyj', aliases: ['Selenski'] },
			{ name: 'Emmanuel Macron', aliases: [] },
			{ name: 'Europäische Kommission', aliases: ['EU-Kommission'] },
			{ name: 'Olaf Scholz', aliases: ['Scholz'] },
			{ name: 'Öl', aliases: ['Erdöl'] },
		];
		expect(suggestionVocabulary(named)).toEqual([
			'Emmanuel',
			'Erdöl',
			'EU-Kommission',
			'Europäische',
			'Kommission',
			'Macron',
			'Olaf',
			'Scholz',
			'Selenski',
			'Selenskyj',
			'Wolodymyr',
		]);
	});

	it('splits at any run of white space and has nothing to offer without names', () => {
		expect(suggestionVocabulary([{ name: 'Jean-Noël  Barrot', aliases: ['Barrot\tJean'] }])).toEqual(['Barrot', 'Jean', 'Jean-Noël']);
		expect(suggestionVocabulary([])).toEqual([]);
	});
});
