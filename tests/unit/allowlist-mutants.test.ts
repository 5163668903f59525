import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { findDisallowed } from '../../src/lib/markdown/allowlist.ts';
import { renderFailure } from '../helpers/markdown.ts';

const path = 'content/articles/test.md';

const failureOf = (html: string) => renderFailure(`## Eins\n\n${html}\n`, path);
const badUrl = (url: string) => `${path}:3:1: Die Adresse „${url}“ an <a href> ist nicht erlaubt: nur http, https, mailto oder relative Links.`;

describe('allowlist: nodes and properties that are no offence', () => {
	it('skips a doctype like text and comments (it is not raw HTML)', () => {
		const tree: Root = { type: 'root', children: [{ type: 'doctype' }, { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'x' }] }] };
		expect(findDisallowed(tree)).toBeUndefined();
	});

	it('ignores a property whose value is null (hast: the attribute is absent)', () => {
		const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: { title: null } as never, children: [] }] };
		expect(findDisallowed(tree)).toBeUndefined();
	});
});

describe('allowlist: a refused address as a browser reads it', () => {
	it('trims only the ends: a space inside the address is shown', async () => {
		expect(await failureOf('<a href=" javascript: alert(1) ">x</a>')).toBe(badUrl('javascript: alert(1)'));
	});

	it('shows an address of exactly 60 characters whole, without „…“', async () => {
		// „javascript:“ is 11 characters, plus 49 × „a“: 60.
		const url = `javascript:${'a'.repeat(49)}`;
		expect(await failureOf(`<a href="${url}">x</a>`)).toBe(badUrl(url));
	});
});

describe('allowlist: the code-block hint is for <code> with a language class only', () => {
	it('a language class on another element is an ordinary class attribute', async () => {
		expect(await failureOf('<span class="language-js">x</span>')).toBe(`${path}:3:1: Das Attribut class an <span> ist im Artikeltext nicht erlaubt.`);
	});

	it('a <code> with some other class is an ordinary class attribute', async () => {
		expect(await failureOf('<code class="wichtig">x</code>')).toBe(`${path}:3:1: Das Attribut class an <code> ist im Artikeltext nicht erlaubt.`);
	});

	it('a <code> with a language class among others gets the hint', async () => {
		expect(await failureOf('<code class="wichtig language-js">x</code>')).toBe(
			`${path}:3:1: Codeblöcke bitte ohne Sprachangabe schreiben (\`\`\` statt \`\`\`js): Das Attribut class an <code> ist im Artikeltext nicht erlaubt.`,
		);
	});
});
