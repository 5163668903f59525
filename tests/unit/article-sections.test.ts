import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ids, reservedIdPrefix } from '../../src/lib/contract.ts';
import { fail, headingLevel } from '../../src/lib/markdown/content-rules.ts';
import { renderArticle } from '../helpers/markdown.ts';

const path = 'content/articles/test.md';

async function failureOf(markdown: string, file = path): Promise<string> {
	try {
		await renderArticle(markdown, file);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error(`Erwartet war ein Fehler, aber der Text wurde angenommen:\n${markdown}`);
}

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
		const markdown = ['## Eins', '', '- <table><tr><td>A</td><td>B</td></tr></table>', '- <blockquote><p>C</p><p>D</p></blockquote>', '- <dl><dt>E</dt><dd>F</dd></dl>', ''].join('\n');
		const { sections } = await renderArticle(markdown);
		expect(sections[0]!.blocks).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
	});

	it('leaves out blocks without text', async () => {
		const { sections } = await renderArticle('## Eins\n\nText.\n\n<p> </p>\n\n---\n');
		expect(sections[0]!.blocks).toEqual(['Text.']);
	});
});

describe('sections and their headings', () => {
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

	it('wraps sub-headings the same way, by level', async () => {
		const { sections } = await renderArticle('## Eins\n\n### Unter\n\nText.\n');
		expect(sections[0]!.bodyHtml).toMatch(/^<div class="heading-wrapper heading-h3"><h3 id="unter">Unter<\/h3><a [^>]*aria-label="Link zu diesem Abschnitt: Unter"/);
	});

	it('numbers a sub-heading past ids that are already taken', async () => {
		const { html } = await renderArticle('## Ziele\n\nA.\n\n## Weitere Ziele {#ziele-2}\n\nB.\n\n### Ziele\n\nC.\n');
		expect(html).toContain('<h3 id="ziele-3">');
		expect(html).toContain('href="#ziele-3"');
		expect(html).toContain('href="#ziele-2"');
	});

	it('refuses a section slug that repeats an id a sub-heading already has', async () => {
		expect(await failureOf('## Eins\n\n### Ziele\n\nA.\n\n## Zwei {#ziele}\n\nB.\n')).toBe(`${path}:7:1: Die Anker-ID „ziele“ kommt zweimal vor.`);
	});
});

describe('content rules, more cases', () => {
	it.each([
		['an empty pinned slug', '## Titel {#}\n\nText.\n', ':1:1: Leerer festgelegter Slug {#}.'],
		['a heading with only a pinned slug', '## {#eins}\n\nText.\n', ':1:1: Leere ##-Überschrift.'],
		['a pinned slug with the reserved prefix', '## Titel {#lb-titel}\n\nText.\n', ':1:1: Der Abschnitts-Slug „lb-titel“ ist für die Seite selbst reserviert. Legen Sie einen anderen mit {#…} fest.'],
		['an empty last section', '## Eins\n\nText.\n\n## Leer\n', ':5:1: Der Abschnitt „Leer“ hat keinen Text.'],
		['a level skipped inside a quote', '## Eins\n\n> #### Zu tief\n', ':3:3: Überschriftenebene übersprungen: #### folgt auf ##. Jede Ebene darf nur eine Stufe tiefer gehen.'],
		['raw HTML text before the first section', '<p>Vorweg</p>\n\n## Eins\n\nText.\n', ':1:1: Text vor dem ersten Abschnitt: Jeder Absatz muss unter einer ##-Überschrift stehen, damit er einen Abschnittslink hat.'],
	])('refuses %s', async (_case, markdown, where) => {
		expect(await failureOf(markdown)).toBe(`${path}${where}`);
	});

	it('lets headings go back up and down again one level at a time', async () => {
		const { sections } = await renderArticle('## Eins\n\n### A\n\n#### B\n\nText.\n\n## Zwei\n\n### C\n\nText.\n');
		expect(sections.map((section) => section.slug)).toEqual(['eins', 'zwei']);
	});

	it('names an absolute file relative to the working folder, and a file without a name „Artikel“', async () => {
		expect(await failureOf('Vorweg.\n\n## Eins\n\nText.\n', `${process.cwd()}/content/articles/absolut.md`)).toBe('content/articles/absolut.md:1:1: Text vor dem ersten Abschnitt: Jeder Absatz muss unter einer ##-Überschrift stehen, damit er einen Abschnittslink hat.');
		expect(() => fail(new VFile(), 'Grund.')).toThrow(/^Artikel: Grund\.$/);
	});

	it('knows heading levels 1 to 6 only', () => {
		const element = (tagName: string) => ({ type: 'element' as const, tagName, properties: {}, children: [] });
		expect(['h1', 'h2', 'h6', 'h7', 'header', 'th1'].map((tag) => headingLevel(element(tag)))).toEqual([1, 2, 6, undefined, undefined, undefined]);
		expect(headingLevel({ type: 'text', value: 'h2' })).toBeUndefined();
	});
});

describe('ids the page layout uses', () => {
	it('may not be taken by a section', async () => {
		for (const id of Object.values(ids)) {
			expect(await failureOf(`## Titel {#${id}}\n\nText.\n`)).toBe(`${path}:1:1: Der Abschnitts-Slug „${id}“ ist für die Seite selbst reserviert. Legen Sie einen anderen mit {#…} fest.`);
		}
	});
});

describe('blocks of nested lists', () => {
	it('keep a list item’s own text before its nested list, in a tight list and a loose one', async () => {
		const tight = await renderArticle('## Liste\n\n- Merz sprach\n  - Klöckner leitete\n  - Steinmeier schlug vor\n- Danach\n');
		expect(tight.sections[0]!.blocks).toEqual(['Merz sprach', 'Klöckner leitete', 'Steinmeier schlug vor', 'Danach']);
		const code = await renderArticle('## Liste\n\n- Vorher\n\n  ```\n  Code\n  ```\n');
		expect(code.sections[0]!.blocks).toEqual(['Vorher', 'Code']);
	});
});
