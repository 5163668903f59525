import { describe, expect, it } from 'vitest';
import type { ElementContent } from 'hast';
import { renderArticleBody } from '../../src/lib/markdown/pipeline.ts';
import { normaliseSpace, sentenceAround } from '../../src/lib/markdown/rehype-references.ts';

/**
 * References by quotation (src/lib/markdown/rehype-references.ts): a snippet
 * found once anchors its sentence; zero or several hits are reported with
 * their lines. Also: where the sentence's boundaries fall relative to inline
 * elements, line numbers in multi-line blocks, the kinds of blocks searched,
 * ids and markers. Expected HTML, ids and line numbers are written by hand
 * from the Markdown here (line 1 is the body's first line).
 */

const marker = (text: string): ElementContent => ({
	type: 'element',
	tagName: 'a',
	properties: { className: ['marker'], dataPagefindIgnore: '' },
	children: [{ type: 'text', value: text }],
});

async function render(
	markdown: string,
	quotes: string[],
	after?: (index: number, anchor: { id: string; section: string }) => ElementContent[],
) {
	return renderArticleBody(markdown, 'content/articles/test.md', {
		anchorLink: 'Link',
		tableLabel: () => 'Tabelle',
		glossary: { entries: [], href: (slug) => `/glossar/#${slug}`, definitionId: (section, term) => `def-${section}--${term}` },
		references: { quotes, ...(after ? { after } : {}) },
	});
}

const body = [
	'## Erster Teil', // 1
	'', // 2
	'Die Sitzung begann früh. Klöckner gab das Ergebnis bekannt, kurz nach elf. Danach war Pause.', // 3
	'', // 4
	'## Zweiter Teil', // 5
	'', // 6
	'Merz sprach *sehr kurz* mit den Fraktionen', // 7
	'und ging dann. Niemand widersprach.', // 8
	'', // 9
	'- Ein Punkt der Liste mit Ergebnis', // 10
	'', // 11
].join('\n');

describe('a snippet found once', () => {
	it('wraps the sentence it stands in (not the snippet, not the paragraph) in a span with a readable id', async () => {
		const { sections, references } = await render(body, ['gab das Ergebnis bekannt']);
		expect(sections[0]!.bodyHtml).toBe(
			'<p>Die Sitzung begann früh. <span id="beleg-kloeckner-gab-das">Klöckner gab das Ergebnis bekannt, kurz nach elf.</span> Danach war Pause.</p>',
		);
		expect(references).toEqual([
			{
				quote: 'gab das Ergebnis bekannt',
				lines: [3],
				id: 'beleg-kloeckner-gab-das',
				section: 'erster-teil',
				sentence: 'Klöckner gab das Ergebnis bekannt, kurz nach elf.',
			},
		]);
	});

	it('matches across a line break of the Markdown and keeps inline markup whole inside the span', async () => {
		const { sections, references } = await render(body, ['mit den Fraktionen und ging']);
		expect(sections[1]!.bodyHtml).toContain(
			'<p><span id="beleg-merz-sprach-sehr">Merz sprach <em>sehr kurz</em> mit den Fraktionen\nund ging dann.</span> Niemand widersprach.</p>',
		);
		expect(references[0]).toMatchObject({
			lines: [7],
			section: 'zweiter-teil',
			sentence: 'Merz sprach sehr kurz mit den Fraktionen und ging dann.',
		});
	});

	it('a snippet that starts inside emphasis takes the whole sentence, the emphasis included', async () => {
		const { sections } = await render(body, ['kurz mit den']);
		expect(sections[1]!.bodyHtml).toContain('<span id="beleg-merz-sprach-sehr">Merz sprach <em>sehr kurz</em>');
	});

	it('in a heading: the heading is the anchor (its section slug), nothing is wrapped', async () => {
		const { sections, references } = await render(body, ['Zweiter Teil']);
		expect(references[0]).toMatchObject({ id: 'zweiter-teil', section: 'zweiter-teil', lines: [5] });
		expect(sections[1]!.bodyHtml).not.toContain('beleg-');
	});

	it('two snippets of one sentence share its anchor; what follows the sentence comes in the order of the snippets', async () => {
		const { sections, references } = await render(body, ['Klöckner gab das', 'kurz nach elf'], (index) => [marker(`M${index}`)]);
		expect(references.map((reference) => reference.id)).toEqual(['beleg-kloeckner-gab-das', 'beleg-kloeckner-gab-das']);
		expect(sections[0]!.bodyHtml).toBe(
			'<p>Die Sitzung begann früh. <span id="beleg-kloeckner-gab-das">Klöckner gab das Ergebnis bekannt, kurz nach elf.</span><a class="marker" data-pagefind-ignore="">M0</a><a class="marker" data-pagefind-ignore="">M1</a> Danach war Pause.</p>',
		);
		// The markers are not the article's text: the blocks (summary, search, mentions) leave them out.
		expect(sections[0]!.blocks).toEqual(['Die Sitzung begann früh. Klöckner gab das Ergebnis bekannt, kurz nach elf. Danach war Pause.']);
	});
});

