import { describe, expect, it } from 'vitest';
import { renderArticle, renderFailure } from '../helpers/markdown.ts';

const path = 'content/articles/test.md';

const failureOf = (markdown: string) => renderFailure(markdown, path);

/** allowlist.ts: each refusal worded in German, naming what to change; addresses shown as a browser reads them. */
describe('refused HTML, worded for the editor', () => {
	it.each([
		['an address with spaces around it, shown trimmed', '<a href="  javascript:alert(1)  ">x</a>', '3:1', 'Die Adresse „javascript:alert(1)“ an <a href> ist nicht erlaubt: nur http, https, mailto oder relative Links.'],
		['a long address, cut after 59 characters', `<a href="javascript:${'a'.repeat(70)}">x</a>`, '3:1', `Die Adresse „javascript:${'a'.repeat(48)}…“ an <a href> ist nicht erlaubt: nur http, https, mailto oder relative Links.`],
		['a footnote section in HTML', '<section data-footnotes="">x</section>', '3:1', 'Fußnoten ([^1]) sind im Artikeltext nicht erlaubt.'],
		['a task list item in HTML', '<ul><li class="task-list-item">x</li></ul>', '3:5', 'Aufgabenlisten mit Kästchen (- [ ] und - [x]) sind im Artikeltext nicht erlaubt.'],
		['a code block with a language', '```js\nx\n```', '3:1', 'Codeblöcke bitte ohne Sprachangabe schreiben (``` statt ```js): Das Attribut class an <code> ist im Artikeltext nicht erlaubt.'],
		['a table header scope outside the list', '<table><tr><th scope="diagonal">x</th></tr></table>', '3:12', 'Der Wert scope="diagonal" an <th> ist im Artikeltext nicht erlaubt (erlaubt: row, col, rowgroup, colgroup).'],
		['a cell alignment outside the list', '<table><tr><td align="justify">x</td></tr></table>', '3:12', 'Der Wert align="justify" an <td> ist im Artikeltext nicht erlaubt (erlaubt: left, center, right).'],
		['an address on an element that may not have one', '<abbr title="x" lang="de" dir="ltr" href="https://example.org">x</abbr>', '3:1', 'Das Attribut href an <abbr> ist im Artikeltext nicht erlaubt.'],
		['a class on a span, even one a task list uses elsewhere', '<span class="contains-task-list-x">x</span>', '3:1', 'Das Attribut class an <span> ist im Artikeltext nicht erlaubt.'],
	])('%s', async (_case, html, where, reason) => {
		expect(await failureOf(`## Eins\n\n${html}\n`)).toBe(`${path}:${where}: ${reason}`);
	});
});

describe('HTML the allowlist lets through', () => {
	it('takes every allowed value of scope, dir and align, and spans in header and body cells', async () => {
		const html = [
			'<table>',
			'<thead><tr><th scope="col" colspan="2" align="center">A</th><th scope="colgroup" rowspan="2" align="left">B</th></tr></thead>',
			'<tbody><tr><th scope="row">C</th><td colspan="1" rowspan="1" align="right">D</td></tr><tr><th scope="rowgroup">E</th></tr></tbody>',
			'<tfoot><tr><td>F</td></tr></tfoot>',
			'</table>',
			'',
			'<p dir="ltr">G <span dir="rtl">H</span> <bdi dir="auto">I</bdi> <dfn title="Erklärung">J</dfn> <time datetime="2025-05-06">K</time></p>',
			'',
			'### L',
			'',
			'#### M',
			'',
			'##### N',
			'',
			'<ol start="2" reversed><li>O</li></ol>',
			'',
			'<a href="http://example.org/" hreflang="en" title="P">P</a> <a href="https://example.org/">Q</a> <a href="mailto:r@example.org">R</a> <a href="/personen/">S</a> <a href="#eins">T</a>',
		].join('\n');
		const { sections } = await renderArticle(`## Eins\n\n${html}\n`, path);
		expect(sections[0]!.blocks).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G H I J K', 'L', 'M', 'N', 'O', 'P Q R S T']);
	});
});
