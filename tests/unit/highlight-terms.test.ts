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

describe('cleaning terms from the address, at the edges', () => {
	it('drops every control character, from U+0000 to U+001F and U+007F', () => {
		expect(highlightTerms(['\u001fKreml\u007f', 'Pu\u0000tin', '\ttab'])).toEqual(['Kreml', 'Putin', 'tab']);
	});

	it('trims before cutting to 100 characters, and again after', () => {
		expect(highlightTerms([`   ${'a'.repeat(100)}`])).toEqual(['a'.repeat(100)]);
		expect(highlightTerms([`${'b'.repeat(99)} c`])).toEqual(['b'.repeat(99)]);
	});

	it('compares terms case-insensitively, umlauts included, and keeps the first spelling', () => {
		expect(highlightTerms(['Ärger', 'ÄRGER', 'ärger'])).toEqual(['Ärger']);
	});

	it('keeps „Straße“ and „STRASSE“: in lower case they differ (ß is not ss)', () => {
		expect(highlightTerms(['Straße', 'STRASSE', 'straße'])).toEqual(['Straße', 'STRASSE']);
	});

	it('stops at 20 terms even when more would follow after repeats', () => {
		const terms = highlightTerms([...Array.from({ length: 19 }, (_, index) => `wort${index}`), 'wort0', 'zwanzig', 'einundzwanzig']);
		expect(terms).toHaveLength(20);
		expect(terms.at(-1)).toBe('zwanzig');
	});
});
