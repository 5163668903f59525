import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { termMatcher, termSlug } from '../../src/lib/glossary.ts';
import { rehypeGlossary } from '../../src/lib/markdown/rehype-glossary.ts';
import { renderArticle } from '../helpers/markdown.ts';

/**
 * The glossary in the text: the forms of each term found as whole words, the
 * longest first (src/lib/glossary.ts), and the first use of each term in a
 * section marked as a link described by its definition
 * (src/lib/markdown/rehype-glossary.ts).
 */
const glossary = [
	{ term: 'Kreml', aliases: ['Kreml', 'Kremls'], definition: 'Amtssitz.' },
	{ term: 'Sicherheitsgarantien', aliases: ['Garantien'], definition: 'Zusagen.' },
	{ term: 'NATO-Generalsekretär', aliases: [], definition: 'Vertreter.' },
];

const found = (entries: Parameters<typeof termMatcher>[0], text: string) => {
	const matcher = termMatcher(entries)!;
	return Array.from(text.matchAll(matcher.pattern), (match) => [match[0], matcher.slugOf.get(match[0])]);
};

describe('finding glossary terms', () => {
	it('finds the terms as whole words only', () => {
		const matcher = termMatcher(glossary)!;
		expect(Array.from('Der Kreml und die Garantien'.matchAll(matcher.pattern), (match) => matcher.slugOf.get(match[0]))).toEqual([
			'kreml',
			'sicherheitsgarantien',
		]);
		expect('Kremlin'.match(matcher.pattern)).toBeNull();
	});

	it('has nothing to find without terms, or with blank ones only', () => {
		expect(termMatcher([])).toBeUndefined();
		expect(termMatcher([{ term: ' ', aliases: ['  '] }])).toBeUndefined();
	});

	it('takes the term as the only form of an entry without aliases', () => {
		expect([...termMatcher([{ term: 'Kreml' }])!.slugOf]).toEqual([['Kreml', 'kreml']]);
	});

	it('finds the longest form first', () => {
		const entries = [{ term: 'Gipfel' }, { term: 'Gipfel von Anchorage' }];
		expect(found(entries, 'Der Gipfel von Anchorage war ein Gipfel.')).toEqual([
			['Gipfel von Anchorage', 'gipfel-von-anchorage'],
			['Gipfel', 'gipfel'],
		]);
	});

	it('finds forms trimmed, each pointing to its term’s slug', () => {
		expect(found([{ term: ' Kreml ', aliases: [' Kremls'] }], 'Des Kremls Sprecher, der Kreml.')).toEqual([
			['Kremls', 'kreml'],
			['Kreml', 'kreml'],
		]);
		expect(termSlug('Ölpreis & Gas')).toBe('oelpreis-und-gas');
	});

	it('does not find a term inside a hyphenated word or next to a digit', () => {
		expect(found([{ term: 'Kreml' }], 'Anti-Kreml, Kreml-Sprecher, 2Kreml, Kreml2')).toEqual([]);
	});
});

