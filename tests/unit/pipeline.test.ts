import { describe, expect, it } from 'vitest';
import { renderArticle } from '../helpers/markdown.ts';

/**
 * The anchor links the Markdown pipeline puts after every heading
 * (src/lib/markdown/pipeline.ts): a wrapper by level, a link to the heading's
 * id named for screen readers „Link zu diesem Abschnitt: …“.
 */
const article = '## Erster Teil\n\nEin Satz.\n';

describe('anchor links of headings', () => {
	it('gives the heading its slug as id and an anchor link with an accessible name', async () => {
		const { sections } = await renderArticle(article);
		const heading = sections[0]!.headingHtml;
		expect(heading).toContain('<h2 id="erster-teil">Erster Teil</h2>');
		const link = /<a [^>]*>/.exec(heading)?.[0] ?? '';
		expect(link).toContain('href="#erster-teil"');
		expect(link).toContain('aria-label="Link zu diesem Abschnitt: Erster Teil"');
	});

	it('wraps sub-headings the same way, by level', async () => {
		const { sections } = await renderArticle('## Eins\n\n### Unter\n\nText.\n');
		expect(sections[0]!.bodyHtml).toMatch(
			/^<div class="heading-wrapper heading-h3"><h3 id="unter">Unter<\/h3><a [^>]*aria-label="Link zu diesem Abschnitt: Unter"/,
		);
	});

	it('wraps sub-headings of every level from ### to ###### with an anchor link', async () => {
		const { sections } = await renderArticle('## Eins\n\n### Drei\n\n#### Vier\n\n##### Zehn\n\n###### Sechs\n\nText.\n');
		for (const [level, id] of [
			[3, 'drei'],
			[4, 'vier'],
			[5, 'zehn'],
			[6, 'sechs'],
		] as const) {
			expect(sections[0]!.bodyHtml).toContain(`<div class="heading-wrapper heading-h${level}"><h${level} id="${id}">`);
			expect(sections[0]!.bodyHtml).toContain(`href="#${id}"`);
		}
	});

	it('names a sub-heading’s anchor link without the spaces a heading written in HTML keeps', async () => {
		const { sections } = await renderArticle('## Eins\n\n<h3> Unter </h3>\n\nText.\n');
		expect(sections[0]!.bodyHtml).toContain('aria-label="Link zu diesem Abschnitt: Unter"');
	});
});
