import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { findDisallowed, rehypeAllowlist } from '../../src/lib/markdown/allowlist.ts';
import { renderArticle, renderFailure } from '../helpers/markdown.ts';

const path = 'content/articles/x.md';

/**
 * The allowlist of HTML in an article body (src/lib/markdown/allowlist.ts):
 * what it refuses, how each refusal is worded for the editor (addresses shown
 * as a browser reads them), and what it lets through unchanged.
 */

/** The article pipeline up to the allowlist, then straight to HTML. */
async function render(value: string, check = true): Promise<string> {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
	if (check) processor.use(rehypeAllowlist);
	return String(await processor.use(rehypeStringify).process(new VFile({ path, value })));
}

/** Lines 1–4: a heading, a paragraph and a blank line, so every offence below starts at line 5 or later. */
const intro = '## Abschnitt\n\nEin harmloser Absatz.\n\n';

const notAllowed = (tag: string) => `Das Element <${tag}> ist im Artikeltext nicht erlaubt (erlaubt sind `;
const badUrl = (url: string) => `Die Adresse „${url}“ an <a href> ist nicht erlaubt: nur http, https, mailto oder relative Links.`;

/** The message of the whole article pipeline for `html` on line 3, under a section heading. */
const failureOf = (html: string) => renderFailure(`## Eins\n\n${html}\n`, path);

