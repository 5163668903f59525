import { describe, expect, it } from 'vitest';
import { estimateLines, fitTitle } from '../../src/lib/og-image.ts';

/**
 * The width table of og-image.ts, one character at 100 px, so widths are whole
 * pixels: „i“ 0.3 em = 30 px, a space 26 px, „f“ 42, „c“ 52, „m“ 98, „D“ 80;
 * other capitals 72, other small letters 64. A character fits a box of its
 * own width on one line and needs a second line in a box one pixel narrower.
 */
describe('estimated widths of characters', () => {
	it.each([
		['i', 30],
		[',', 30],
		['f', 42],
		['“', 42],
		['c', 52],
		['„', 52],
		['m', 98],
		['—', 98],
		['D', 80],
		['Ö', 80],
		['A', 72],
		['a', 64],
		['ß', 64],
	])('„%s“ is %i px wide at 100 px', (char, width) => {
		expect(estimateLines(char, 100, width)).toBe(1);
		expect(estimateLines(char, 100, width - 1)).toBe(2);
	});

	it('counts a space between words (26 px at 100 px)', () => {
		// i + space + i = 30 + 26 + 30 = 86 px.
		expect(estimateLines('i i', 100, 86)).toBe(1);
		expect(estimateLines('i i', 100, 85)).toBe(2);
	});

	it('ignores spaces before and after the text', () => {
		expect(estimateLines('  i  ', 100, 30)).toBe(1);
	});

	it('gives an empty text one line', () => {
		expect(estimateLines('', 100, 30)).toBe(1);
	});

	it('breaks a word wider than the box into as many lines as it fills', () => {
		// „mmm“ = 294 px in a box of 100: 100 + 100 + 94.
		expect(estimateLines('mmm', 100, 100)).toBe(3);
		// Then the next word starts on a new line.
		expect(estimateLines('mmm i', 100, 100)).toBe(4);
	});
});

describe('fitting a title into a low box', () => {
	it('allows at least one line, however low the box', () => {
		expect(fitTitle('i', 1036, 10)).toEqual({ fontSize: 80, maxLines: 1 });
		// Too wide for one line at every size: the smallest size, one line.
		expect(fitTitle(Array.from({ length: 40 }, () => 'WWWWW').join(' '), 1036, 10)).toEqual({ fontSize: 46, maxLines: 1 });
	});

	it('allows the lines the height holds (a line is 1.14 × the size high)', () => {
		// 80 px: one line is 91.2 px high, two 182.4: a box of 183 px holds two.
		expect(fitTitle('i', 1036, 183)).toEqual({ fontSize: 80, maxLines: 2 });
	});
});