describe('a snippet found zero or several times', () => {
	it('is reported with no lines, or with every line it stands on, and wraps nothing', async () => {
		const { sections, references } = await render(body, ['steht nirgends im Text', 'Ergebnis']);
		expect(references).toEqual([
			{ quote: 'steht nirgends im Text', lines: [] },
			{ quote: 'Ergebnis', lines: [3, 10] },
		]);
		expect(sections.map((section) => section.bodyHtml).join('')).not.toContain('beleg-');
	});

	it('is case-sensitive and exact: another spelling is not a hit', async () => {
		const { references } = await render(body, ['klöckner gab das', 'Klöckner gab  das']);
		expect(references[0]!.lines).toEqual([]);
		// Spaces are normalised (a Markdown line break is a space), nothing else.
		expect(references[1]!.lines).toEqual([3]);
	});
});

/** One section with the given lines after its heading (the first of them is line 3). */
const doc = (...lines: string[]) => ['## Teil', '', ...lines, ''].join('\n');

describe('wrapping: where the sentence begins and ends', () => {
	it('a middle sentence between inline elements: both text nodes are split, the elements outside stay outside', async () => {
		const { sections } = await render(doc('Erst **eins** hier. Dann *zwei* dort. Zuletzt *drei* da.'), ['Dann']);
		expect(sections[0]!.bodyHtml).toBe(
			'<p>Erst <strong>eins</strong> hier. <span id="beleg-dann-zwei-dort">Dann <em>zwei</em> dort.</span> Zuletzt <em>drei</em> da.</p>',
		);
	});

	it('a sentence that ends exactly where an inline element ends takes the element and nothing after it', async () => {
		const { sections } = await render(doc('Er sagte *ganz klar.* Dann ging er.'), ['sagte']);
		expect(sections[0]!.bodyHtml).toBe('<p><span id="beleg-er-sagte-ganz">Er sagte <em>ganz klar.</em></span> Dann ging er.</p>');
	});

	it('a sentence whose end lies inside an inline element takes the whole element', async () => {
		const { sections } = await render(doc('Er sagte *klar. Dann* ging er.'), ['Er sagte']);
		expect(sections[0]!.bodyHtml).toBe('<p><span id="beleg-er-sagte-klar">Er sagte <em>klar. Dann</em></span> ging er.</p>');
	});

	it('a sentence that begins exactly where an inline element begins: the text before is not split into the span', async () => {
		const { sections } = await render(doc('Erst das. *Dann* jenes.'), ['jenes']);
		expect(sections[0]!.bodyHtml).toBe('<p>Erst das. <span id="beleg-dann-jenes"><em>Dann</em> jenes.</span></p>');
	});

	it('the first sentence, followed by an inline element: only its own text is wrapped', async () => {
		const { sections } = await render(doc('Erst das. *Dann* jenes.'), ['Erst']);
		expect(sections[0]!.bodyHtml).toBe('<p><span id="beleg-erst-das">Erst das.</span> <em>Dann</em> jenes.</p>');
	});

	it('a snippet at the very end of the paragraph, after an inline element', async () => {
		const { sections } = await render(doc('Vorher *dies*. Am Ende steht das.'), ['steht das.']);
		expect(sections[0]!.bodyHtml).toBe('<p>Vorher <em>dies</em>. <span id="beleg-am-ende-steht">Am Ende steht das.</span></p>');
	});

	it('a snippet at the very start of a paragraph that ends in an inline element', async () => {
		const { sections } = await render(doc('Am Anfang dies. Dann *jenes*'), ['Am Anfang']);
		expect(sections[0]!.bodyHtml).toBe('<p><span id="beleg-am-anfang-dies">Am Anfang dies.</span> Dann <em>jenes</em></p>');
	});

	it('a sentence that begins at an inline element, after an inline element that opens the paragraph', async () => {
		const { sections } = await render(doc('*Vorne* steht. *Dann* jenes.'), ['jenes']);
		expect(sections[0]!.bodyHtml).toBe('<p><em>Vorne</em> steht. <span id="beleg-dann-jenes"><em>Dann</em> jenes.</span></p>');
	});

	it('a sentence that begins inside an inline element takes the whole element', async () => {
		const { sections } = await render(doc('Erst *das. Dann* jenes.'), ['jenes']);
		expect(sections[0]!.bodyHtml).toBe('<p>Erst <span id="beleg-dann-jenes"><em>das. Dann</em> jenes.</span></p>');
	});

	it('a snippet running over a sentence end takes both sentences', async () => {
		const { sections } = await render(doc('Eins hier. Zwei dort. Drei da.'), ['hier. Z']);
		expect(sections[0]!.bodyHtml).toBe('<p><span id="beleg-eins-hier-zwei">Eins hier. Zwei dort.</span> Drei da.</p>');
	});

	it('a whole paragraph of one sentence that ends in an inline element', async () => {
		const { sections } = await render(doc('Alles *hier*'), ['Alles']);
		expect(sections[0]!.bodyHtml).toBe('<p><span id="beleg-alles-hier">Alles <em>hier</em></span></p>');
	});
});

