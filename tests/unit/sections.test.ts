import { describe, expect, it } from 'vitest';
import { firstSentence, sectionPosition, splitSentences } from '../../src/lib/sections.ts';
import { renderArticle } from '../helpers/markdown.ts';

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

describe('splitting an article into sections', () => {
	it('collects every ## section with slug, title, body and blocks', async () => {
		const { sections } = await renderArticle(article);
		expect(sections.map((section) => section.slug)).toEqual(['erster-teil', 'zwei', 'dritter-teil-groesse-und-mass']);
		expect(sections.map((section) => section.title)).toEqual(['Erster Teil', 'Zweiter Teil', 'Dritter Teil: Größe & Maß']);
		expect(sections[1]!.blocks).toEqual(['Punkt eins', 'Punkt zwei', 'Unterpunkt', 'Text.']);
		expect(sections[1]!.bodyHtml).toContain('<li>Punkt eins</li>');
		expect(sections[1]!.bodyHtml).not.toContain('Erster');
	});

	it('gives the heading its slug as id and an anchor link with an accessible name', async () => {
		const { sections } = await renderArticle(article);
		const heading = sections[0]!.headingHtml;
		expect(heading).toContain('<h2 id="erster-teil">Erster Teil</h2>');
		const link = /<a [^>]*>/.exec(heading)?.[0] ?? '';
		expect(link).toContain('href="#erster-teil"');
		expect(link).toContain('aria-label="Link zu diesem Abschnitt: Erster Teil"');
	});

	it('gives sub-headings ids through rehype-slug, without touching pinned slugs', async () => {
		const { html } = await renderArticle(article);
		expect(html).toContain('<h3 id="unterpunkt">');
		expect(html).toContain('<h2 id="zwei">Zweiter Teil</h2>');
		expect(html).not.toContain('{#zwei}');
	});

	it('reads a pinned slug inside inline markup', async () => {
		const { sections } = await renderArticle('## **Neuer Titel {#alter-link}**\n\nText.\n');
		expect(sections[0]).toMatchObject({ slug: 'alter-link', title: 'Neuer Titel' });
	});

	it('numbers a sub-heading whose id repeats a section slug, and its anchor follows', async () => {
		const { html } = await renderArticle('## Ziele\n\nText.\n\n## Weiter\n\n### Ziele\n\nMehr.\n');
		expect(html).toContain('<h2 id="ziele">');
		expect(html).toContain('<h3 id="ziele-2">');
		expect(html).toContain('href="#ziele-2"');
	});

	it('knows a section’s position and neighbours', async () => {
		const { sections } = await renderArticle(article);
		const position = sectionPosition(sections, 'zwei');
		expect(position).toMatchObject({ number: 2, total: 3 });
		expect(position.previous?.slug).toBe('erster-teil');
		expect(position.next?.slug).toBe('dritter-teil-groesse-und-mass');
		expect(() => sectionPosition(sections, 'fehlt')).toThrow('fehlt');
	});

	it('splits German sentences and keeps quotes whole', () => {
		expect(splitSentences('Ein Satz. Noch ein Satz mit „Zitat“ darin.')).toEqual(['Ein Satz.', 'Noch ein Satz mit „Zitat“ darin.']);
		expect(splitSentences('„Wir sind bereit. Wir kommen“, sagte Trump. Dann ging er.')).toEqual(['„Wir sind bereit. Wir kommen“, sagte Trump.', 'Dann ging er.']);
	});

	it('does not cut after dates, initials or abbreviations', () => {
		expect(splitSentences('Am 18. August traf George W. Bush z. B. Dr. Müller. Danach nicht.')).toEqual(['Am 18. August traf George W. Bush z. B. Dr. Müller.', 'Danach nicht.']);
	});

	it('takes a section’s first sentence for previews', async () => {
		const { sections } = await renderArticle(article);
		expect(firstSentence(sections[0]!)).toBe('Ein Satz.');
	});
});