describe('refusing HTML outside the allowlist', () => {
	it.each([
		['a meta refresh', `${intro}<meta http-equiv="refresh" content="0;url=https://example.org">\n`, '5:1', notAllowed('meta')],
		['an iframe', `${intro}Noch ein Absatz.\n\n<iframe src="https://example.org/embed"></iframe>\n`, '7:1', notAllowed('iframe')],
		['an object', `${intro}<object data="film.swf"></object>\n`, '5:1', notAllowed('object')],
		['an embed', `${intro}\n\n<embed src="film.swf">\n`, '7:1', notAllowed('embed')],
		['a form with a password field', `${intro}<form action="/login">\n<input type="password">\n</form>\n`, '5:1', notAllowed('form')],
		['a style element', `${intro}<style>p { color: red; }</style>\n`, '5:1', notAllowed('style')],
		['a base element', `${intro}<base href="https://evil.example/">\n`, '5:1', notAllowed('base')],
		[
			'an svg with onload and a script',
			`${intro}Text.\n\n<svg onload="alert(1)"><script>alert(1)</script></svg>\n`,
			'7:1',
			notAllowed('svg'),
		],
		['a script', `${intro}<script>alert(1)</script>\n`, '5:1', notAllowed('script')],
		['a details element', `${intro}<details><summary>Mehr</summary>Text</details>\n`, '5:1', notAllowed('details')],
		['a link element', `${intro}<link rel="stylesheet" href="https://example.org/x.css">\n`, '5:1', notAllowed('link')],
		[
			'an onclick handler',
			`${intro}<p onclick="alert(1)">Klick</p>\n`,
			'5:1',
			'Das Attribut onclick an <p> ist im Artikeltext nicht erlaubt.',
		],
		['a javascript: link in HTML', `${intro}Text <a href="javascript:alert(1)">klick</a>.\n`, '5:6', badUrl('javascript:alert(1)')],
		['a javascript: link in Markdown', `${intro}Ein [Link](javascript:alert(1)) hier.\n`, '5:5', badUrl('javascript:alert(1)')],
		[
			'a javascript: link hidden by a tab',
			`${intro}Erste Zeile\nzweite <a href="java&#x09;script:x">klick</a>\n`,
			'6:8',
			badUrl('javascript:x'),
		],
		['a vbscript: link', `${intro}<a href="vbscript:msgbox(1)">klick</a>\n`, '5:1', badUrl('vbscript:msgbox(1)')],
		['a data: link', `${intro}Ein <a href="data:text/html,<b>x</b>">Link</a>.\n`, '5:5', badUrl('data:text/html,<b>x</b>')],
		['a style attribute', `${intro}<p style="color: red">Rot</p>\n`, '5:1', 'Das Attribut style an <p> ist im Artikeltext nicht erlaubt.'],
		['a class attribute', `${intro}<p class="x">Text</p>\n`, '5:1', 'Das Attribut class an <p> ist im Artikeltext nicht erlaubt.'],
		['an id attribute', `${intro}Ein <span id="x">Wort</span>.\n`, '5:5', 'Das Attribut id an <span> ist im Artikeltext nicht erlaubt.'],
		[
			'a target attribute',
			`${intro}\n<a target="_blank" href="https://example.org">x</a>\n`,
			'6:1',
			'Das Attribut target an <a> ist im Artikeltext nicht erlaubt.',
		],
		[
			'a dir value outside ltr, rtl, auto',
			`${intro}<p dir="sideways">Text</p>\n`,
			'5:1',
			'Der Wert dir="sideways" an <p> ist im Artikeltext nicht erlaubt (erlaubt: ltr, rtl, auto).',
		],
		[
			'a Markdown image',
			`${intro}Vorher.\n\n![Foto](bild.png)\n`,
			'7:1',
			'Das Element <img> ist im Artikeltext nicht erlaubt: Artikel haben keine Bildverarbeitung',
		],
		[
			'an img element',
			`${intro}<img src="bild.png" alt="Foto">\n`,
			'5:1',
			'Das Element <img> ist im Artikeltext nicht erlaubt: Artikel haben keine Bildverarbeitung',
		],
		[
			'a GFM task list',
			`${intro}- [ ] offen\n- [x] erledigt\n`,
			'5:1',
			'Aufgabenlisten mit Kästchen (- [ ] und - [x]) sind im Artikeltext nicht erlaubt.',
		],
		['a GFM footnote', `${intro}Eine Behauptung.[^1]\n\n[^1]: Quelle.\n`, '5:17', 'Fußnoten ([^1]) sind im Artikeltext nicht erlaubt.'],
		['a # heading', `${intro}# Zweite Schlagzeile\n`, '5:1', 'Eine Überschrift der Ebene # ist im Artikeltext nicht erlaubt'],
	])('refuses %s with file, line, column and what is wrong', async (_case, markdown, where, reason) => {
		const failure = render(markdown);
		await expect(failure).rejects.toThrow(`${path}:${where}: ${reason}`);
	});

	it('names attributes as written in HTML, not as hast properties', async () => {
		await expect(render('<p http-equiv="refresh">x</p>\n')).rejects.toThrow(
			'content/articles/x.md:1:1: Das Attribut http-equiv an <p> ist im Artikeltext nicht erlaubt.',
		);
		await expect(render('Text.\n\n<p aria-describedby="a">x</p>\n')).rejects.toThrow(
			'content/articles/x.md:3:1: Das Attribut aria-describedby an <p> ist im Artikeltext nicht erlaubt.',
		);
	});

	it('places an element the HTML parser made up at its nearest written ancestor', async () => {
		// The parser adds <colgroup> around <col>; it has no position of its own, the <table> on line 2 has.
		await expect(render('Text.\n<table><col><tr><td>1</td></tr></table>\n')).rejects.toThrow(
			'content/articles/x.md:2:1: Das Element <colgroup> ist im Artikeltext nicht erlaubt',
		);
	});
});

