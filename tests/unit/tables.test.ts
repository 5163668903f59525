import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTables } from '../../src/lib/markdown/rehype-tables.ts';
import { renderArticle } from '../helpers/markdown.ts';

/** rehype-tables.ts: every table scrolls in a focusable region named after its caption; `align` becomes a class. */
describe('tables in the article body', () => {
	it('turns the alignment of header and body cells into classes', async () => {
		const { sections } = await renderArticle('## Eins\n\n| L | M | R | N |\n| :-- | :-: | --: | --- |\n| 1 | 2 | 3 | 4 |\n');
		const html = sections[0]!.bodyHtml;
		for (const cell of [
			'<th class="align-left">L</th>',
			'<th class="align-center">M</th>',
			'<th class="align-right">R</th>',
			'<th>N</th>',
			'<td class="align-left">1</td>',
			'<td class="align-center">2</td>',
			'<td class="align-right">3</td>',
			'<td>4</td>',
		]) {
			expect(html).toContain(cell);
		}
		expect(html).not.toContain('align=');
	});

	it('names the region after the caption, trimmed, and a table with a blank caption just „Tabelle“', async () => {
		const markdown =
			'## Eins\n\n<table><caption>  Stimmen  </caption><tr><td>1</td></tr></table>\n\n<table><caption> </caption><tr><td>2</td></tr></table>\n';
		const { sections } = await renderArticle(markdown);
		const regions = [
			...sections[0]!.bodyHtml.matchAll(/<div class="table-scroll" role="region" tabindex="0" aria-label="([^"]*)"><table>/g),
		].map((match) => match[1]);
		expect(regions).toEqual(['Tabelle: Stimmen', 'Tabelle']);
	});

	it('turns align into a class on cells only, not on other elements', () => {
		const cell: Element = { type: 'element', tagName: 'td', properties: { align: 'right' }, children: [] };
		const paragraph: Element = { type: 'element', tagName: 'p', properties: { align: 'center' }, children: [] };
		const tree: Root = {
			type: 'root',
			children: [
				paragraph,
				{
					type: 'element',
					tagName: 'table',
					properties: {},
					children: [{ type: 'element', tagName: 'tr', properties: {}, children: [cell] }],
				},
			],
		};
		rehypeTables({ label: () => 'Tabelle' })(tree);
		expect(cell.properties).toEqual({ className: ['align-right'] });
		expect(paragraph.properties).toEqual({ align: 'center' });
	});
});
