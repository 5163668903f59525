import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeCollectSections } from '../../src/lib/markdown/rehype-article-sections.ts';
import { renderArticle, renderFailure } from '../helpers/markdown.ts';

/**
 * An article body split into its sections (src/lib/markdown/rehype-article-sections.ts):
 * each ## heading opens a section with a slug, a title, its HTML and its text
 * blocks; sub-headings keep unique ids and move up one level on the section's
 * own page. Expected HTML and blocks are written by hand from the Markdown.
 */
const path = 'content/articles/test.md';

/** A hast element, written by hand (the pipeline's own output is not the oracle here). */
const h = (tagName: string, properties: Properties, ...children: ElementContent[]): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const text = (value: string) => ({ type: 'text' as const, value });

/** Runs only step 2 (collecting) on a tree built by hand, as the plugin receives it after the anchor plugin. */
function collect(children: RootContent[]) {
	const tree: Root = { type: 'root', children };
	const file = new VFile({ path });
	rehypeCollectSections()(tree, file);
	return { tree, sections: file.data.sections! };
}

const article = `
## Erster Teil

Ein Satz. Noch ein Satz mit „Zitat. Mit Punkt“ darin.

## Zweiter Teil {#zwei}

- Punkt eins
- Punkt zwei

### Unterpunkt

Text.

## Dritter Teil: Größe & Maß

Schluss.
`;