describe('refusals worded for the editor', () => {
	it.each([
		[
			'an address with spaces around it, shown trimmed',
			'<a href="  javascript:alert(1)  ">x</a>',
			'3:1',
			'Die Adresse „javascript:alert(1)“ an <a href> ist nicht erlaubt: nur http, https, mailto oder relative Links.',
		],
		[
			'a long address, cut after 59 characters',
			`<a href="javascript:${'a'.repeat(70)}">x</a>`,
			'3:1',
			`Die Adresse „javascript:${'a'.repeat(48)}…“ an <a href> ist nicht erlaubt: nur http, https, mailto oder relative Links.`,
		],
		['a footnote section in HTML', '<section data-footnotes="">x</section>', '3:1', 'Fußnoten ([^1]) sind im Artikeltext nicht erlaubt.'],
		[
			'a task list item in HTML',
			'<ul><li class="task-list-item">x</li></ul>',
			'3:5',
			'Aufgabenlisten mit Kästchen (- [ ] und - [x]) sind im Artikeltext nicht erlaubt.',
		],
		[
			'a code block with a language',
			'```js\nx\n```',
			'3:1',
			'Codeblöcke bitte ohne Sprachangabe schreiben (``` statt ```js): Das Attribut class an <code> ist im Artikeltext nicht erlaubt.',
		],
		[
			'a table header scope outside the list',
			'<table><tr><th scope="diagonal">x</th></tr></table>',
			'3:12',
			'Der Wert scope="diagonal" an <th> ist im Artikeltext nicht erlaubt (erlaubt: row, col, rowgroup, colgroup).',
		],
		[
			'a cell alignment outside the list',
			'<table><tr><td align="justify">x</td></tr></table>',
			'3:12',
			'Der Wert align="justify" an <td> ist im Artikeltext nicht erlaubt (erlaubt: left, center, right).',
		],
		[
			'an address on an element that may not have one',
			'<abbr title="x" lang="de" dir="ltr" href="https://example.org">x</abbr>',
			'3:1',
			'Das Attribut href an <abbr> ist im Artikeltext nicht erlaubt.',
		],
		[
			'a class on a span, even one a task list uses elsewhere',
			'<span class="contains-task-list-x">x</span>',
			'3:1',
			'Das Attribut class an <span> ist im Artikeltext nicht erlaubt.',
		],
	])('%s', async (_case, html, where, reason) => {
		expect(await failureOf(html)).toBe(`${path}:${where}: ${reason}`);
	});

	it('trims only the ends of an address: a space inside it is shown', async () => {
		expect(await failureOf('<a href=" javascript: alert(1) ">x</a>')).toBe(`${path}:3:1: ${badUrl('javascript: alert(1)')}`);
	});

	it('shows an address of exactly 60 characters whole, without „…“', async () => {
		// „javascript:“ is 11 characters, plus 49 × „a“: 60.
		const url = `javascript:${'a'.repeat(49)}`;
		expect(await failureOf(`<a href="${url}">x</a>`)).toBe(`${path}:3:1: ${badUrl(url)}`);
	});

	describe('the code-block hint is for <code> with a language class only', () => {
		it('a language class on another element is an ordinary class attribute', async () => {
			expect(await failureOf('<span class="language-js">x</span>')).toBe(
				`${path}:3:1: Das Attribut class an <span> ist im Artikeltext nicht erlaubt.`,
			);
		});

		it('a <code> with some other class is an ordinary class attribute', async () => {
			expect(await failureOf('<code class="wichtig">x</code>')).toBe(
				`${path}:3:1: Das Attribut class an <code> ist im Artikeltext nicht erlaubt.`,
			);
		});

		it('a <code> with a language class among others gets the hint', async () => {
			expect(await failureOf('<code class="wichtig language-js">x</code>')).toBe(
				`${path}:3:1: Codeblöcke bitte ohne Sprachangabe schreiben (\`\`\` statt \`\`\`js): Das Attribut class an <code> ist im Artikeltext nicht erlaubt.`,
			);
		});
	});
});

describe('walking the tree (findDisallowed)', () => {
	it('refuses a raw node left unparsed', () => {
		const tree: Root = { type: 'root', children: [{ type: 'raw', value: '<b>x</b>' }] };
		expect(findDisallowed(tree)?.reason).toBe(
			'Ungeprüftes rohes HTML ist im Artikeltext nicht erlaubt (läuft rehype-raw vor dieser Prüfung?).',
		);
	});

	it('finds an offence deep in the tree and returns the element', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'ul',
					properties: {},
					children: [
						{
							type: 'element',
							tagName: 'li',
							properties: {},
							children: [
								{ type: 'comment', value: ' Notiz ' },
								{ type: 'element', tagName: 'em', properties: { onMouseOver: 'x' }, children: [] },
							],
						},
					],
				},
			],
		};
		expect(findDisallowed(tree)).toMatchObject({
			node: { tagName: 'em' },
			reason: 'Das Attribut onmouseover an <em> ist im Artikeltext nicht erlaubt.',
		});
	});

	it('skips a doctype like text and comments (it is not raw HTML)', () => {
		const tree: Root = {
			type: 'root',
			children: [{ type: 'doctype' }, { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'x' }] }],
		};
		expect(findDisallowed(tree)).toBeUndefined();
	});

	it('ignores a property whose value is null (hast: the attribute is absent)', () => {
		const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: { title: null } as never, children: [] }] };
		expect(findDisallowed(tree)).toBeUndefined();
	});
});