describe('line numbers of hits', () => {
	it('counts the line breaks inside a text node before the hit', async () => {
		// Lines 3–5 are one paragraph; „vier“ stands on line 5, „zwei“ on line 4.
		const { references } = await render(doc('Eins und', 'zwei und', 'drei vier.'), ['vier', 'zwei']);
		expect(references.map((reference) => reference.lines)).toEqual([[5], [4]]);
	});

	it('a hit in a later text node counts from where that node starts, not from the paragraph', async () => {
		// Text nodes: „Eins\nzwei “ (line 3), „drei“ (line 4), „ vier\nfünf sechs.“ (line 4).
		const { references } = await render(doc('Eins', 'zwei *drei* vier', 'fünf sechs.'), ['vier', 'sechs', 'drei', 'Eins']);
		expect(references.map((reference) => reference.lines)).toEqual([[4], [5], [4], [3]]);
	});

	it('several hits report each line, in document order', async () => {
		const { references } = await render(doc('Ja und', '*nein* und ja.', '', 'Noch', 'einmal ja.'), ['ja']);
		expect(references[0]!.lines).toEqual([4, 7]);
	});
});

describe('which blocks are searched', () => {
	it('table cells (th and td) and the caption of an HTML table', async () => {
		const { sections, references } = await render(doc('| Kopf eins | Kopf zwei |', '| --- | --- |', '| Zelle eins | Zelle zwei |'), [
			'Kopf zwei',
			'Zelle eins',
		]);
		expect(references.map((reference) => [reference.id, reference.lines])).toEqual([
			['beleg-kopf-zwei', [3]],
			['beleg-zelle-eins', [5]],
		]);
		expect(sections[0]!.bodyHtml).toContain('<span id="beleg-kopf-zwei">Kopf zwei</span>');
		expect(sections[0]!.bodyHtml).toContain('<span id="beleg-zelle-eins">Zelle eins</span>');
	});

	it('dt, dd, figcaption and caption written as HTML', async () => {
		const { references } = await render(
			doc(
				'<dl><dt>Begriff hier</dt><dd>Erklärung dort</dd></dl>',
				'',
				'<figure><figcaption>Bildtext steht</figcaption></figure>',
				'',
				'<table><caption>Titel der Tabelle</caption><tr><td>x</td></tr></table>',
			),
			['Begriff hier', 'Erklärung dort', 'Bildtext steht', 'Titel der Tabelle'],
		);
		expect(references.map((reference) => reference.id)).toEqual([
			'beleg-begriff-hier',
			'beleg-erklaerung-dort',
			'beleg-bildtext-steht',
			'beleg-titel-der-tabelle',
		]);
	});

	it('headings h3 to h6 are text blocks with a wrapped sentence (only ## is a section anchor)', async () => {
		const { sections, references } = await render(
			doc('### Drei hier', '', '#### Vier hier', '', '##### Fünf hier', '', '###### Sechs hier'),
			['Drei', 'Vier', 'Fünf', 'Sechs'],
		);
		expect(references.map((reference) => [reference.id, reference.lines])).toEqual([
			['beleg-drei-hier', [3]],
			['beleg-vier-hier', [5]],
			['beleg-fuenf-hier', [7]],
			['beleg-sechs-hier', [9]],
		]);
		expect(sections[0]!.bodyHtml).toContain('<span id="beleg-sechs-hier">Sechs hier</span>');
	});

	it('a code block: matched with its whitespace normalised', async () => {
		const { references } = await render(doc('```', 'eins  zwei', '   drei', '```'), ['eins zwei drei']);
		// One hit (its line is not checked here: see the report on code blocks).
		expect(references[0]!.lines).toHaveLength(1);
		expect(references[0]!.id).toBe('beleg-eins-zwei-drei');
	});

	it('list items: a leaf item is searched; in an item with a nested list, the nested item', async () => {
		const { sections, references } = await render(doc('- Aussen Punkt', '  - Innen Punkt', '- Zweiter Punkt'), [
			'Innen Punkt',
			'Zweiter Punkt',
		]);
		expect(references.map((reference) => [reference.id, reference.lines])).toEqual([
			['beleg-innen-punkt', [4]],
			['beleg-zweiter-punkt', [5]],
		]);
		expect(sections[0]!.bodyHtml).toContain('<li><span id="beleg-innen-punkt">Innen Punkt</span></li>');
		// The outer item's own text is not wrapped (the item is not a leaf).
		expect(sections[0]!.bodyHtml).not.toContain('beleg-aussen');
	});

	it('a leaf list item with inline markup is still a leaf', async () => {
		const { sections } = await render(doc('- Ein *betont* Punkt', '- Noch einer'), ['Ein betont']);
		expect(sections[0]!.bodyHtml).toContain('<li><span id="beleg-ein-betont-punkt">Ein <em>betont</em> Punkt</span></li>');
	});

	it.each([
		['a paragraph (loose item)', '<ul><li><p>Innen hier</p></li></ul>', '<p><span id="beleg-innen-hier">Innen hier</span></p>'],
		[
			'an ordered list',
			'<ul><li>Aussen<ol><li>Innen hier</li></ol></li></ul>',
			'<ol><li><span id="beleg-innen-hier">Innen hier</span></li></ol>',
		],
		[
			'a blockquote',
			'<ul><li>Aussen<blockquote><p>Innen hier</p></blockquote></li></ul>',
			'<blockquote><p><span id="beleg-innen-hier">Innen hier</span></p></blockquote>',
		],
		[
			'a table',
			'<ul><li>Aussen<table><tr><td>Innen hier</td></tr></table></li></ul>',
			'<td><span id="beleg-innen-hier">Innen hier</span></td>',
		],
		[
			'a description list',
			'<ul><li>Aussen<dl><dd>Innen hier</dd></dl></li></ul>',
			'<dd><span id="beleg-innen-hier">Innen hier</span></dd>',
		],
		['a code block', '<ul><li>Aussen<pre>Innen hier</pre></li></ul>', '<pre><span id="beleg-innen-hier">Innen hier</span></pre>'],
	])('an item holding %s is no leaf: the inner block is wrapped', async (_, html, expected) => {
		const { sections, references } = await render(doc(html), ['Innen hier']);
		expect(references[0]!.id).toBe('beleg-innen-hier');
		expect(sections[0]!.bodyHtml).toContain(expected);
	});

	it('a paragraph in a blockquote and in a loose list item', async () => {
		const { references } = await render(doc('> Zitat hier steht.', '', '- Lose eins', '', '- Lose zwei'), ['Zitat hier', 'Lose zwei']);
		expect(references.map((reference) => [reference.id, reference.lines])).toEqual([
			['beleg-zitat-hier-steht', [3]],
			['beleg-lose-zwei', [7]],
		]);
	});
});