describe('sections and their headings', () => {
	it('collects every ## section with slug, title, body and blocks', async () => {
		const { sections } = await renderArticle(article);
		expect(sections.map((section) => section.slug)).toEqual(['erster-teil', 'zwei', 'dritter-teil-groesse-und-mass']);
		expect(sections.map((section) => section.title)).toEqual(['Erster Teil', 'Zweiter Teil', 'Dritter Teil: Größe & Maß']);
		expect(sections[1]!.blocks).toEqual(['Punkt eins', 'Punkt zwei', 'Unterpunkt', 'Text.']);
		expect(sections[1]!.bodyHtml).toContain('<li>Punkt eins</li>');
		expect(sections[1]!.bodyHtml).not.toContain('Erster');
	});

	it('reads a pinned slug inside inline markup', async () => {
		const { sections } = await renderArticle('## **Neuer Titel {#alter-link}**\n\nText.\n');
		expect(sections[0]).toMatchObject({ slug: 'alter-link', title: 'Neuer Titel' });
	});

	it('keeps the heading’s inline markup in its HTML, wrapped with its anchor link', async () => {
		const { sections } = await renderArticle('## Eins *zwei*\n\nText.\n');
		expect(sections[0]).toMatchObject({ slug: 'eins-zwei', title: 'Eins zwei', titleHtml: 'Eins <em>zwei</em>', bodyHtml: '<p>Text.</p>' });
		const heading = sections[0]!.headingHtml;
		expect(heading.startsWith('<div class="heading-wrapper heading-h2"><h2 id="eins-zwei">Eins <em>zwei</em></h2><a ')).toBe(true);
		// The anchor link: after the heading, named for screen readers, kept out of the search index, with a hidden „#“.
		expect(heading).toMatch(/<a [^>]*class="anchor-link"[^>]*>/);
		expect(heading).toMatch(/<a [^>]*data-pagefind-ignore=""[^>]*>/);
		expect(heading).toMatch(/<a [^>]*href="#eins-zwei"[^>]*><span aria-hidden="true" class="anchor-icon">#<\/span><\/a><\/div>$/);
	});

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

describe('the blocks of a section (plain text per paragraph, list item, sub-heading, cell …)', () => {
	it('takes each text block once, in order, with whitespace folded', async () => {
		const markdown = [
			'## Eins',
			'',
			'Ein   Absatz',
			'über zwei Zeilen.',
			'',
			'### Drei',
			'',
			'#### Vier',
			'',
			'##### Fünf',
			'',
			'###### Sechs',
			'',
			'```',
			'Code',
			'```',
			'',
			'- Punkt eins',
			'- Punkt zwei',
			'',
			'1. Erstens',
			'',
			'   Mit Absatz',
			'',
			'> Ein Zitat.',
			'',
			'| Kopf |',
			'| --- |',
			'| Zelle |',
			'',
			'<table><caption>Titel der Tabelle</caption><tr><th>K</th><td>Z</td></tr></table>',
			'',
			'<dl><dt>Begriff</dt><dd>Erklärung</dd></dl>',
			'',
			'<figure><blockquote><p>Gesagt.</p></blockquote><figcaption>Wer es sagte</figcaption></figure>',
			'',
		].join('\n');
		const { sections } = await renderArticle(markdown);
		expect(sections[0]!.blocks).toEqual([
			'Ein Absatz über zwei Zeilen.',
			'Drei',
			'Vier',
			'Fünf',
			'Sechs',
			'Code',
			'Punkt eins',
			'Punkt zwei',
			// A loose list item: its paragraphs are the blocks.
			'Erstens',
			'Mit Absatz',
			'Ein Zitat.',
			'Kopf',
			'Zelle',
			'Titel der Tabelle',
			'K',
			'Z',
			'Begriff',
			'Erklärung',
			'Gesagt.',
			'Wer es sagte',
		]);
	});

	it('takes a list item that holds a table, a quote or a description list by its parts, not as one block', async () => {
		const markdown = [
			'## Eins',
			'',
			'- <table><tr><td>A</td><td>B</td></tr></table>',
			'- <blockquote><p>C</p><p>D</p></blockquote>',
			'- <dl><dt>E</dt><dd>F</dd></dl>',
			'',
		].join('\n');
		const { sections } = await renderArticle(markdown);
		expect(sections[0]!.blocks).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
	});

	it('leaves out blocks without text', async () => {
		const { sections } = await renderArticle('## Eins\n\nText.\n\n<p> </p>\n\n---\n');
		expect(sections[0]!.blocks).toEqual(['Text.']);
	});

	it('reads a paragraph around a comment, and a list item with inline markup as one block', async () => {
		const { sections } = await renderArticle('## Eins\n\nVorher <!-- Notiz --> nachher.\n\n- Punkt *eins*\n');
		expect(sections[0]!.blocks).toEqual(['Vorher nachher.', 'Punkt eins']);
	});

	it('keeps a list item’s own text before its nested list, in a tight list and a loose one', async () => {
		const tight = await renderArticle('## Liste\n\n- Merz sprach\n  - Klöckner leitete\n  - Steinmeier schlug vor\n- Danach\n');
		expect(tight.sections[0]!.blocks).toEqual(['Merz sprach', 'Klöckner leitete', 'Steinmeier schlug vor', 'Danach']);
		const code = await renderArticle('## Liste\n\n- Vorher\n\n  ```\n  Code\n  ```\n');
		expect(code.sections[0]!.blocks).toEqual(['Vorher', 'Code']);
	});

	it('takes the items of a list item that holds only a nested list one by one (bullets and numbers), not as one block', async () => {
		const { sections } = await renderArticle('## Eins\n\n- - b\n  - c\n\n1. 1. d\n   2. e\n');
		expect(sections[0]!.blocks).toEqual(['b', 'c', 'd', 'e']);
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
		expect(await renderFailure('## Eins\n\n<!-- nur ein Kommentar -->\n\n## Zwei\n\nB.\n')).toBe(
			`${path}:1:1: Der Abschnitt „Eins“ hat keinen Text.`,
		);
	});

	it('bare text after a comment, before the first section, is text before the first section', async () => {
		// The HTML block is the whole line; „Vorweg“ becomes a top-level text node at column 15.
		expect(await renderFailure('<!-- Notiz --> Vorweg\n\n## Eins\n\nText.\n')).toBe(
			`${path}:1:15: Text vor dem ersten Abschnitt: Jeder Absatz muss unter einer ##-Überschrift stehen, damit er einen Abschnittslink hat.`,
		);
	});
});

describe('ids of sub-headings', () => {
	it('gives sub-headings ids through rehype-slug, without touching pinned slugs', async () => {
		const { html } = await renderArticle(article);
		expect(html).toContain('<h3 id="unterpunkt">');
		expect(html).toContain('<h2 id="zwei">Zweiter Teil</h2>');
		expect(html).not.toContain('{#zwei}');
	});

	it('numbers a sub-heading whose id repeats a section slug, and its anchor follows', async () => {
		const { html } = await renderArticle('## Ziele\n\nText.\n\n## Weiter\n\n### Ziele\n\nMehr.\n');
		expect(html).toContain('<h2 id="ziele">');
		expect(html).toContain('<h3 id="ziele-2">');
		expect(html).toContain('href="#ziele-2"');
	});

	it('numbers a sub-heading past ids that are already taken', async () => {
		const { html } = await renderArticle('## Ziele\n\nA.\n\n## Weitere Ziele {#ziele-2}\n\nB.\n\n### Ziele\n\nC.\n');
		expect(html).toContain('<h3 id="ziele-3">');
		expect(html).toContain('href="#ziele-3"');
		expect(html).toContain('href="#ziele-2"');
	});

	it('refuses a section slug that repeats an id a sub-heading already has', async () => {
		expect(await renderFailure('## Eins\n\n### Ziele\n\nA.\n\n## Zwei {#ziele}\n\nB.\n')).toBe(
			`${path}:7:1: Die Anker-ID „ziele“ kommt zweimal vor.`,
		);
	});

	it('an element without an id takes no id: a sub-heading „Undefined“ keeps the id „undefined“', async () => {
		const { sections } = await renderArticle('## Eins\n\n### Undefined\n\nText.\n');
		expect(sections[0]!.bodyHtml).toContain('<h3 id="undefined">Undefined</h3>');
		expect(sections[0]!.bodyHtml).toContain('href="#undefined"');
	});
});

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

describe('collecting sections from a tree built by hand', () => {
	it('takes a bare ## heading (not wrapped by the anchor plugin) as a section', () => {
		const { sections } = collect([h('h2', { id: 'eins' }, text('Eins')), text('\n'), h('p', {}, text('Text.'))]);
		expect(sections.map((section) => [section.slug, section.title, section.bodyHtml])).toEqual([['eins', 'Eins', '<p>Text.</p>']]);
	});

	it('collects glossary terms from links only, not from other elements with data-term', () => {
		const { sections } = collect([
			h('h2', { id: 'eins' }, text('Eins')),
			h(
				'p',
				{},
				h('a', { href: '/glossar/#kanzler', dataTerm: 'kanzler' }, text('Kanzler')),
				h('span', { dataTerm: 'fraktion' }, text('Fraktion')),
			),
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
