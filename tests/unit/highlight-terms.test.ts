import { describe, expect, it } from 'vitest';
import { highlightTerms } from '../../src/lib/search/highlight-terms.ts';

describe('terms to mark on arrival, from the address', () => {
	it('keeps ordinary terms as they are, in order', () => {
		expect(highlightTerms(['Selenskyj', 'Truppen'])).toEqual(['Selenskyj', 'Truppen']);
	});

	it('drops empty and repeated terms (case-insensitive) and control characters', () => {
		expect(highlightTerms([' ', 'Kreml', 'kreml', 'KREML', '\u0000Putin\u0007', ''])).toEqual(['Kreml', 'Putin']);
	});

	it('caps 700 distinct terms at 20: the first twenty', () => {
		const many = Array.from({ length: 700 }, (_, index) => `wort${index}`);
		const terms = highlightTerms(many);
		expect(terms).toHaveLength(20);
		expect(terms[0]).toBe('wort0');
		expect(terms[19]).toBe('wort19');
	});

	it('cuts a term of 5,000 characters to 100', () => {
		expect(highlightTerms(['a'.repeat(5000)])).toEqual(['a'.repeat(100)]);
	});
});