describe('HTML an editor needs', () => {
	const article = `## Abschnitt

| Land | Anteil | Summe |
|:-----|:------:|------:|
| DE   | ~~10~~ 12 % | 3 |

<table>
<caption>Treffen 2025</caption>
<thead><tr><th scope="col">Ort</th><th scope="col" colspan="2">Datum</th></tr></thead>
<tbody><tr><td>Washington</td><td align="right">6. Mai</td><td rowspan="1">2025</td></tr></tbody>
</table>

Die <abbr title="Nordatlantikpakt">NATO</abbr> sagte <q>Wir prüfen das</q>, auf Englisch <span lang="en">we will see</span>.
Formeln: H<sub>2</sub>O und 10<sup>3</sup>, Zeilenumbruch<br>hier, am <time datetime="2025-05-06">6. Mai</time>.

<figure>
<blockquote>
<p>Ein Zitat.</p>
</blockquote>
<figcaption>Ein Sprecher, <cite>Tagesblatt</cite></figcaption>
</figure>

3. drei
4. vier

> Ein Zitat in Markdown.

Links: <a href="https://example.org/a?b=c#d" title="Quelle" hreflang="en">Quelle</a>, [Mail](mailto:redaktion@example.org),
[relativ](../teilnehmer/), [Anker](#abschnitt), www.example.org und <bdo dir="rtl">abc</bdo>.

<!-- Notiz für die Redaktion -->

<ol start="5" reversed><li>fünf</li></ol>
`;

	it('lets everything pass and keeps it unchanged', async () => {
		const html = await render(article);
		expect(html).toBe(await render(article, false));
		for (const expected of [
			'<th align="left">Land</th>',
			'<th align="center">Anteil</th>',
			'<th align="right">Summe</th>',
			'<td align="center"><del>10</del> 12 %</td>',
			'<caption>Treffen 2025</caption>',
			'<th scope="col" colspan="2">Datum</th>',
			'<td align="right">6. Mai</td><td rowspan="1">2025</td>',
			'<abbr title="Nordatlantikpakt">NATO</abbr>',
			'<q>Wir prüfen das</q>',
			'<span lang="en">we will see</span>',
			'H<sub>2</sub>O und 10<sup>3</sup>',
			'Zeilenumbruch<br>hier',
			'<time datetime="2025-05-06">6. Mai</time>',
			'<figure>\n<blockquote>\n<p>Ein Zitat.</p>\n</blockquote>\n<figcaption>Ein Sprecher, <cite>Tagesblatt</cite></figcaption>\n</figure>',
			'<ol start="3">\n<li>drei</li>\n<li>vier</li>\n</ol>',
			'<blockquote>\n<p>Ein Zitat in Markdown.</p>\n</blockquote>',
			'<a href="https://example.org/a?b=c#d" title="Quelle" hreflang="en">Quelle</a>',
			'<a href="mailto:redaktion@example.org">Mail</a>',
			'<a href="../teilnehmer/">relativ</a>',
			'<a href="#abschnitt">Anker</a>',
			'<a href="http://www.example.org">www.example.org</a>',
			'<bdo dir="rtl">abc</bdo>',
			'<!-- Notiz für die Redaktion -->',
			'<ol start="5" reversed><li>fünf</li></ol>',
		]) {
			expect(html).toContain(expected);
		}
	});

	it('passes code, definition lists and the other inline marks', async () => {
		const markdown =
			'## Eins\n\n`code` und\n\n```\nblock\n```\n\n<dl><dt>Begriff</dt><dd>Erklärung</dd></dl>\n\n<p><s>alt</s> <ins>neu</ins> <mark>wichtig</mark> <small>klein</small> <kbd>Strg</kbd> <dfn title="x">Wort</dfn> <bdi>نص</bdi> lang<wbr>wort <b>b</b> <i>i</i> <em>e</em> <strong>s</strong></p>\n\n---\n\n###### Tief\n';
		await expect(render(markdown)).resolves.toContain('<pre><code>block\n</code></pre>');
	});

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