describe('marking glossary terms in the article body', () => {
	const kremlAndNato = [
		{ term: 'Kreml', aliases: ['Kreml'], definition: 'Amtssitz.' },
		{ term: 'NATO', aliases: ['NATO'], definition: 'Bündnis.' },
	];
	const link = (section: string, slug: string, text: string) =>
		`<a class="glossary-term" href="/glossar/#${slug}" data-term="${slug}" aria-describedby="lb-def-${section}--${slug}">${text}</a>`;

	it('marks the first use of each term once per section, as a link described by its definition', async () => {
		const markdown =
			'## Kreml bestätigt\n\nDer Berater des Kremls sprach. Der Kreml schwieg. Garantien und Sicherheitsgarantien.\n\n## Zweiter\n\nWieder der Kreml, kein NATO-Generalsekretär-Stellvertreter, aber NATO-Generalsekretär Rutte.\n';
		const { sections } = await renderArticle(markdown, 'a.md', { glossary });
		expect(sections.map((section) => section.terms)).toEqual([
			['kreml', 'sicherheitsgarantien'],
			['kreml', 'nato-generalsekretaer'],
		]);
		expect(sections[0]!.bodyHtml).toContain(
			'des <a class="glossary-term" href="/glossar/#kreml" data-term="kreml" aria-describedby="lb-def-kreml-bestaetigt--kreml">Kremls</a> sprach. Der Kreml schwieg.',
		);
		expect(sections[0]!.bodyHtml).toContain(
			'<a class="glossary-term" href="/glossar/#sicherheitsgarantien" data-term="sicherheitsgarantien" aria-describedby="lb-def-kreml-bestaetigt--sicherheitsgarantien">Garantien</a> und Sicherheitsgarantien.',
		);
		expect(sections[0]!.headingHtml).not.toContain('glossary-term');
		expect(sections[1]!.bodyHtml).toContain('kein NATO-Generalsekretär-Stellvertreter, aber <a class="glossary-term"');
	});

	it('leaves the text untouched where the article has no glossary', async () => {
		const { sections } = await renderArticle('## Eins\n\nDer Kreml.\n', 'a.md');
		expect(sections[0]!.terms).toEqual([]);
		expect(sections[0]!.bodyHtml).toBe('<p>Der Kreml.</p>');
	});

	it('marks several terms in one text, each once per section', async () => {
		const { sections } = await renderArticle('## Eins\n\nKreml und NATO, dann wieder Kreml und NATO.\n', 'a.md', {
			glossary: kremlAndNato,
		});
		expect(sections[0]!.bodyHtml).toBe(
			`<p>${link('eins', 'kreml', 'Kreml')} und ${link('eins', 'nato', 'NATO')}, dann wieder Kreml und NATO.</p>`,
		);
		expect(sections[0]!.terms).toEqual(['kreml', 'nato']);
	});

	it('marks the first use after emphasis, in a list item and in a table cell', async () => {
		const markdown = '## Eins\n\n*Vorweg* der Kreml.\n\n## Zwei\n\n- Punkt mit NATO\n\n| Wer |\n| --- |\n| Kreml |\n';
		const { sections } = await renderArticle(markdown, 'a.md', { glossary: kremlAndNato });
		expect(sections[0]!.bodyHtml).toBe(`<p><em>Vorweg</em> der ${link('eins', 'kreml', 'Kreml')}.</p>`);
		expect(sections[1]!.terms).toEqual(['nato', 'kreml']);
		expect(sections[1]!.bodyHtml).toContain(`<li>Punkt mit ${link('zwei', 'nato', 'NATO')}</li>`);
		expect(sections[1]!.bodyHtml).toContain(`<td>${link('zwei', 'kreml', 'Kreml')}</td>`);
	});

	it('marks a term in a text that follows two elements (after a line break in bold text)', async () => {
		// The text node after <strong> and <br> is the paragraph's third child: marking it must not revisit the first two.
		const { sections } = await renderArticle('## Eins\n\n**Neu:**<br>Der Kreml schwieg.\n', 'a.md', { glossary: kremlAndNato });
		expect(sections[0]!.bodyHtml).toBe(`<p><strong>Neu:</strong><br>Der ${link('eins', 'kreml', 'Kreml')} schwieg.</p>`);
	});

	it('passes over a comment inside a paragraph', async () => {
		const { sections } = await renderArticle('## Eins\n\nVorher <!-- Notiz --> der Kreml.\n', 'a.md', { glossary: kremlAndNato });
		expect(sections[0]!.bodyHtml).toBe(`<p>Vorher <!-- Notiz --> der ${link('eins', 'kreml', 'Kreml')}.</p>`);
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
		const { sections } = await renderArticle(markdown, 'a.md', { glossary: kremlAndNato });
		expect(sections[0]!.terms).toEqual(['kreml']);
		expect(sections[0]!.bodyHtml).toContain(`<p>Erst hier: ${link('eins', 'kreml', 'Kreml')}.</p>`);
		expect(sections[0]!.bodyHtml.match(/glossary-term/g)).toHaveLength(1);
	});

	it('does not mark a term in preformatted text written as HTML', async () => {
		const { sections } = await renderArticle('## Eins\n\n<pre>Der Kreml</pre>\n\nText.\n', 'a.md', { glossary: kremlAndNato });
		expect(sections[0]!.terms).toEqual([]);
		expect(sections[0]!.bodyHtml).toContain('<pre>Der Kreml</pre>');
	});

	it('does not mark a term in a sub-heading inside a quote, but marks it in the text after', async () => {
		const { sections } = await renderArticle('## Eins\n\n> ## Der Kreml\n>\n> Der Kreml schwieg.\n', 'a.md', { glossary: kremlAndNato });
		expect(sections[0]!.bodyHtml).not.toMatch(/<h2[^>]*>[^<]*<a class="glossary-term"/);
		expect(sections[0]!.bodyHtml).toContain(`<p>Der ${link('eins', 'kreml', 'Kreml')} schwieg.</p>`);
	});
});

describe('the glossary step on its own (rehypeGlossary)', () => {
	const element = (tagName: string, children: ElementContent[], properties: Properties = {}): Element => ({
		type: 'element',
		tagName,
		properties,
		children,
	});
	const text = (value: string): ElementContent => ({ type: 'text', value });

	it('leaves terms alone in a # heading, a script and a style, whatever reaches it, and marks the next use', () => {
		// The allowlist refuses these in an article; the step skips them by itself too.
		const tree: Root = {
			type: 'root',
			children: [
				element('h2', [text('Eins')], { id: 'eins' }),
				element('h1', [text('Kreml')]),
				element('script', [text('Kreml')]),
				element('p', [element('style', [text('Kreml')]), element('script', [text('Kreml')]), text('Der Kreml schwieg.')]),
			],
		};
		rehypeGlossary({
			entries: [{ term: 'Kreml' }],
			href: (slug) => `/glossar/#${slug}`,
			definitionId: (section, slug) => `${section}--${slug}`,
		})(tree);
		expect(toHtml(tree)).toBe(
			'<h2 id="eins">Eins</h2><h1>Kreml</h1><script>Kreml</script><p><style>Kreml</style><script>Kreml</script>Der <a class="glossary-term" href="/glossar/#kreml" data-term="kreml" aria-describedby="eins--kreml">Kreml</a> schwieg.</p>',
		);
	});
});
