import { describe, expect, it } from 'vitest';
import { buildExcerpt, fold } from '../../src/lib/search/excerpt.ts';

const content = 'Sicherheitsgarantien bleiben von US-Beteiligung abhängig. Trump sagte keine Entsendung amerikanischer Bodentruppen in die Ukraine zu, doch Selenskyj betonte, dass die Beteiligung der USA weiterhin zentral sei.';
const text = (pieces: Array<{ text: string; marked: boolean }>) => pieces.map((piece) => (piece.marked ? `[${piece.text}]` : piece.text)).join('');

describe('result excerpts', () => {
	it('marks the words the query matched, as prefixes, without punctuation', () => {
		const excerpt = buildExcerpt(content, 'Selensk');
		expect(text(excerpt.pieces)).toContain('doch [Selenskyj] betonte,');
		expect(excerpt.marked).toEqual(['Selenskyj']);
	});

	it('marks the word an index-only term stands for, and never shows the term', () => {
		const excerpt = buildExcerpt(content, 'Zelensky Truppen', 'zelensky→Selenskyj truppen→Bodentruppen');
		const shown = text(excerpt.pieces);
		expect(shown).toContain('[Bodentruppen]');
		expect(shown).toContain('[Selenskyj]');
		expect(shown).not.toMatch(/zelensky|→/i);
		expect(excerpt.marked).toEqual(['Bodentruppen', 'Selenskyj']);
	});

	it('folds umlauts and ß both ways', () => {
		expect(fold('Straße')).toBe(fold('Strasse'));
		expect(fold('Präsident')).toBe(fold('Praesident'));
		expect(buildExcerpt(content, 'abhaengig').marked).toEqual(['abhängig']);
	});

	it('cuts a window around the first match with ellipses', () => {
		const long = Array.from({ length: 100 }, (_value, index) => `w${index}`).join(' ');
		const excerpt = buildExcerpt(long, 'w50', undefined, 10);
		expect(text(excerpt.pieces)).toBe('… w47 w48 w49 [w50] w51 w52 w53 w54 w55 w56 …');
	});

	it('starts at the beginning when nothing in the text matches', () => {
		expect(text(buildExcerpt(content, 'Nichts', undefined, 3).pieces)).toBe('Sicherheitsgarantien bleiben von …');
	});

	it('keeps markup in the text as text', () => {
		const excerpt = buildExcerpt('<img src=x onerror=alert(1)> Text', '<img');
		expect(excerpt.pieces.map((piece) => piece.text).join('')).toBe('<img src=x onerror=alert(1)> Text');
	});
});
