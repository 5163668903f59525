import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, placedWordsOf, wordsOfText } from '../../src/lib/search/words.ts';
import { seeded } from '../helpers/random.ts';

/** The search's words of a text and the halving over where they begin (src/lib/search/words.ts). */
describe('the words of a text', () => {
	it('are what /\\S+/g finds: split at any white space, no empty word at either end', () => {
		expect(wordsOfText('  Kiew,\tBrüssel\n\u00a0und  Rom. ')).toEqual(['Kiew,', 'Brüssel', 'und', 'Rom.']);
		expect(wordsOfText('')).toEqual([]);
		expect(wordsOfText(' \n ')).toEqual([]);
		expect(wordsOfText('Kiew und Rom')).toEqual(['Kiew', 'und', 'Rom']);
	});

	it('and their places are where /\\S+/g finds them, in texts spaced evenly or not, made at random', () => {
		const next = seeded(11);
		// Single spaces most of the time (as Pagefind gives a result's text), now and then any other white space.
		const spaces = [' ', ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', ' \n '];
		const letters = ['a', 'ß', 'É', '„', '.', '–', '😀', 'x'];
		const differing: string[] = [];
		for (let round = 0; round < 3000; round += 1) {
			const even = next(2) === 0;
			const words = Array.from({ length: next(7) }, () =>
				Array.from({ length: 1 + next(4) }, () => letters[next(letters.length)]).join(''),
			);
			const gap = () => (even ? ' ' : spaces[next(spaces.length)]!);
			const text = (even ? '' : gap().repeat(next(2))) + words.join(gap()) + (even ? '' : gap().repeat(next(2)));
			const found = [...text.matchAll(/\S+/g)];
			const placed = placedWordsOf(text);
			const expected = { texts: found.map((match) => match[0]), begins: found.map((match) => match.index) };
			if (JSON.stringify(placed) !== JSON.stringify(expected) || JSON.stringify(wordsOfText(text)) !== JSON.stringify(expected.texts))
				differing.push(JSON.stringify(text));
		}
		expect(differing).toEqual([]);
		expect(placedWordsOf('Kiew und Rom')).toEqual({ texts: ['Kiew', 'und', 'Rom'], begins: [0, 5, 9] });
		expect(placedWordsOf(' Kiew\u00a0 und')).toEqual({ texts: ['Kiew', 'und'], begins: [1, 7] });
	});
});

describe('the last word beginning at or before a place', () => {
	it('is found as walking the list would find it, on lists and places made at random', () => {
		const next = seeded(5);
		const differing: string[] = [];
		for (let round = 0; round < 2000; round += 1) {
			let at = next(3);
			const begins = Array.from({ length: next(12) }, () => (at += 1 + next(6)));
			const place = next(80);
			const walked = Math.max(
				0,
				begins.findLastIndex((begin) => begin <= place),
			);
			if (lastAtOrBefore(begins, place) !== walked) differing.push(`${JSON.stringify(begins)} ${place}`);
		}
		expect(differing).toEqual([]);
		expect(lastAtOrBefore([0, 5, 9], 5)).toBe(1);
		expect(lastAtOrBefore([0, 5, 9], 8)).toBe(1);
		expect(lastAtOrBefore([0, 5, 9], 40)).toBe(2);
		expect(lastAtOrBefore([3, 5], 1)).toBe(0);
		expect(lastAtOrBefore([], 1)).toBe(0);
	});
});
