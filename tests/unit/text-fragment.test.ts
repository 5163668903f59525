import { describe, expect, it } from 'vitest';
import { textFragment } from '../../src/lib/text-fragment.ts';

describe('text fragments for quote links', () => {
	it('encodes a short quote whole, escaping the characters the syntax reserves', () => {
		expect(textFragment('Trump telefoniert – mit Putin, sofort & gern')).toBe(
			'#:~:text=Trump%20telefoniert%20%E2%80%93%20mit%20Putin%2C%20sofort%20%26%20gern',
		);
		expect(textFragment('US-Präsident')).toBe('#:~:text=US%2DPr%C3%A4sident');
	});

	it('gives a long quote by its first and last words', () => {
		const quote = 'eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf';
		expect(textFragment(quote, 3)).toBe('#:~:text=eins%20zwei%20drei,zehn%20elf%20zw%C3%B6lf');
	});

	it('folds whitespace across lines', () => {
		expect(textFragment('  eins\n zwei  ')).toBe('#:~:text=eins%20zwei');
	});
});

describe('text fragments at the length limit', () => {
	it('gives a quote of exactly 2 × edgeWords + 1 words whole, and one word more by its edges', () => {
		// edgeWords 3: up to 7 words whole (a start and an end of 3 would leave just 1 word out).
		expect(textFragment('eins zwei drei vier fünf sechs sieben', 3)).toBe(
			'#:~:text=eins%20zwei%20drei%20vier%20f%C3%BCnf%20sechs%20sieben',
		);
		expect(textFragment('eins zwei drei vier fünf sechs sieben acht', 3)).toBe('#:~:text=eins%20zwei%20drei,sechs%20sieben%20acht');
	});

	it('uses five words at each edge by default', () => {
		const eleven = 'a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11';
		expect(textFragment(eleven)).toBe('#:~:text=a1%20a2%20a3%20a4%20a5%20a6%20a7%20a8%20a9%20a10%20a11');
		expect(textFragment(`${eleven} a12`)).toBe('#:~:text=a1%20a2%20a3%20a4%20a5,a8%20a9%20a10%20a11%20a12');
	});
});
