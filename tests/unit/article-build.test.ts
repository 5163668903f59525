import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/lib/content/article.ts';
import type { PersonFile } from '../../src/lib/content/schema.ts';

/** One article through buildArticle, with a word list that splits nothing and labels written out here. */
const people = new Map<string, PersonFile>([
	['wolodymyr-selenskyj', { name: 'Wolodymyr Selenskyj', role: 'Präsident', organisation: 'Ukraine', aliases: ['Selenskyj', 'Zelensky', 'Volodymyr Zelensky'] }],
	['donald-trump', { name: 'Donald Trump', role: 'Präsident', organisation: 'USA', aliases: ['Trump'] }],
	['trump-double', { name: 'Trump', role: 'Doppelgänger', organisation: 'USA', aliases: [] }],
]);

const build = (frontmatter: string[], body: string) =>
	buildArticle({
		slug: 'test',
		file: 'content/articles/test.md',
		source: ['---', 'title: "Titel"', 'description: "Vorspann."', 'source:', '  statement: "Quelle."', ...frontmatter, '---', '', body].join('\n'),
		people,
		lexicon: { isWord: () => false, isNoun: () => false },
		labels: {
			anchorLink: 'Link',
			tableLabel: () => 'Tabelle',
			defaultGroup: 'Erwähnt',
			glossaryHref: (slug) => `/glossar/#${slug}`,
			definitionId: (section, term) => `def-${section}--${term}`,
		},
	});

async function failure(frontmatter: string[], body = '## Eins\n\nText.\n'): Promise<string> {
	try {
		await build(frontmatter, body);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('Erwartet war ein Inhaltsfehler.');
}

describe('search terms for the people a section names', () => {
	const cast = ['participants:', '  - id: wolodymyr-selenskyj'];

	it('points other spellings to the words the section uses: single words to the name’s last word, longer forms word by word', async () => {
		const article = await build(cast, '## Eins\n\nWolodymyr Selenskyj sprach.\n');
		// „Zelensky“ → „Selenskyj“; „Volodymyr Zelensky“ word by word onto „Wolodymyr Selenskyj“ („zelensky“ is already there).
		expect(article.sections[0]!.searchTerms).toEqual(['zelensky→Selenskyj', 'volodymyr→Wolodymyr']);
	});

	it('points every other spelling to the form of the first mention, when that is a single word', async () => {
		const article = await build(cast, '## Eins\n\nDann sprach Selenskyj. Später sprach Wolodymyr Selenskyj.\n');
		// The first mention is „Selenskyj“: „Volodymyr Zelensky“ points to it word by word (volodymyr→Selenskyj, and
		// „zelensky“ is already there); „Wolodymyr“ stands in the text, so it needs no term.
		expect(article.sections[0]!.searchTerms).toEqual(['zelensky→Selenskyj', 'volodymyr→Selenskyj']);
	});

	it('adds nothing for people a section does not name', async () => {
		const article = await build(cast, '## Eins\n\nNiemand sprach.\n');
		expect(article.sections[0]!.searchTerms).toEqual([]);
	});
});

describe('the model of an article', () => {
	it('numbers sections, summarises them and counts in how many sections each person is named', async () => {
		const article = await build(
			['participants:', '  - id: wolodymyr-selenskyj', '    group: "Gast"', '  - id: donald-trump', '    group: "Gastgeber"'],
			'## Eins\n\nTrump sprach. Dann mehr.\n\n## Zwei\n\nTrump und Selenskyj.\n\n## Drei\n\nTrump.\n',
		);
		expect(article.sections.map((section) => [section.number, section.summary])).toEqual([
			[1, 'Trump sprach.'],
			[2, 'Trump und Selenskyj.'],
			[3, 'Trump.'],
		]);
		expect(article.cast.map((member) => [member.id, member.group, member.sections])).toEqual([
			['wolodymyr-selenskyj', 'Gast', 1],
			['donald-trump', 'Gastgeber', 3],
		]);
		expect(article.groups).toEqual([
			{ id: 'gast', label: 'Gast', members: ['wolodymyr-selenskyj'] },
			{ id: 'gastgeber', label: 'Gastgeber', members: ['donald-trump'] },
		]);
	});

	it('keeps the front matter’s fields as written', async () => {
		const article = await build(
			[
				'event:',
				'  date: 2025-08-18',
				'  place: Washington',
				'editorialNotes: ["Gekürzt."]',
				'translations:',
				'  - original: "peace"',
				'    lang: en',
				'    translation: "Frieden"',
				'glossary:',
				'  - term: Kreml',
				'    aliases: [Kreml, Kremls]',
				'    definition: "Amtssitz."',
				'    source: "https://example.org/kreml"',
			],
			'## Eins\n\nDer Kreml.\n',
		);
		expect(article).toMatchObject({
			slug: 'test',
			file: 'content/articles/test.md',
			title: 'Titel',
			description: 'Vorspann.',
			event: { date: '2025-08-18', place: 'Washington' },
			source: { statement: 'Quelle.' },
			editorialNotes: ['Gekürzt.'],
			translations: [{ original: 'peace', lang: 'en', translation: 'Frieden' }],
			keyPoints: [],
			timeline: [],
			glossary: [{ slug: 'kreml', term: 'Kreml', aliases: ['Kreml', 'Kremls'], definition: 'Amtssitz.', source: 'https://example.org/kreml' }],
		});
		expect(article.sections[0]!.terms).toEqual(['kreml']);
	});
});

describe('refusing what the model cannot hold', () => {
	it('a name form that two cast people share, at the participants line', async () => {
		// Lines 1–5 are the fixed front matter; „participants:“ is line 6.
		expect(await failure(['participants:', '  - id: donald-trump', '  - id: trump-double'])).toBe(
			'content/articles/test.md:6: participants: Die Namensform „Trump“ gehört zu zwei Personen: donald-trump und trump-double.',
		);
	});

	it('a glossary term that gives no anchor', async () => {
		expect(await failure(['glossary:', '  - term: "!!!"', '    definition: "Nichts."'])).toBe('content/articles/test.md:7: glossary[0].term: Der Begriff „!!!“ ergibt keinen Anker.');
	});

	it('a glossary form shared by two terms, also when it is the other term itself', async () => {
		expect(await failure(['glossary:', '  - term: Gipfel', '    definition: "Treffen."', '  - term: Treffen', '    aliases: [Gipfel]', '    definition: "Gipfel."'])).toBe(
			'content/articles/test.md:10: glossary[1].aliases: Die Form „Gipfel“ gehört schon zum Begriff „Gipfel“.',
		);
	});

	it('a key point naming a section that does not exist, listing the sections', async () => {
		const points = ['keyPoints:', ...['eins', 'zwei', 'drei'].flatMap((section) => ['  - text: "Punkt."', `    section: ${section}`])];
		expect(await failure(points, '## Eins\n\nA.\n\n## Zwei\n\nB.\n')).toBe('content/articles/test.md:12: keyPoints[2].section: Den Abschnitt „drei“ gibt es nicht. Abschnitte: eins, zwei.');
	});
});
