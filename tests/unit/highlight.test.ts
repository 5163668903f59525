import { describe, expect, it } from 'vitest';
import { markPieces } from '../../src/lib/highlight.ts';

describe('markPieces', () => {
	it('cuts text into plain and marked pieces', () => {
		expect(markPieces('Trump rief Putin an.', [{ start: 11, end: 16 }, { start: 0, end: 5 }])).toEqual([
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
