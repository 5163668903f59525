import { describe, expect, it } from 'vitest';
import type { ElementContent } from 'hast';
import { renderArticleBody } from '../../src/lib/markdown/pipeline.ts';
import { sentenceAround } from '../../src/lib/markdown/rehype-references.ts';

/**
 * References by quotation (src/lib/markdown/rehype-references.ts): a snippet
 * found once anchors its sentence; zero or several hits are reported with
 * their lines. Expected HTML, ids and line numbers are written by hand from
 * the Markdown below (line 1 is the body's first line).
 */

const marker = (text: string): ElementContent => ({ type: 'element', tagName: 'a', properties: { className: ['marker'], dataPagefindIgnore: '' }, children: [{ type: 'text', value: text }] });

async function render(markdown: string, quotes: string[], after?: (index: number) => ElementContent[]) {
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
		expect(sections[0]!.bodyHtml).toBe('<p>Die Sitzung begann früh. <span id="beleg-kloeckner-gab-das">Klöckner gab das Ergebnis bekannt, kurz nach elf.</span> Danach war Pause.</p>');
		expect(references).toEqual([
			{ quote: 'gab das Ergebnis bekannt', lines: [3], id: 'beleg-kloeckner-gab-das', section: 'erster-teil', sentence: 'Klöckner gab das Ergebnis bekannt, kurz nach elf.' },
		]);
	});

	it('matches across a line break of the Markdown and keeps inline markup whole inside the span', async () => {
		const { sections, references } = await render(body, ['mit den Fraktionen und ging']);
		expect(sections[1]!.bodyHtml).toContain('<p><span id="beleg-merz-sprach-sehr">Merz sprach <em>sehr kurz</em> mit den Fraktionen\nund ging dann.</span> Niemand widersprach.</p>');
		expect(references[0]).toMatchObject({ lines: [7], section: 'zweiter-teil', sentence: 'Merz sprach sehr kurz mit den Fraktionen und ging dann.' });
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

	it('two sentences starting with the same words get numbered ids', async () => {
		const { references } = await render('## Teil\n\nEr sagte ja. Dann ging er.\n\nEr sagte nein. Dann blieb er.\n', ['sagte ja', 'sagte nein']);
		expect(references.map((reference) => reference.id)).toEqual(['beleg-er-sagte-ja', 'beleg-er-sagte-nein']);
		const again = await render('## Teil\n\nDer Bundestag wählte. Dann ging er.\n\nDer Bundestag tagte lang. Dann blieb er.\n', ['wählte', 'tagte lang']);
		expect(again.references.map((reference) => reference.id)).toEqual(['beleg-der-bundestag-waehlte', 'beleg-der-bundestag-tagte']);
		const same = await render('## Teil\n\nIn Berlin regnet es. Dann ging er.\n\nIn Berlin regnet es nicht. Dann blieb er.\n', ['regnet es.', 'regnet es nicht']);
		expect(same.references.map((reference) => reference.id)).toEqual(['beleg-in-berlin-regnet', 'beleg-in-berlin-regnet-2']);
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

describe('sentenceAround', () => {
	const text = 'Erst das. Dann „Das ist gut.“ sagte er. Zuletzt dies.';
	it('finds the sentence a range stands in, quotes kept inside', () => {
		// „Dann …“ starts at 10 and ends after „er.“ at 39 (counted by hand).
		expect(sentenceAround(text, 16, 20)).toEqual([10, 39]);
		expect(text.slice(10, 39)).toBe('Dann „Das ist gut.“ sagte er.');
	});
	it('a range over two sentences takes both', () => {
		expect(sentenceAround(text, 5, 14)).toEqual([0, 39]);
	});
});
