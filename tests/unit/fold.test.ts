import { describe, expect, it } from 'vitest';
import { foldFilterValue, foldForMatching, foldForSuggestions } from '../../src/lib/search/fold.ts';

/** The three ways the search folds words before comparing them (src/lib/search/fold.ts), and where they differ. */
describe('folding words for matching (excerpts, the term card)', () => {
	it('lower-cases, writes umlauts and ß out and drops other accents', () => {
		expect(foldForMatching('ÄUSSERST Größe')).toBe('aeusserst groesse');
		expect(foldForMatching('Šefčovič Café Łódź')).toBe('sefcovic cafe łodz');
		expect(foldForMatching('Müller Über')).toBe('mueller ueber');
	});

	it('folds every character as taking it apart and dropping its accents does, alone and within a text', () => {
		const fullFold = (text: string) =>
			text
				.toLowerCase()
				.replace(/ß/g, 'ss')
				.replace(/ä/g, 'ae')
				.replace(/ö/g, 'oe')
				.replace(/ü/g, 'ue')
				.normalize('NFD')
				.replace(/\p{M}/gu, '');
		const differing: string[] = [];
		for (let code = 0; code < 0x10000; code += 1) {
			if (code >= 0xd800 && code < 0xe000) continue;
			const character = String.fromCharCode(code);
			if (foldForMatching(character) !== fullFold(character)) differing.push(code.toString(16));
			const text = `„Wort${character}“ – ${character}e`;
			if (foldForMatching(text) !== fullFold(text)) differing.push(`in a text: ${code.toString(16)}`);
		}
		expect(differing).toEqual([]);
		expect(foldForMatching('„Die Zusagen“ – 5 € … «ja»')).toBe('„die zusagen“ – 5 € … «ja»');
	});

	it('folds umlauts and ß both ways: the written-out form matches too', () => {
		expect(foldForMatching('Straße')).toBe(foldForMatching('Strasse'));
		expect(foldForMatching('Präsident')).toBe(foldForMatching('Praesident'));
	});
});

describe('folding words for suggestions („Meinten Sie …?“)', () => {
	it('lower-cases and writes umlauts and ß out', () => {
		expect(foldForSuggestions('Klöckner')).toBe('kloeckner');
		expect(foldForSuggestions('Straße')).toBe(foldForSuggestions('Strasse'));
	});

	it('keeps other accents, which folding for matching drops', () => {
		expect(foldForSuggestions('Šefčovič Café')).toBe('šefčovič café');
		expect(foldForMatching('Šefčovič Café')).toBe('sefcovic cafe');
	});
});

describe('folding a typed filter value', () => {
	it('ignores case and spaces, keeps umlauts and accents, and composes what came decomposed', () => {
		expect(foldFilterValue('  Donald   TRUMP ')).toBe('donald trump');
		expect(foldFilterValue('Änne Ärger')).toBe('änne ärger');
		expect(foldFilterValue('A\u0308nne')).toBe('änne');
	});
});
