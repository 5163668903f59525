import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeCollectSections } from '../../src/lib/markdown/rehype-article-sections.ts';
import { renderArticle, renderFailure } from '../helpers/markdown.ts';

const path = 'content/articles/test.md';

/** A hast element, written by hand (the pipeline's own output is not the oracle here). */
const h = (tagName: string, properties: Properties, ...children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text' as const, value });

/** Runs only step 2 (collecting) on a tree built by hand, as the plugin receives it after the anchor plugin. */
function collect(children: RootContent[]) {
	const tree: Root = { type: 'root', children };
	const file = new VFile({ path });
	rehypeCollectSections()(tree, file);
	return { tree, sections: file.data.sections! };
}

describe('the section page body: sub-headings move up one level', () => {
	it('makes ### an h2 and #### an h3, with their wrapper classes, and leaves other elements as they are', async () => {
		const { sections } = await renderArticle('## Eins\n\nText.\n\n### Unter\n\nMehr.\n\n#### Tiefer\n\n| Kopf |\n| --- |\n| Zelle |\n');
		const anchor = (id: string, label: string) =>
			`<a class="anchor-link" aria-label="Link zu diesem Abschnitt: ${label}" data-pagefind-ignore="" href="#${id}"><span aria-hidden="true" class="anchor-icon">#</span></a>`;
		// By hand from the rule: h3 → h2, h4 → h3, heading-h3 → heading-h2, heading-h4 → heading-h3; ids, anchors,
		// the table's wrapper (class table-scroll) and its attributes unchanged; no leading or trailing line break.
		expect(sections[0]!.pageBodyHtml).toBe(
			[
				'<p>Text.</p>',
				`<div class="heading-wrapper heading-h2"><h2 id="unter">Unter</h2>${anchor('unter', 'Unter')}</div>`,
				'<p>Mehr.</p>',
				`<div class="heading-wrapper heading-h3"><h3 id="tiefer">Tiefer</h3>${anchor('tiefer', 'Tiefer')}</div>`,
				'<div class="table-scroll" role="region" tabindex="0" aria-label="Tabelle"><table>',
				'<thead>',
				'<tr>',
				'<th>Kopf</th>',
				'</tr>',
				'</thead>',
				'<tbody>',
				'<tr>',
				'<td>Zelle</td>',
				'</tr>',
				'</tbody>',
				'</table></div>',
			].join('\n'),
		);
	});

	it('never makes a second h1: an h2 quoted inside the section stays an h2', async () => {
		const { sections } = await renderArticle('## Eins\n\n> ## Zitat\n>\n> x\n');
		expect(sections[0]!.pageBodyHtml).toContain('<h2 id="zitat">Zitat</h2>');
		expect(sections[0]!.pageBodyHtml).not.toContain('<h1');
	});
});

describe('section titles and messages without the spaces an HTML heading keeps', () => {
	// Markdown trims a heading's text; a heading written as HTML (`<h2> Eins </h2>`) keeps its spaces.
	it('trims the title and its HTML, and the anchor link’s name', async () => {
		const { sections } = await renderArticle('<h2> Eins </h2>\n\nText.\n');
		expect(sections[0]).toMatchObject({ slug: 'eins', title: 'Eins', titleHtml: 'Eins' });
		expect(sections[0]!.headingHtml).toContain('aria-label="Link zu diesem Abschnitt: Eins"');
	});

	it('names an empty section without the spaces', async () => {
		expect(await renderFailure('<h2> Leer </h2>\n\n## Zwei\n\nB.\n')).toBe(`${path}:1:1: Der Abschnitt „Leer“ hat keinen Text.`);
	});

	it('names both headings of a slug clash without the spaces', async () => {
		expect(await renderFailure('## Eins\n\nA.\n\n<h2> Eins </h2>\n\nB.\n')).toBe(
			`${path}:5:1: Zwei Abschnitte haben denselben Slug „eins“: „Eins“ und „Eins“. Ändern Sie eine Überschrift oder legen Sie den Slug mit {#…} fest.`,
		);
	});

	it('takes a heading of spaces only for an empty heading', async () => {
		expect(await renderFailure('<h2> </h2>\n\nText.\n')).toBe(`${path}:1:1: Leere ##-Überschrift.`);
	});
});

describe('blocks with inline parts', () => {
	it('reads a paragraph around a comment, and a list item with inline markup as one block', async () => {
		const { sections } = await renderArticle('## Eins\n\nVorher <!-- Notiz --> nachher.\n\n- Punkt *eins*\n');
		expect(sections[0]!.blocks).toEqual(['Vorher nachher.', 'Punkt eins']);
	});
});

describe('what counts as text of a section', () => {
	it('an empty ## heading (no text node at all) is refused as empty, not a crash', async () => {
		expect(await renderFailure('##\n\nText.\n')).toBe(`${path}:1:1: Leere ##-Überschrift.`);
	});

	it('an HTML comment before the first section is not text: the article renders', async () => {
		const { sections } = await renderArticle('<!-- Notiz -->\n\n## Eins\n\nText.\n');
		expect(sections.map((section) => [section.slug, section.bodyHtml])).toEqual([['eins', '<p>Text.</p>']]);
	});

	it('a section holding only an HTML comment has no text', async () => {
		expect(await renderFailure('## Eins\n\n<!-- nur ein Kommentar -->\n\n## Zwei\n\nB.\n')).toBe(`${path}:1:1: Der Abschnitt „Eins“ hat keinen Text.`);
	});

	it('bare text after a comment, before the first section, is text before the first section', async () => {
		// The HTML block is the whole line; „Vorweg“ becomes a top-level text node at column 15.
		expect(await renderFailure('<!-- Notiz --> Vorweg\n\n## Eins\n\nText.\n')).toBe(
			`${path}:1:15: Text vor dem ersten Abschnitt: Jeder Absatz muss unter einer ##-Überschrift stehen, damit er einen Abschnittslink hat.`,
		);
	});
});

describe('list items that hold only a nested list', () => {
	it('take the nested items one by one (bullets and numbers), not as one block', async () => {
		const { sections } = await renderArticle('## Eins\n\n- - b\n  - c\n\n1. 1. d\n   2. e\n');
		expect(sections[0]!.blocks).toEqual(['b', 'c', 'd', 'e']);
	});
});

describe('ids of sub-headings', () => {
	it('an element without an id takes no id: a sub-heading „Undefined“ keeps the id „undefined“', async () => {
		const { sections } = await renderArticle('## Eins\n\n### Undefined\n\nText.\n');
		expect(sections[0]!.bodyHtml).toContain('<h3 id="undefined">Undefined</h3>');
		expect(sections[0]!.bodyHtml).toContain('href="#undefined"');
	});
});

describe('collecting sections from a tree built by hand', () => {
	it('takes a bare ## heading (not wrapped by the anchor plugin) as a section', () => {
		const { sections } = collect([h('h2', { id: 'eins' }, text('Eins')), text('\n'), h('p', {}, text('Text.'))]);
		expect(sections.map((section) => [section.slug, section.title, section.bodyHtml])).toEqual([['eins', 'Eins', '<p>Text.</p>']]);
	});

	it('collects glossary terms from links only, not from other elements with data-term', () => {
		const { sections } = collect([
			h('h2', { id: 'eins' }, text('Eins')),
			h('p', {}, h('a', { href: '/glossar/#kanzler', dataTerm: 'kanzler' }, text('Kanzler')), h('span', { dataTerm: 'fraktion' }, text('Fraktion'))),
		]);
		expect(sections[0]!.terms).toEqual(['kanzler']);
	});

	it('renumbers a repeated sub-heading id and moves only the anchor link that pointed at it', () => {
		const heading = h('h3', { id: 'ziele' }, text('Ziele'));
		const other = h('a', { href: '#woanders' }, text('woanders'));
		const own = h('a', { href: '#ziele' }, text('#'));
		const paragraph = h('p', { id: 'absatz' }, text('A.'));
		const { sections } = collect([h('h2', { id: 'ziele' }, text('Ziele')), text('\n'), paragraph, heading, text('\n'), other, own]);
		expect(heading.properties.id).toBe('ziele-2');
		expect(own.properties.href).toBe('#ziele-2');
		// Not a link to the old id, or not a link at all: untouched.
		expect(other.properties.href).toBe('#woanders');
		expect(paragraph.properties).toEqual({ id: 'absatz' });
		expect(sections).toHaveLength(1);
	});

	it('an h3 that is a sibling of a plain element with the same href is not a link: only `a` is moved', () => {
		const heading = h('h3', { id: 'ziele' }, text('Ziele'));
		const area = h('area', { href: '#ziele' });
		collect([h('h2', { id: 'ziele' }, text('Ziele')), heading, area]);
		expect(area.properties.href).toBe('#ziele');
	});

	it('takes a list item that holds only a bare table by its cells, not as one block', () => {
		const table = h('table', {}, h('tbody', {}, h('tr', {}, h('td', {}, text('A')), h('td', {}, text('B')))));
		const { sections } = collect([h('h2', { id: 'eins' }, text('Eins')), h('ul', {}, h('li', {}, table))]);
		expect(sections[0]!.blocks).toEqual(['A', 'B']);
	});
});
