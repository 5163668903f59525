import type { Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkHeadingOutline, fail, headingLevel } from '../../src/lib/markdown/content-rules.ts';
import { splitSentences } from '../../src/lib/sections.ts';
import { renderArticle } from '../helpers/markdown.ts';

describe('content rules called directly', () => {
	it('names only the file when the offending node has no position (made by a parser)', () => {
		const made = { type: 'element' as const, tagName: 'tbody', properties: {}, children: [] };
		expect(() => fail(new VFile({ path: 'content/articles/a.md' }), 'Grund.', made)).toThrow(/^content\/articles\/a\.md: Grund\.$/);
	});

	it('refuses a level-1 heading in the outline check itself', () => {
		const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'h1', properties: {}, children: [{ type: 'text', value: 'Titel' }] }] };
		expect(() => checkHeadingOutline(tree, new VFile({ path: 'content/articles/a.md' }))).toThrow(
			'content/articles/a.md: Eine Überschrift der Ebene # ist im Artikeltext nicht erlaubt: Die Schlagzeile steht im Feld „title“, Abschnitte beginnen mit ##.',
		);
	});

	it('takes a tag name that only begins like a heading for no heading', () => {
		expect(headingLevel({ type: 'element', tagName: 'h2-teaser', properties: {}, children: [] })).toBeUndefined();
	});
});

describe('the pipeline’s anchor links', () => {
	it('wraps sub-headings of every level from ### to ###### with an anchor link', async () => {
		const { sections } = await renderArticle('## Eins\n\n### Drei\n\n#### Vier\n\n##### Zehn\n\n###### Sechs\n\nText.\n');
		for (const [level, id] of [[3, 'drei'], [4, 'vier'], [5, 'zehn'], [6, 'sechs']] as const) {
			expect(sections[0]!.bodyHtml).toContain(`<div class="heading-wrapper heading-h${level}"><h${level} id="${id}">`);
			expect(sections[0]!.bodyHtml).toContain(`href="#${id}"`);
		}
	});

	it('names a sub-heading’s anchor link without the spaces a heading written in HTML keeps', async () => {
		const { sections } = await renderArticle('## Eins\n\n<h3> Unter </h3>\n\nText.\n');
		expect(sections[0]!.bodyHtml).toContain('aria-label="Link zu diesem Abschnitt: Unter"');
	});
});

describe('sentences: the last piece', () => {
	it('trims a last sentence without a full stop', () => {
		expect(splitSentences('Ein Satz. Ohne Punkt am Ende  ')).toEqual(['Ein Satz.', 'Ohne Punkt am Ende']);
	});
});