describe('quotes and whitespace', () => {
	it('an empty or blank quote finds nothing', async () => {
		const { references } = await render(doc('Ein Satz.'), ['', '  \n ']);
		expect(references).toEqual([
			{ quote: '', lines: [] },
			{ quote: '  \n ', lines: [] },
		]);
	});

	it('a quote with surrounding and doubled whitespace still matches', async () => {
		const { references } = await render(doc('Der Satz steht hier.'), ['  Satz \n steht  ']);
		expect(references[0]).toMatchObject({ id: 'beleg-der-satz-steht', lines: [3], sentence: 'Der Satz steht hier.' });
	});

	it('nothing beyond the end of the block text is matched', async () => {
		const { references } = await render(doc('Das ist das Ende.'), ['Ende.undefined', 'Ende. ']);
		expect(references.map((reference) => reference.lines)).toEqual([[], [3]]);
	});

	it('normaliseSpace turns whitespace runs into one space and trims', () => {
		expect(normaliseSpace('  eins \n\t zwei  ')).toBe('eins zwei');
		expect(normaliseSpace(' ')).toBe('');
	});
});

describe('ids', () => {
	it('two sentences starting with the same words get numbered ids', async () => {
		const { references } = await render('## Teil\n\nEr sagte ja. Dann ging er.\n\nEr sagte nein. Dann blieb er.\n', [
			'sagte ja',
			'sagte nein',
		]);
		expect(references.map((reference) => reference.id)).toEqual(['beleg-er-sagte-ja', 'beleg-er-sagte-nein']);
		const again = await render('## Teil\n\nDer Bundestag wählte. Dann ging er.\n\nDer Bundestag tagte lang. Dann blieb er.\n', [
			'wählte',
			'tagte lang',
		]);
		expect(again.references.map((reference) => reference.id)).toEqual(['beleg-der-bundestag-waehlte', 'beleg-der-bundestag-tagte']);
		const same = await render('## Teil\n\nIn Berlin regnet es. Dann ging er.\n\nIn Berlin regnet es nicht. Dann blieb er.\n', [
			'regnet es.',
			'regnet es nicht',
		]);
		expect(same.references.map((reference) => reference.id)).toEqual(['beleg-in-berlin-regnet', 'beleg-in-berlin-regnet-2']);
	});

	it('a sentence without letters or digits gets the fallback id', async () => {
		const { references } = await render(doc('Davor.', '', '— … —'), ['— … —']);
		expect(references[0]!.id).toBe('beleg-stelle');
	});

	it('a third sentence with the same first words is numbered -3', async () => {
		const { references } = await render(doc('Es war a.', '', 'Es war b.', '', 'Es war c.'), ['war a', 'war b', 'war c']);
		expect(references.map((reference) => reference.id)).toEqual(['beleg-es-war-a', 'beleg-es-war-b', 'beleg-es-war-c']);
		const same = await render(doc('Es war so.', '', 'Es war so!', '', 'Es war so?'), ['so.', 'so!', 'so?']);
		expect(same.references.map((reference) => reference.id)).toEqual(['beleg-es-war-so', 'beleg-es-war-so-2', 'beleg-es-war-so-3']);
	});
});

