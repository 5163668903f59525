import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/lib/content/derived.ts';
import { firstSentence, splitSentences } from '../../src/lib/sections.ts';
import { testContent } from '../helpers/content.ts';
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

	it('knows a section’s neighbours, none before the first and none after the last', async () => {
		const article = (await testContent()).articles.find((candidate) => candidate.slug === 'kanzlerwahl')!;
		const slugs = (found: ReturnType<typeof neighbours>) => [found.previous?.slug, found.next?.slug];
		// kanzlerwahl.md has four ## sections, in this order (the ### sub-headings are not sections).
		expect(article.sections.map((section) => [section.number, section.slug])).toEqual([
			[1, 'die-wahl-am-6-mai-2025'],
			[2, 'was-das-grundgesetz-vorschreibt'],
			[3, 'zwei-wahlgaenge-an-einem-tag'],
			[4, 'ernennung-und-vereidigung'],
		]);
		const [first, second, third, fourth] = article.sections;
		expect(slugs(neighbours(article, first!))).toEqual([undefined, 'was-das-grundgesetz-vorschreibt']);
		expect(slugs(neighbours(article, second!))).toEqual(['die-wahl-am-6-mai-2025', 'zwei-wahlgaenge-an-einem-tag']);
		expect(slugs(neighbours(article, third!))).toEqual(['was-das-grundgesetz-vorschreibt', 'ernennung-und-vereidigung']);
		expect(slugs(neighbours(article, fourth!))).toEqual(['zwei-wahlgaenge-an-einem-tag', undefined]);
	});

	it('gives the only section of an article no neighbours', async () => {
		const article = (await testContent()).articles.find((candidate) => candidate.slug === 'kurzmeldung')!;
		expect(article.sections).toHaveLength(1);
		expect(neighbours(article, article.sections[0]!)).toEqual({ previous: undefined, next: undefined });
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
