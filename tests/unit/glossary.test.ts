import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../src/lib/glossary.ts';
import { renderArticle } from '../helpers/markdown.ts';

const glossary = [
	{ term: 'Kreml', aliases: ['Kreml', 'Kremls'], definition: 'Amtssitz.' },
	{ term: 'Sicherheitsgarantien', aliases: ['Garantien'], definition: 'Zusagen.' },
	{ term: 'NATO-Generalsekretär', aliases: [], definition: 'Vertreter.' },
];

describe('glossary terms in the text', () => {
	it('marks the first use of each term once per section, as a link described by its definition', async () => {
		const markdown = '## Kreml bestätigt\n\nDer Berater des Kremls sprach. Der Kreml schwieg. Garantien und Sicherheitsgarantien.\n\n## Zweiter\n\nWieder der Kreml, kein NATO-Generalsekretär-Stellvertreter, aber NATO-Generalsekretär Rutte.\n';
		const { sections } = await renderArticle(markdown, 'a.md', { glossary });
		expect(sections.map((section) => section.terms)).toEqual([['kreml', 'sicherheitsgarantien'], ['kreml', 'nato-generalsekretaer']]);
		expect(sections[0]!.bodyHtml).toContain('des <a class="glossary-term" href="/glossar/#kreml" data-term="kreml" aria-describedby="lb-def-kreml-bestaetigt--kreml">Kremls</a> sprach. Der Kreml schwieg.');
		expect(sections[0]!.bodyHtml).toContain('<a class="glossary-term" href="/glossar/#sicherheitsgarantien" data-term="sicherheitsgarantien" aria-describedby="lb-def-kreml-bestaetigt--sicherheitsgarantien">Garantien</a> und Sicherheitsgarantien.');
		expect(sections[0]!.headingHtml).not.toContain('glossary-term');
		expect(sections[1]!.bodyHtml).toContain('kein NATO-Generalsekretär-Stellvertreter, aber <a class="glossary-term"');
	});

	it('leaves the text untouched where the article has no glossary', async () => {
		const { sections } = await renderArticle('## Eins\n\nDer Kreml.\n', 'a.md');
		expect(sections[0]!.terms).toEqual([]);
		expect(sections[0]!.bodyHtml).toBe('<p>Der Kreml.</p>');
	});

	it('finds the terms as whole words only', () => {
		const matcher = termMatcher(glossary)!;
		expect(Array.from('Der Kreml und die Garantien'.matchAll(matcher.pattern), (match) => matcher.slugOf.get(match[0]))).toEqual(['kreml', 'sicherheitsgarantien']);
		expect('Kremlin'.match(matcher.pattern)).toBeNull();
	});
});