describe('what follows the sentence', () => {
	it('after() gets the index and the anchor (id and section)', async () => {
		const calls: unknown[] = [];
		await render(doc('Ein Satz.'), ['Ein Satz'], (index, anchor) => {
			calls.push([index, anchor]);
			return [];
		});
		expect(calls).toEqual([[0, { id: 'beleg-ein-satz', section: 'teil' }]]);
	});

	it('an empty result inserts nothing', async () => {
		const { sections } = await render(doc('Ein Satz. Noch einer.'), ['Ein Satz'], () => []);
		expect(sections[0]!.bodyHtml).toBe('<p><span id="beleg-ein-satz">Ein Satz.</span> Noch einer.</p>');
	});

	it('markers after a sentence that ends inside an inline element follow the span around the whole element', async () => {
		const { sections } = await render(doc('<b>Fett eins. Fett zwei.</b> *Danach*'), ['Fett eins', 'Fett eins.'], (index) => [
			marker(`M${index}`),
		]);
		// The sentence ends inside <b>: the whole <b> is wrapped; the second snippet shares the anchor, its marker comes after the first.
		expect(sections[0]!.bodyHtml).toBe(
			'<p><span id="beleg-fett-eins"><b>Fett eins. Fett zwei.</b></span><a class="marker" data-pagefind-ignore="">M0</a><a class="marker" data-pagefind-ignore="">M1</a> <em>Danach</em></p>',
		);
	});

	it('markers after a sentence in a table cell (nested in the tree) go inside that cell', async () => {
		const { sections } = await render(doc('| Kopf |', '| --- |', '| Zelle eins. Zelle zwei. |'), ['Zelle zwei', 'Zelle zwei.'], (index) => [
			marker(`M${index}`),
		]);
		expect(sections[0]!.bodyHtml).toContain(
			'<td>Zelle eins. <span id="beleg-zelle-zwei">Zelle zwei.</span><a class="marker" data-pagefind-ignore="">M0</a><a class="marker" data-pagefind-ignore="">M1</a></td>',
		);
	});

	it('a marker goes before a following non-marker element', async () => {
		const { sections } = await render(doc('Satz *eins*. *Zwei* hier.'), ['Satz'], (index) => [marker(`M${index}`)]);
		expect(sections[0]!.bodyHtml).toBe(
			'<p><span id="beleg-satz-eins">Satz <em>eins</em>.</span><a class="marker" data-pagefind-ignore="">M0</a> <em>Zwei</em> hier.</p>',
		);
	});
});

