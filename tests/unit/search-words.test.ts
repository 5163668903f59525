import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, wordsOfText } from '../../src/lib/search/words.ts';
import { seeded } from '../helpers/random.ts';

/** The search's words of a text and the halving over where they begin (src/lib/search/words.ts). */
describe('the words of a text', () => {
	it('are what /\\S+/g finds: split at any white space, no empty word at either end', () => {
		expect(wordsOfText('  Kiew,\tBrüssel\n\u00a0und  Rom. ')).toEqual(['Kiew,', 'Brüssel', 'und', 'Rom.']);
		expect(wordsOfText('')).toEqual([]);
		expect(wordsOfText(' \n ')).toEqual([]);
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
