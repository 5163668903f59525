import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../src/lib/content/model.ts';
import { testContent } from '../helpers/content.ts';
import { namedIn as expected } from '../fixtures/mentions-table.ts';

/** The frozen copy of the summit article in the suite's own content (tests/fixtures/site/articles/gipfeltreffen.md). */
async function summit(): Promise<ArticleModel> {
	const article = (await testContent()).articles.find((candidate) => candidate.slug === 'gipfeltreffen');
	if (!article) throw new Error('tests/fixtures/site/articles/gipfeltreffen.md fehlt im Testinhalt.');
	return article;
}

describe('mentions in the summit article', () => {
	it('casts all thirteen people of the table', async () => {
		expect((await summit()).cast.map((member) => member.id).sort()).toEqual(Object.keys(expected).sort());
	});

	it.each(Object.entries(expected))('%s is named in exactly the sections of the table', async (id, sections) => {
		const article = await summit();
		const naming = article.sections.filter((section) => section.mentions.people.some((person) => person.id === id));
		expect(naming.map((section) => section.slug)).toEqual(sections);
		// The sidebar's count is the same number of sections.
		expect(article.cast.find((member) => member.id === id)?.sections).toBe(sections.length);
	});

	it('attributes the three direct quotes: two by Trump, one by Selenskyj', async () => {
		const quotes = (await summit()).sections.flatMap((section) => section.mentions.quotes.map((quote) => ({ section: section.slug, id: quote.id, start: quote.text.slice(0, 30) })));
		expect(quotes).toEqual([
			{ section: 'usa-wollen-europaeische-sicherheitsgarantien-unterstuetzen', id: 'donald-trump', start: 'Wir haben Sicherheitsgarantien' },
			{ section: 'trump-telefoniert-mit-putin-um-prozess-in-gang-zu-setzen', id: 'donald-trump', start: 'Nach den Gesprächen rief ich P' },
			{ section: 'selenskyj-offen-fuer-treffen-mit-putin-ohne-vorbedingungen', id: 'wolodymyr-selenskyj', start: 'Wir sind auf ein bilaterales T' },
		]);
	});
});