describe('elements right after the span', () => {
	it('a marker goes right after the span, before an element that is no marker (a line break)', async () => {
		const { sections } = await render(doc('Satz eins.\\', 'Zwei hier.'), ['Satz eins'], (index) => [marker(`M${index}`)]);
		expect(sections[0]!.bodyHtml).toBe(
			'<p><span id="beleg-satz-eins">Satz eins.</span><a class="marker" data-pagefind-ignore="">M0</a><br>\nZwei hier.</p>',
		);
	});

	it('an HTML comment in the paragraph has no text and does not break the wrapping', async () => {
		const { sections } = await render(doc('Eins <!-- still --> zwei. Drei vier.'), ['Drei']);
		expect(sections[0]!.bodyHtml).toContain('<span id="beleg-drei-vier">Drei vier.</span></p>');
	});
});

describe('the sentence around a range (sentenceAround)', () => {
	const text = 'Erst das. Dann „Das ist gut.“ sagte er. Zuletzt dies.';
	const short = 'Eins. Zwei. Drei.';

	it('finds the sentence a range stands in, quotes kept inside', () => {
		// „Dann …“ starts at 10 and ends after „er.“ at 39 (counted by hand).
		expect(sentenceAround(text, 16, 20)).toEqual([10, 39]);
		expect(text.slice(10, 39)).toBe('Dann „Das ist gut.“ sagte er.');
	});

	it('a range over two sentences takes both', () => {
		expect(sentenceAround(text, 5, 14)).toEqual([0, 39]);
	});

	it('a range ending exactly at a sentence end stays in that sentence', () => {
		expect(sentenceAround(short, 0, 5)).toEqual([0, 5]);
		expect(sentenceAround(short, 6, 11)).toEqual([6, 11]);
	});

	it('a range starting in a later sentence does not start at the first', () => {
		expect(sentenceAround(short, 12, 14)).toEqual([12, 17]);
	});

	it('a range ending where the next sentence starts does not take that sentence', () => {
		// End 6 is the start of „Zwei.“: no sentence holds it, so the range runs to the end.
		expect(sentenceAround(short, 0, 6)).toEqual([0, 17]);
	});

	it('a range starting before the first sentence (in leading space) starts at the text start', () => {
		expect(sentenceAround(' Eins. Zwei.', 0, 3)).toEqual([0, 6]);
	});

	it('a range in the gap between sentences falls back to the text start / end', () => {
		expect(sentenceAround('Eins.  Zwei. Drei.', 0, 6)).toEqual([0, 18]);
		expect(sentenceAround('Eins. Zwei. Drei.', 11, 11)).toEqual([0, 11]);
	});
});
