import type { Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ids } from '../../src/lib/contract.ts';
import { checkHeadingOutline, fail, headingLevel } from '../../src/lib/markdown/content-rules.ts';
import { renderArticle, renderFailure } from '../helpers/markdown.ts';

const path = 'content/articles/kaputt.md';

const failureOf = (markdown: string, file = path) => renderFailure(markdown, file);

/**
 * Each broken article must fail with the file, the line and column where the
 * problem starts, and what is wrong. Line numbers are counted by hand from the
 * Markdown (line 1 is its first line).
 */
describe('content rules in the Markdown pipeline', () => {
	it.each([
		// No place to point at: the whole file lacks a section.
		[
			'an article without any ## section',
			'Nur Text, keine Überschrift.\n',
			'',
			'Der Artikel hat keinen Abschnitt: Mindestens eine ##-Überschrift ist nötig.',
		],
		// Line 1 is the paragraph „Vorweg.“.
		[
			'text before the first section',
			'Vorweg.\n\n## Abschnitt\n\nText.\n',
			':1:1',
			'Text vor dem ersten Abschnitt: Jeder Absatz muss unter einer ##-Überschrift stehen, damit er einen Abschnittslink hat.',
		],
		// The second heading (line 5) is the one that collides.
		[
			'two sections whose slugs collide',
			'## Größe\n\nA.\n\n## Groesse\n\nB.\n',
			':5:1',
			'Zwei Abschnitte haben denselben Slug „groesse“: „Größe“ und „Groesse“. Ändern Sie eine Überschrift oder legen Sie den Slug mit {#…} fest.',
		],
		[
			'a pinned slug that collides',
			'## Eins {#gleich}\n\nA.\n\n## Zwei {#gleich}\n\nB.\n',
			':5:1',
			'Zwei Abschnitte haben denselben Slug „gleich“: „Eins“ und „Zwei“. Ändern Sie eine Überschrift oder legen Sie den Slug mit {#…} fest.',
		],
		[
			'a pinned slug that is not ASCII',
			'## Eins {#grüße}\n\nA.\n',
			':1:1',
			'Ungültiger Abschnitts-Slug „grüße“ für „Eins“: erlaubt sind a–z, 0–9 und einzelne Bindestriche.',
		],
		// The #### heading on line 3 skips ###.
		[
			'a heading level that skips',
			'## Eins\n\n#### Zu tief\n\nA.\n',
			':3:1',
			'Überschriftenebene übersprungen: #### folgt auf ##. Jede Ebene darf nur eine Stufe tiefer gehen.',
		],
		[
			'a # heading in the body',
			'# Zweite Schlagzeile\n\n## Eins\n\nA.\n',
			':1:1',
			'Eine Überschrift der Ebene # ist im Artikeltext nicht erlaubt: Die Schlagzeile steht im Feld „title“, Abschnitte beginnen mit ##.',
		],
		[
			'raw <script>',
			'## Eins\n\n<script>alert(1)</script>\n',
			':3:1',
			'Das Element <script> ist im Artikeltext nicht erlaubt (erlaubt sind Absätze, Überschriften ab <h2>, Listen, Tabellen, Zitate, <figure>, Links und Auszeichnungen wie <em>, <strong>, <abbr>, <q>, <sup>, <sub>, <span lang>, <time>).',
		],
		// The <span> starts at column 6 of line 3 („Text “ is five characters).
		[
			'an inline event handler',
			'## Eins\n\nText <span onmouseover="alert(1)">hier</span>.\n',
			':3:6',
			'Das Attribut onmouseover an <span> ist im Artikeltext nicht erlaubt.',
		],
		[
			'a javascript: link',
			'## Eins\n\n[klick](javascript:alert(1))\n',
			':3:1',
			'Die Adresse „javascript:alert(1)“ an <a href> ist nicht erlaubt: nur http, https, mailto oder relative Links.',
		],
		// The browser drops the tab, so the message shows the address as it would run.
		[
			'a javascript: link hidden by a tab',
			'## Eins\n\n<a href="java&#x09;script:alert(1)">klick</a>\n',
			':3:1',
			'Die Adresse „javascript:alert(1)“ an <a href> ist nicht erlaubt: nur http, https, mailto oder relative Links.',
		],
		// „## Leer“ on line 5 is followed directly by the next heading.
		['a section without text', '## Eins\n\nText.\n\n## Leer\n\n## Drei\n\nText.\n', ':5:1', 'Der Abschnitt „Leer“ hat keinen Text.'],
		[
			'a section slug the page layout uses',
			'## Main\n\nText.\n',
			':1:1',
			'Der Abschnitts-Slug „main“ ist für die Seite selbst reserviert. Legen Sie einen anderen mit {#…} fest.',
		],
		[
			'a section slug that is the name of a page of the article',
			'## Einfach\n\nText.\n',
			':1:1',
			'Der Abschnitts-Slug „einfach“ ist der Name einer Seite des Artikels (/einfach/). Legen Sie einen anderen mit {#…} fest.',
		],
		[
			'a section slug pinned to another page’s name',
			'## Hintergrund {#einordnung}\n\nText.\n',
			':1:1',
			'Der Abschnitts-Slug „einordnung“ ist der Name einer Seite des Artikels (/einordnung/). Legen Sie einen anderen mit {#…} fest.',
		],
		[
			'a section slug in the reference anchors’ namespace',
			'## Beleg eins\n\nText.\n',
			':1:1',
			'Der Abschnitts-Slug „beleg-eins“ ist für die Seite selbst reserviert. Legen Sie einen anderen mit {#…} fest.',
		],
		['an empty pinned slug', '## Titel {#}\n\nText.\n', ':1:1', 'Leerer festgelegter Slug {#}.'],
		['a heading with only a pinned slug', '## {#eins}\n\nText.\n', ':1:1', 'Leere ##-Überschrift.'],
		[
			'a pinned slug with the reserved prefix',
			'## Titel {#lb-titel}\n\nText.\n',
			':1:1',
			'Der Abschnitts-Slug „lb-titel“ ist für die Seite selbst reserviert. Legen Sie einen anderen mit {#…} fest.',
		],
		['an empty last section', '## Eins\n\nText.\n\n## Leer\n', ':5:1', 'Der Abschnitt „Leer“ hat keinen Text.'],
		// The quote's „>“ and space: the heading starts at column 3.
		[
			'a level skipped inside a quote',
			'## Eins\n\n> #### Zu tief\n',
			':3:3',
			'Überschriftenebene übersprungen: #### folgt auf ##. Jede Ebene darf nur eine Stufe tiefer gehen.',
		],
		[
			'raw HTML text before the first section',
			'<p>Vorweg</p>\n\n## Eins\n\nText.\n',
			':1:1',
			'Text vor dem ersten Abschnitt: Jeder Absatz muss unter einer ##-Überschrift stehen, damit er einen Abschnittslink hat.',
		],
	])('refuses %s', async (_case, markdown, where, reason) => {
		expect(await failureOf(markdown)).toBe(`${path}${where}: ${reason}`);
	});

	it('accepts a well-formed article and keeps its allowed HTML', async () => {
		const { sections } = await renderArticle('## Eins\n\nText mit <abbr title="Nordatlantikpakt">NATO</abbr>.\n', path);
		expect(sections.map((section) => [section.slug, section.title, section.blocks])).toEqual([['eins', 'Eins', ['Text mit NATO.']]]);
		expect(sections[0]!.bodyHtml).toBe('<p>Text mit <abbr title="Nordatlantikpakt">NATO</abbr>.</p>');
	});

	it('lets headings go back up and down again one level at a time', async () => {
		const { sections } = await renderArticle('## Eins\n\n### A\n\n#### B\n\nText.\n\n## Zwei\n\n### C\n\nText.\n');
		expect(sections.map((section) => section.slug)).toEqual(['eins', 'zwei']);
	});

	it('keeps every id the page layout uses from the sections', async () => {
		for (const id of Object.values(ids)) {
			expect(await failureOf(`## Titel {#${id}}\n\nText.\n`)).toBe(
				`${path}:1:1: Der Abschnitts-Slug „${id}“ ist für die Seite selbst reserviert. Legen Sie einen anderen mit {#…} fest.`,
			);
		}
	});
});

