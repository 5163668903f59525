import { describe, expect, it } from 'vitest';
import { markPieces } from '../../src/lib/highlight.ts';

describe('markPieces', () => {
	it('cuts text into plain and marked pieces', () => {
		expect(
			markPieces('Trump rief Putin an.', [
				{ start: 11, end: 16 },
				{ start: 0, end: 5 },
			]),
		).toEqual([
			{ text: 'Trump', marked: true },
			{ text: ' rief ', marked: false },
			{ text: 'Putin', marked: true },
			{ text: ' an.', marked: false },
		]);
	});
	it('leaves text without matches whole', () => {
		expect(markPieces('Kein Name.', [])).toEqual([{ text: 'Kein Name.', marked: false }]);
	});
});

describe('markPieces with overlapping and touching matches', () => {
	it('keeps the first of two overlapping matches and marks adjacent ones separately', () => {
		// „Donald Trump“ (0–12) and „Trump“ (7–12) overlap: the earlier one wins; „Putin“ touches „,“ directly.
		expect(
			markPieces('Donald Trump,Putin', [
				{ start: 7, end: 12 },
				{ start: 0, end: 12 },
				{ start: 13, end: 18 },
			]),
		).toEqual([
			{ text: 'Donald Trump', marked: true },
			{ text: ',', marked: false },
			{ text: 'Putin', marked: true },
		]);
	});

	it('adds no empty piece where a match starts or ends the text', () => {
		expect(markPieces('Putin', [{ start: 0, end: 5 }])).toEqual([{ text: 'Putin', marked: true }]);
		expect(markPieces('', [])).toEqual([]);
	});
});
