import { describe, expect, it } from 'vitest';
import { renderArticle } from '../helpers/markdown.ts';

const glossary = [{ term: 'Kreml', aliases: ['Kreml'], definition: 'Amtssitz.' }];
const link = '<a class="glossary-term" href="/glossar/#kreml" data-term="kreml" aria-describedby="lb-def-eins--kreml">Kreml</a>';

describe('glossary terms: where they are not marked, and odd neighbours', () => {
	it('does not mark a term in preformatted text written as HTML', async () => {
		const { sections } = await renderArticle('## Eins\n\n<pre>Der Kreml</pre>\n\nText.\n', 'a.md', { glossary });
		expect(sections[0]!.terms).toEqual([]);
		expect(sections[0]!.bodyHtml).toContain('<pre>Der Kreml</pre>');
	});

	it('does not mark a term in a sub-heading inside a quote, but marks it in the text after', async () => {
		const { sections } = await renderArticle('## Eins\n\n> ## Der Kreml\n>\n> Der Kreml schwieg.\n', 'a.md', { glossary });
		expect(sections[0]!.bodyHtml).not.toMatch(/<h2[^>]*>[^<]*<a class="glossary-term"/);
		expect(sections[0]!.bodyHtml).toContain(`<p>Der ${link} schwieg.</p>`);
	});

	it('passes over a comment inside a paragraph', async () => {
		const { sections } = await renderArticle('## Eins\n\nVorher <!-- Notiz --> der Kreml.\n', 'a.md', { glossary });
		expect(sections[0]!.bodyHtml).toBe(`<p>Vorher <!-- Notiz --> der ${link}.</p>`);
	});

	it('marks a term in a text that follows two elements (after a line break in bold text)', async () => {
		// The text node after <strong> and <br> is the paragraph's third child: marking it must not revisit the first two.
		const { sections } = await renderArticle('## Eins\n\n**Neu:**<br>Der Kreml schwieg.\n', 'a.md', { glossary });
		expect(sections[0]!.bodyHtml).toBe(`<p><strong>Neu:</strong><br>Der ${link} schwieg.</p>`);
	});
});
