import { describe, expect, it } from 'vitest';
import { foldFilterValue, foldForMatching, foldForSuggestions } from '../../src/lib/search/fold.ts';

/** The three ways the search folds words before comparing them (src/lib/search/fold.ts), and where they differ. */
describe('folding words for matching (excerpts, the term card)', () => {
	it('lower-cases, writes umlauts and ß out and drops other accents', () => {
		expect(foldForMatching('ÄUSSERST Größe')).toBe('aeusserst groesse');
		expect(foldForMatching('Šefčovič Café Łódź')).toBe('sefcovic cafe łodz');
		expect(foldForMatching('Müller Über')).toBe('mueller ueber');
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
