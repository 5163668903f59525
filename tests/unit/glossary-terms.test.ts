import { describe, expect, it } from 'vitest';
import { termMatcher, termSlug } from '../../src/lib/glossary.ts';
import { renderArticle } from '../helpers/markdown.ts';

const found = (entries: Parameters<typeof termMatcher>[0], text: string) => {
	const matcher = termMatcher(entries)!;
	return Array.from(text.matchAll(matcher.pattern), (match) => [match[0], matcher.slugOf.get(match[0])]);
};

describe('finding glossary terms', () => {
	it('has nothing to find without terms, or with blank ones only', () => {
		expect(termMatcher([])).toBeUndefined();
		expect(termMatcher([{ term: ' ', aliases: ['  '], definition: 'Leer.' }])).toBeUndefined();
	});

	it('finds the longest form first', () => {
		const entries = [
			{ term: 'Gipfel', definition: 'Treffen.' },
			{ term: 'Gipfel von Anchorage', definition: 'Das Treffen in Alaska.' },
		];
		expect(found(entries, 'Der Gipfel von Anchorage war ein Gipfel.')).toEqual([
			['Gipfel von Anchorage', 'gipfel-von-anchorage'],
			['Gipfel', 'gipfel'],
		]);
	});

	it('finds forms trimmed, each pointing to its term’s slug', () => {
		expect(found([{ term: ' Kreml ', aliases: [' Kremls'], definition: 'Amtssitz.' }], 'Des Kremls Sprecher, der Kreml.')).toEqual([
			['Kremls', 'kreml'],
			['Kreml', 'kreml'],
		]);
		expect(termSlug('Ölpreis & Gas')).toBe('oelpreis-und-gas');
	});

	it('does not find a term inside a hyphenated word or next to a digit', () => {
		expect(found([{ term: 'Kreml', definition: 'Amtssitz.' }], 'Anti-Kreml, Kreml-Sprecher, 2Kreml, Kreml2')).toEqual([]);
	});
});

describe('marking glossary terms in the article body', () => {
	const glossary = [
		{ term: 'Kreml', aliases: ['Kreml'], definition: 'Amtssitz.' },
		{ term: 'NATO', aliases: ['NATO'], definition: 'Bündnis.' },
	];
	const link = (section: string, slug: string, text: string) =>
		`<a class="glossary-term" href="/glossar/#${slug}" data-term="${slug}" aria-describedby="lb-def-${section}--${slug}">${text}</a>`;

	it('marks several terms in one text, each once per section', async () => {
		const { sections } = await renderArticle('## Eins\n\nKreml und NATO, dann wieder Kreml und NATO.\n', 'a.md', { glossary });
		expect(sections[0]!.bodyHtml).toBe(`<p>${link('eins', 'kreml', 'Kreml')} und ${link('eins', 'nato', 'NATO')}, dann wieder Kreml und NATO.</p>`);
		expect(sections[0]!.terms).toEqual(['kreml', 'nato']);
	});

	it('marks the first use after emphasis, in a list item and in a table cell', async () => {
		const markdown = '## Eins\n\n*Vorweg* der Kreml.\n\n## Zwei\n\n- Punkt mit NATO\n\n| Wer |\n| --- |\n| Kreml |\n';
		const { sections } = await renderArticle(markdown, 'a.md', { glossary });
		expect(sections[0]!.bodyHtml).toBe(`<p><em>Vorweg</em> der ${link('eins', 'kreml', 'Kreml')}.</p>`);
		expect(sections[1]!.terms).toEqual(['nato', 'kreml']);
		expect(sections[1]!.bodyHtml).toContain(`<li>Punkt mit ${link('zwei', 'nato', 'NATO')}</li>`);
		expect(sections[1]!.bodyHtml).toContain(`<td>${link('zwei', 'kreml', 'Kreml')}</td>`);
	});

	it('leaves terms alone in links, code, preformatted text and sub-headings, and marks the next use', async () => {
		const markdown = [
			'## Eins',
			'',
			'[Kreml](https://example.org/) und `Kreml`.',
			'',
			'```',
			'Kreml',
			'```',
			'',
			'### Kreml',
			'',
			'#### Kreml',
			'',
			'##### Kreml',
			'',
			'###### Kreml',
			'',
			'Erst hier: Kreml.',
			'',
		].join('\n');
		const { sections } = await renderArticle(markdown, 'a.md', { glossary });
		expect(sections[0]!.terms).toEqual(['kreml']);
		expect(sections[0]!.bodyHtml).toContain(`<p>Erst hier: ${link('eins', 'kreml', 'Kreml')}.</p>`);
		expect(sections[0]!.bodyHtml.match(/glossary-term/g)).toHaveLength(1);
	});
});
