import { describe, expect, it } from 'vitest';
import { lightColours } from '../../src/lib/theme.ts';

/** A tokens.css in the shape of src/styles/tokens.css: the light scheme in `:root`, the dark one in a media query after it. */
const tokens = `
/* --color-bg #000000 in a comment does not count: only the :root block is read. */
:root {
	color-scheme: light dark;
	--color-bg: #fdfcfa;
	--color-surface:#F2EFEA;
	--color-text :  #1c1b19 ;
	--color-muted: #575;
	--color-accent: #0b5cadff;
	--color-accent-visited: #6a3d9a;
	--color-border: #d4cfc6;
}

@media (prefers-color-scheme: dark) {
	:root {
		--color-bg: #141312;
		--color-accent: #7cb8f5;
	}
}
`;

describe('the light theme’s colours from the design tokens', () => {
	it('reads `--color-<name>: #hex;` from the first :root block, with or without spaces, 3 to 8 hex digits in either case', () => {
		expect(lightColours(tokens)).toEqual({
			bg: '#fdfcfa',
			surface: '#F2EFEA',
			text: '#1c1b19',
			muted: '#575',
			accent: '#0b5cadff',
			border: '#d4cfc6',
		});
	});

	it('reads a :root block written without a space before its brace', () => {
		expect(lightColours(tokens.replace(':root {', ':root{')).bg).toBe('#fdfcfa');
		expect(lightColours(tokens.replace(':root {', ':root \n {')).bg).toBe('#fdfcfa');
	});

	it('does not take --color-accent-visited for --color-accent', () => {
		const css = tokens.replace('\t--color-accent: #0b5cadff;\n', '');
		expect(() => lightColours(css)).toThrow('tokens.css: --color-accent fehlt oder ist keine Hex-Farbe.');
	});

	it('refuses tokens without a :root block', () => {
		expect(() => lightColours('html { --color-bg: #fff; }')).toThrow('tokens.css: kein :root-Block gefunden.');
	});

	it.each([
		['a colour that is not hex', 'var(--x)'],
		['two hex digits', '#12'],
		['nine hex digits', '#123456789'],
		['a digit that is not hex', '#12345g'],
	])('refuses %s', (_case, value) => {
		expect(() => lightColours(tokens.replace('#d4cfc6', value))).toThrow('tokens.css: --color-border fehlt oder ist keine Hex-Farbe.');
	});
});