describe('content rules called directly', () => {
	it('names an absolute file relative to the working folder, and a file without a name „Artikel“', async () => {
		expect(await failureOf('Vorweg.\n\n## Eins\n\nText.\n', `${process.cwd()}/content/articles/absolut.md`)).toBe(
			'content/articles/absolut.md:1:1: Text vor dem ersten Abschnitt: Jeder Absatz muss unter einer ##-Überschrift stehen, damit er einen Abschnittslink hat.',
		);
		expect(() => fail(new VFile(), 'Grund.')).toThrow(/^Artikel: Grund\.$/);
	});

	it('names only the file when the offending node has no position (made by a parser)', () => {
		const made = { type: 'element' as const, tagName: 'tbody', properties: {}, children: [] };
		expect(() => fail(new VFile({ path: 'content/articles/a.md' }), 'Grund.', made)).toThrow(/^content\/articles\/a\.md: Grund\.$/);
	});

	it('refuses a level-1 heading in the outline check itself', () => {
		const tree: Root = {
			type: 'root',
			children: [{ type: 'element', tagName: 'h1', properties: {}, children: [{ type: 'text', value: 'Titel' }] }],
		};
		expect(() => checkHeadingOutline(tree, new VFile({ path: 'content/articles/a.md' }))).toThrow(
			'content/articles/a.md: Eine Überschrift der Ebene # ist im Artikeltext nicht erlaubt: Die Schlagzeile steht im Feld „title“, Abschnitte beginnen mit ##.',
		);
	});

	it('knows heading levels 1 to 6 only', () => {
		const element = (tagName: string) => ({ type: 'element' as const, tagName, properties: {}, children: [] });
		expect(['h1', 'h2', 'h6', 'h7', 'header', 'th1', 'h2-teaser'].map((tag) => headingLevel(element(tag)))).toEqual([
			1,
			2,
			6,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		expect(headingLevel({ type: 'text', value: 'h2' })).toBeUndefined();
	});
});
