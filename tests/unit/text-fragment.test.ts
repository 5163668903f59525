import { describe, expect, it } from 'vitest';
import { textFragment } from '../../src/lib/text-fragment.ts';

describe('text fragments for quote links', () => {
	it('encodes a short quote whole, escaping the characters the syntax reserves', () => {
		expect(textFragment('Trump telefoniert – mit Putin, sofort & gern')).toBe('#:~:text=Trump%20telefoniert%20%E2%80%93%20mit%20Putin%2C%20sofort%20%26%20gern');
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
