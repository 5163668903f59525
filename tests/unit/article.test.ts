import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/lib/content/article.ts';
import type { ArticleModel } from '../../src/lib/content/model.ts';
import type { PersonFile } from '../../src/lib/content/schema.ts';
import { contentOptions } from '../../src/loaders/content-options.ts';
import { namedIn as expected } from '../fixtures/mentions-table.ts';
import { loadFolder, testContent } from '../helpers/content.ts';
import { projectRoot } from '../helpers/paths.ts';

/**
 * The model of an article (src/lib/content/article.ts, buildArticle): built
 * directly from a file written here, through the folder load as the site
 * loads it, and for the summit article of the test content. Line numbers in
 * messages are counted by hand from the files the helpers write.
 */

/** One article through buildArticle, with a word list that splits nothing and labels written out here: `build`, and `failure` for the message it stops with. */
const personFiles = new Map<string, PersonFile>([
	[
		'wolodymyr-selenskyj',
		{ name: 'Wolodymyr Selenskyj', role: 'Präsident', organisation: 'Ukraine', aliases: ['Selenskyj', 'Zelensky', 'Volodymyr Zelensky'] },
	],
	['donald-trump', { name: 'Donald Trump', role: 'Präsident', organisation: 'USA', aliases: ['Trump'] }],
	['trump-double', { name: 'Trump', role: 'Doppelgänger', organisation: 'USA', aliases: [] }],
]);

const build = (frontmatter: string[], body: string) =>
	buildArticle({
		slug: 'test',
		file: 'content/articles/test.md',
		// `published` after the given lines: theirs keep their numbers (the body's move down by one).
		source: [
			'---',
			'title: "Titel"',
			'description: "Vorspann."',
			'source:',
			'  statement: "Quelle."',
			...frontmatter,
			'published: 2026-11-25T09:29+01:00',
			'---',
			'',
			body,
		].join('\n'),
		people: personFiles,
		lexicon: { isWord: () => false, isNoun: () => false },
		labels: {
			anchorLink: 'Link',
			tableLabel: () => 'Tabelle',
			defaultGroup: 'Erwähnt',
			glossaryHref: (slug) => `/glossar/#${slug}`,
			personHref: (id) => `/personen/${id}/`,
			sourceMarker: 'Quelle',
			changeMarker: (kind) => `geändert (${kind})`,
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

/** The same through the folder load (loadFolder): people of the inline fixtures, one file each in `participants/`. */
const personYaml: Record<string, string> = {
	'erika-muster': 'name: Erika Muster\nrole: Klägerin\norganisation: Testland\naliases: [Erika]\n',
	'max-muster': 'name: Max Muster\nrole: Zeuge\norganisation: Testland\naliases: [Max]\n',
	'anna-beispiel': 'name: Anna Beispiel\nrole: Richterin\norganisation: Testgericht\n',
	'otto-normal': 'name: Otto Normal\nrole: Beisitzer\norganisation: Testgericht\n',
};

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A content folder in the temp dir with the given articles (name → Markdown) and the people above. */
function contentFolder(articles: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'lagebild-model-'));
	folders.push(dir);
	mkdirSync(join(dir, 'articles'));
	mkdirSync(join(dir, 'participants'));
	for (const [name, markdown] of Object.entries(articles)) writeFileSync(join(dir, 'articles', name), markdown);
	for (const [id, yaml] of Object.entries(personYaml)) writeFileSync(join(dir, 'participants', `${id}.yaml`), yaml);
	return dir;
}

/**
 * An article file: lines 1–5 are the required front matter, `frontmatter`
 * starts on line 6, the body follows the closing `---`.
 */
function articleFile(frontmatter: string[], body = defaultBody): string {
	return [
		'---',
		'title: "Testartikel"',
		'description: "Ein Vorspann."',
		'source:',
		'  statement: "Testquelle."',
		...frontmatter,
		'published: 2026-11-25T09:29+01:00',
		'---',
		'',
		body,
	].join('\n');
}
const defaultBody = '## Eins\n\nErika Muster sagt etwas. Max Muster schweigt.\n\n## Zwei\n\nAnna Beispiel antwortet Erika.\n';

async function loadOne(markdown: string): Promise<ArticleModel> {
	const { articles } = await loadFolder(contentFolder({ 'test.md': markdown }));
	return articles[0]!;
}

/** The message the load stops with, for an article `test.md`; `file` is how messages name it. */
async function loadFailure(markdown: string): Promise<{ message: string; file: string }> {
	const dir = contentFolder({ 'test.md': markdown });
	const file = relative(projectRoot, join(dir, 'articles', 'test.md'));
	try {
		await loadFolder(dir);
	} catch (error) {
		return { message: (error as Error).message, file };
	}
	throw new Error('Erwartet war ein Inhaltsfehler, aber der Artikel wurde geladen.');
}

/** The frozen copy of the summit article in the suite's own content (tests/fixtures/site/articles/gipfeltreffen.md). */
async function summit(): Promise<ArticleModel> {
	const article = (await testContent()).articles.find((candidate) => candidate.slug === 'gipfeltreffen');
	if (!article) throw new Error('tests/fixtures/site/articles/gipfeltreffen.md fehlt im Testinhalt.');
	return article;
}

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
		expect(article.participants.map((participant) => [participant.id, participant.group, participant.sections])).toEqual([
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
			glossary: [
				{ slug: 'kreml', term: 'Kreml', aliases: ['Kreml', 'Kremls'], definition: 'Amtssitz.', source: 'https://example.org/kreml' },
			],
		});
		expect(article.sections[0]!.terms).toEqual(['kreml']);
	});
});

describe('the participants and their groups', () => {
	it('keeps groups in the order of their first use; people without a group are „Erwähnt“', async () => {
		const article = await loadOne(
			articleFile([
				'participants:',
				'  - id: anna-beispiel',
				'    group: "Gericht"',
				'  - id: max-muster',
				'  - id: erika-muster',
				'    group: "Klägerin"',
				'  - id: otto-normal',
				'    group: "Gericht"',
			]),
		);
		expect(article.groups).toEqual([
			{ id: 'gericht', label: 'Gericht', members: ['anna-beispiel', 'otto-normal'] },
			{ id: 'erwaehnt', label: 'Erwähnt', members: ['max-muster'] },
			{ id: 'klaegerin', label: 'Klägerin', members: ['erika-muster'] },
		]);
		// The participants keep the front matter's order, with each person's file and the sections that name them:
		// Erika in both sections (as „Erika“ in the second), Max and Anna in one each, Otto in none.
		expect(article.participants).toEqual([
			{ id: 'anna-beispiel', group: 'Gericht', name: 'Anna Beispiel', role: 'Richterin', organisation: 'Testgericht', sections: 1 },
			{ id: 'max-muster', group: 'Erwähnt', name: 'Max Muster', role: 'Zeuge', organisation: 'Testland', sections: 1 },
			{ id: 'erika-muster', group: 'Klägerin', name: 'Erika Muster', role: 'Klägerin', organisation: 'Testland', sections: 2 },
			{ id: 'otto-normal', group: 'Gericht', name: 'Otto Normal', role: 'Beisitzer', organisation: 'Testgericht', sections: 0 },
		]);
	});

	it('gives an article without participants an empty list of them', async () => {
		const article = await loadOne(articleFile([]));
		expect([article.participants, article.groups]).toEqual([[], []]);
	});

	it('gives a group labelled „Hier“ the id „hier-gruppe“ (the id „hier“ belongs to the sidebar’s own list)', async () => {
		const article = await loadOne(
			articleFile(
				['participants:', '  - id: anna-beispiel', '    group: "Hier"', '  - id: erika-muster'],
				'## Eins\n\nAnna Beispiel antwortet Erika.\n',
			),
		);
		expect(article.groups[0]).toEqual({ id: 'hier-gruppe', label: 'Hier', members: ['anna-beispiel'] });
	});
});

describe('the event', () => {
	it('is undefined for an article without `event`', async () => {
		const article = await loadOne(articleFile([]));
		expect(article.event).toBeUndefined();
	});

	it('is date and place as written', async () => {
		const article = await loadOne(articleFile(['event:', '  date: 2025-05-06', '  place: "Berlin"']));
		expect(article.event).toEqual({ date: '2025-05-06', place: 'Berlin' });
	});

	it('puts articles without an event after those with one, newest first', async () => {
		const { articles } = await loadFolder(
			contentFolder({
				'a-ohne.md': articleFile([]),
				'b-alt.md': articleFile(['event:', '  date: 2024-12-31', '  place: "Berlin"']),
				'c-neu.md': articleFile(['event:', '  date: 2025-01-01', '  place: "Berlin"']),
			}),
		);
		expect(articles.map((article) => article.slug)).toEqual(['c-neu', 'b-alt', 'a-ohne']);
	});
});

describe('sections of the model', () => {
	const body = [
		'## Erster Teil',
		'',
		'Am 18. August traf Erika Muster z. B. Max Muster. Danach sprach niemand.',
		'',
		'## Zweiter Teil',
		'',
		'- Ein Punkt. Noch ein Satz.',
		'- Zweiter Punkt.',
		'',
		'## Dritter Teil',
		'',
		'Ohne Punkt am Ende',
	].join('\n');

	it('are numbered from 1 in the order of the text', async () => {
		const article = await loadOne(articleFile([], body));
		expect(article.sections.map((section) => [section.number, section.slug])).toEqual([
			[1, 'erster-teil'],
			[2, 'zweiter-teil'],
			[3, 'dritter-teil'],
		]);
	});

	it('are summarised by their first sentence', async () => {
		const article = await loadOne(articleFile([], body));
		expect(article.sections.map((section) => section.summary)).toEqual([
			// „18.“ and „z. B.“ do not end the sentence; „Max Muster.“ does.
			'Am 18. August traf Erika Muster z. B. Max Muster.',
			// A list: its first item, and of that the first sentence.
			'Ein Punkt.',
			// No full stop: the whole block.
			'Ohne Punkt am Ende',
		]);
	});

	it('name a table’s scroll region after its caption, or just „Tabelle“', async () => {
		const tables = [
			'## Ergebnisse',
			'',
			'<table>',
			'<caption>Stimmen im ersten Wahlgang</caption>',
			'<tr><th scope="col">Ja</th><th scope="col">Nein</th></tr>',
			'<tr><td>310</td><td>307</td></tr>',
			'</table>',
			'',
			'| Wahlgang | Ja |',
			'| --- | ---: |',
			'| Zweiter | 325 |',
		].join('\n');
		const [section] = (await loadOne(articleFile([], tables))).sections;
		const regions = [
			...section!.bodyHtml.matchAll(/<div class="table-scroll" role="region" tabindex="0" aria-label="([^"]*)">\s*<table>/g),
		].map((match) => match[1]);
		expect(regions).toEqual(['Tabelle: Stimmen im ersten Wahlgang', 'Tabelle']);
		// The column alignment became a class (no `align` attribute under the CSP).
		expect(section!.bodyHtml).toContain('<td class="align-right">325</td>');
	});
});

describe('search terms for the people a section names', () => {
	const participants = ['participants:', '  - id: wolodymyr-selenskyj'];

	it('points other spellings to the words the section uses: single words to the name’s last word, longer forms word by word', async () => {
		const article = await build(participants, '## Eins\n\nWolodymyr Selenskyj sprach.\n');
		// „Zelensky“ → „Selenskyj“; „Volodymyr Zelensky“ word by word onto „Wolodymyr Selenskyj“ („zelensky“ is already there).
		expect(article.sections[0]!.searchTerms).toEqual(['zelensky→Selenskyj', 'volodymyr→Wolodymyr']);
	});

	it('points every other spelling to the form of the first mention, when that is a single word', async () => {
		const article = await build(participants, '## Eins\n\nDann sprach Selenskyj. Später sprach Wolodymyr Selenskyj.\n');
		// The first mention is „Selenskyj“: „Volodymyr Zelensky“ points to it word by word (volodymyr→Selenskyj, and
		// „zelensky“ is already there); „Wolodymyr“ stands in the text, so it needs no term.
		expect(article.sections[0]!.searchTerms).toEqual(['zelensky→Selenskyj', 'volodymyr→Selenskyj']);
	});

	it('adds nothing for people a section does not name', async () => {
		const article = await build(participants, '## Eins\n\nNiemand sprach.\n');
		expect(article.sections[0]!.searchTerms).toEqual([]);
	});

	it('points the other words of a person’s name at the spelling this person has in the section', async () => {
		// Erika is named as „Erika“ only (after Anna Beispiel, who comes first among the participants and in the sentence):
		// „Muster“, typed, stands for the word „Erika“, not for Anna's „Beispiel“.
		const article = await loadOne(
			articleFile(
				['participants:', '  - id: anna-beispiel', '    group: "Hier"', '  - id: erika-muster'],
				'## Eins\n\nAnna Beispiel antwortet Erika.\n',
			),
		);
		expect(article.sections[0]!.searchTerms).toContain('muster→Erika');
		expect(article.sections[0]!.searchTerms).not.toContain('muster→Beispiel');
	});
});

describe('mentions in the summit article', () => {
	it('lists all thirteen people of the table as participants', async () => {
		expect((await summit()).participants.map((participant) => participant.id).sort()).toEqual(Object.keys(expected).sort());
	});

	it.each(Object.entries(expected))('%s is named in exactly the sections of the table', async (id, sections) => {
		const article = await summit();
		const naming = article.sections.filter((section) => section.mentions.people.some((person) => person.id === id));
		expect(naming.map((section) => section.slug)).toEqual(sections);
		// The sidebar's count is the same number of sections.
		expect(article.participants.find((participant) => participant.id === id)?.sections).toBe(sections.length);
	});

	it('attributes the three direct quotes: two by Trump, one by Selenskyj', async () => {
		const quotes = (await summit()).sections.flatMap((section) =>
			section.mentions.quotes.map((quote) => ({ section: section.slug, id: quote.id, start: quote.text.slice(0, 30) })),
		);
		expect(quotes).toEqual([
			{
				section: 'usa-wollen-europaeische-sicherheitsgarantien-unterstuetzen',
				id: 'donald-trump',
				start: 'Wir haben Sicherheitsgarantien',
			},
			{ section: 'trump-telefoniert-mit-putin-um-prozess-in-gang-zu-setzen', id: 'donald-trump', start: 'Nach den Gesprächen rief ich P' },
			{
				section: 'selenskyj-offen-fuer-treffen-mit-putin-ohne-vorbedingungen',
				id: 'wolodymyr-selenskyj',
				start: 'Wir sind auf ein bilaterales T',
			},
		]);
	});
});

describe('refusing what the model cannot hold', () => {
	it('a name form that two participants share, at the participants line', async () => {
		// Lines 1–5 are the fixed front matter; „participants:“ is line 6.
		expect(await failure(['participants:', '  - id: donald-trump', '  - id: trump-double'])).toBe(
			'content/articles/test.md:6: participants: Die Namensform „Trump“ gehört zu zwei Personen: donald-trump und trump-double.',
		);
	});

	it('a glossary term that gives no anchor', async () => {
		expect(await failure(['glossary:', '  - term: "!!!"', '    definition: "Nichts."'])).toBe(
			'content/articles/test.md:7: glossary[0].term: Der Begriff „!!!“ ergibt keinen Anker.',
		);
	});

	it('a glossary form shared by two terms, also when it is the other term itself', async () => {
		expect(
			await failure([
				'glossary:',
				'  - term: Gipfel',
				'    definition: "Treffen."',
				'  - term: Treffen',
				'    aliases: [Gipfel]',
				'    definition: "Gipfel."',
			]),
		).toBe('content/articles/test.md:10: glossary[1].aliases: Die Form „Gipfel“ gehört schon zum Begriff „Gipfel“.');
	});

	it('a key point that quotes a heading, naming the heading’s line', async () => {
		const points = [
			'keyPoints:',
			...['Punkt eins steht', 'Punkt zwei steht', 'Der zweite Teil'].flatMap((quote) => ['  - text: "Punkt."', `    quote: "${quote}"`]),
		];
		// Lines 6–12 the key points, 13 published, 14 „---“, 15 blank; the body from line 16: „## Der zweite Teil“ on line 20.
		expect(await failure(points, '## Eins\n\nPunkt eins steht hier.\n\n## Der zweite Teil\n\nPunkt zwei steht dort.\n')).toBe(
			'content/articles/test.md:12: keyPoints[2].quote: „Der zweite Teil“ steht in einer Zwischenüberschrift (Zeile 20). Eine Überschrift ist die Rahmung der Quelle, kein Beleg: Zitieren Sie einen Satz des Textes, der die Aussage trägt, oder streichen Sie den Eintrag.',
		);
	});
});

/**
 * Cross-references in the front matter, each refused with the file, the line
 * of the offending value (counted by hand: lines 1–5 are title, description
 * and source, the lines given start at line 6) and the field.
 */
describe('cross-reference errors', () => {
	it('a timeline event naming someone not in participants', async () => {
		const { message, file } = await loadFailure(
			articleFile([
				'participants:', //               6
				'  - id: erika-muster', //        7
				'  - id: max-muster', //          8
				'timeline:', //                   9
				'  - date: 2025-05-06', //        10
				'    text: "Es geschah."', //     11
				'    quote: "Erika Muster sagt etwas"', // 12
				'    participants:', //           13
				'      - erika-muster', //        14
				'      - max-muster', //          15
				'  - date: 2025-05-07', //        16
				'    text: "Dann das."', //       17
				'    quote: "Anna Beispiel antwortet"', // 18
				'    participants:', //           19
				'      - max-muster', //          20
				'      - anna-beispiel', //       21
			]),
		);
		// Anna has a person file, but she is not among this article's participants.
		expect(message).toBe(`${file}:21: timeline[1].participants[1]: „anna-beispiel“ steht nicht in participants dieses Artikels.`);
	});

	it('a participant without a person file', async () => {
		const { message, file } = await loadFailure(
			articleFile([
				'participants:', //               6
				'  - id: erika-muster', //        7
				'    group: "Klägerin"', //       8
				'  - id: erika-musterfrau', //    9
			]),
		);
		expect(message).toBe(
			`${file}:9: participants[1].id: Die Person „erika-musterfrau“ gibt es nicht. Legen Sie participants/erika-musterfrau.yaml an oder korrigieren Sie die Kennung.`,
		);
	});

	it('a participant named twice', async () => {
		const { message, file } = await loadFailure(
			articleFile([
				'participants:', //               6
				'  - id: erika-muster', //        7
				'  - id: max-muster', //          8
				'  - id: erika-muster', //        9
				'    group: "Zeugin"', //         10
			]),
		);
		expect(message).toBe(`${file}:9: participants[2].id: „erika-muster“ steht zweimal in participants.`);
	});

	it('a glossary term given twice', async () => {
		const { message, file } = await loadFailure(
			articleFile([
				'glossary:', //                                 6
				'  - term: Kreml', //                           7
				'    definition: "Amtssitz in Moskau."', //     8
				'  - term: Bundestag', //                       9
				'    definition: "Das Parlament."', //          10
				'  - term: Kreml', //                           11
				'    definition: "Noch einmal."', //            12
			]),
		);
		expect(message).toBe(`${file}:11: glossary[2].term: Den Begriff „Kreml“ gibt es im Glossar dieses Artikels schon.`);
	});

	it('a glossary form shared by two terms', async () => {
		const { message, file } = await loadFailure(
			articleFile([
				'glossary:', //                                              6
				'  - term: Sicherheitsgarantien', //                         7
				'    aliases: [Sicherheitsgarantien, Garantien]', //         8
				'    definition: "Zusagen."', //                             9
				'  - term: Beistandsgarantien', //                           10
				'    aliases: [Beistandsgarantien, Garantien]', //           11
				'    definition: "Andere Zusagen."', //                      12
			]),
		);
		expect(message).toBe(`${file}:11: glossary[1].aliases: Die Form „Garantien“ gehört schon zum Begriff „Sicherheitsgarantien“.`);
	});
});

describe('building one article without the folder', () => {
	const options = contentOptions(tmpdir(), projectRoot);
	const erika = new Map<string, PersonFile>([
		['erika-muster', { name: 'Erika Muster', role: 'Klägerin', organisation: 'Testland', aliases: ['Erika'] }],
	]);
	const buildSource = (source: string) =>
		buildArticle({
			slug: 'test',
			file: 'content/articles/test.md',
			source,
			people: erika,
			lexicon: options.lexicon,
			labels: options.labels,
		});

	it('names the file as given and keeps body line numbers after the front matter', async () => {
		// Lines 1–9: front matter from `---` to `---` (with `published`); 10 blank; 11 the heading; 12 blank; 13 the refused element.
		const source = articleFile(['participants:', '  - id: erika-muster'], '## Eins\n\n<iframe src="https://example.org/"></iframe>\n');
		await expect(buildSource(source)).rejects.toThrow(
			/^content\/articles\/test\.md:13:1: Das Element <iframe> ist im Artikeltext nicht erlaubt/,
		);
	});

	it('builds the same model the folder load builds', async () => {
		const source = articleFile(['participants:', '  - id: erika-muster']);
		const article = await buildSource(source);
		expect(article).toMatchObject({
			slug: 'test',
			file: 'content/articles/test.md',
			title: 'Testartikel',
			description: 'Ein Vorspann.',
			event: undefined,
		});
		expect(article.participants.map((participant) => [participant.id, participant.group, participant.sections])).toEqual([
			['erika-muster', 'Erwähnt', 2],
		]);
	});
});

/**
 * The depth layer: positions, facts, sources and the simple version, each
 * resting on a quoted snippet. Line numbers count the file this test writes:
 * lines 1–5 are the fixed front matter above, the given lines start at 6.
 */
describe('the depth layer of an article', () => {
	const text = '## Eins\n\nTrump sprach lange. Selenskyj sagte zu.\n\n## Zwei\n\nDer Ort ist offen. Trump sprach erneut.\n';
	const participants = ['participants:', '  - id: donald-trump', '  - id: wolodymyr-selenskyj'];

	it('builds positions (a missing cell is null), facts and sources, each with the sentence it rests on', async () => {
		const article = await build(
			[
				...participants,
				'positions:',
				'  questions:',
				'    - { id: treffen, label: "Treffen" }',
				'    - { id: ort, label: "Ort" }',
				'  sides:',
				'    - label: "Die USA"',
				'      stances:',
				'        - { question: ort, says: "Trump nennt keinen Ort.", quote: "Der Ort ist offen" }',
				'facts:',
				'  open:',
				'    - { says: "Der Ort ist offen.", quote: "Der Ort ist" }',
				'attributions:',
				'  - { quote: "Selenskyj sagte zu", source: "Wolodymyr Selenskyj", person: wolodymyr-selenskyj, kind: eigene-worte }',
			],
			text,
		);
		const place = { quote: 'Der Ort ist offen', id: 'beleg-der-ort-ist', section: 'zwei', sentence: 'Der Ort ist offen.' };
		expect(article.depth.positions).toEqual({
			questions: [
				{ id: 'treffen', label: 'Treffen' },
				{ id: 'ort', label: 'Ort' },
			],
			sides: [
				{ label: 'Die USA', cells: [null, { says: 'Trump nennt keinen Ort.', path: 'positions.sides[0].stances[0]', reference: place }] },
			],
		});
		expect(article.depth.facts).toEqual({
			known: [],
			open: [{ says: 'Der Ort ist offen.', path: 'facts.open[0]', reference: { ...place, quote: 'Der Ort ist' } }],
		});
		expect(article.depth.attributions).toEqual([
			{
				number: 1,
				id: 'lb-quelle-1',
				source: 'Wolodymyr Selenskyj',
				person: 'wolodymyr-selenskyj',
				kind: 'eigene-worte',
				via: undefined,
				reference: { quote: 'Selenskyj sagte zu', id: 'beleg-selenskyj-sagte-zu', section: 'eins', sentence: 'Selenskyj sagte zu.' },
			},
		]);
		// The marker follows the attributed sentence and links to its entry in the overview.
		expect(article.sections[0]!.bodyHtml).toBe(
			'<p>Trump sprach lange. <span id="beleg-selenskyj-sagte-zu">Selenskyj sagte zu.</span><span class="marker-space" data-pagefind-ignore=""> </span><a class="source-marker" href="/test/einordnung/#lb-quelle-1" aria-describedby="lb-quelle-1" data-pagefind-ignore="">Quelle</a></p>',
		);
		expect(article.depth.simple).toBeUndefined();
	});

	it('an article without any of it has none, and neither page', async () => {
		const article = await build(participants, text);
		expect(article.depth).toEqual({ positions: undefined, facts: undefined, attributions: [], simple: undefined });
		expect(article.pages).toEqual({ context: false, simple: false });
	});

	it('has „Einordnung“ with positions, with a known or an open fact, or with sources alone; Einfache Sprache with its version', async () => {
		const pages = async (lines: string[]) => (await build([...participants, ...lines], text)).pages;
		const positions = ['positions:', '  questions: [{ id: ort, label: "Ort" }]', '  sides: [{ label: "USA" }]'];
		expect(await pages(positions)).toEqual({ context: true, simple: false });
		expect(await pages(['facts:', '  known: [{ says: "Offen.", quote: "Der Ort ist offen" }]'])).toEqual({ context: true, simple: false });
		expect(await pages(['facts:', '  open: [{ says: "Offen.", quote: "Der Ort ist offen" }]'])).toEqual({ context: true, simple: false });
		// Facts whose two lists are empty are no „Einordnung“.
		expect(await pages(['facts:', '  known: []', '  open: []'])).toEqual({ context: false, simple: false });
		expect(
			await pages([
				'attributions:',
				'  - { quote: "Selenskyj sagte zu", source: "Wolodymyr Selenskyj", person: wolodymyr-selenskyj, kind: eigene-worte }',
			]),
		).toEqual({ context: true, simple: false });
		expect(await pages(['simple:', '  title: "Einfach"', '  parts: [{ section: eins, text: "Trump spricht." }]'])).toEqual({
			context: false,
			simple: true,
		});
	});

	it('links the simple version’s first use of each person and term, across parts', async () => {
		const article = await build(
			[
				...participants,
				'glossary:',
				'  - { term: "Sicherheitsgarantien", definition: "Zusagen." }',
				'simple:',
				'  title: "Einfach"',
				'  parts:',
				'    - section: eins',
				'      text: "Donald Trump spricht über Sicherheits-Garantien.\\n\\nTrump spricht lange."',
				'    - section: zwei',
				'      text: "Trump und Selenskyj reden über sicherheitsgarantien."',
			],
			text,
		);
		expect(article.depth.simple).toEqual({
			title: 'Einfach',
			parts: [
				{
					section: 'eins',
					sectionTitle: 'Eins',
					paragraphs: [
						[
							{ text: 'Donald Trump', href: '/personen/donald-trump/' },
							{ text: ' spricht über ' },
							{ text: 'Sicherheits-Garantien', href: '/glossar/#sicherheitsgarantien' },
							{ text: '.' },
						],
						[{ text: 'Trump spricht lange.' }],
					],
				},
				{
					section: 'zwei',
					sectionTitle: 'Zwei',
					paragraphs: [
						[
							{ text: 'Trump und ' },
							{ text: 'Selenskyj', href: '/personen/wolodymyr-selenskyj/' },
							{ text: ' reden über sicherheitsgarantien.' },
						],
					],
				},
			],
		});
	});

	it.each([
		// Line 9 is the quote of facts.known[0].
		[
			'a snippet that is not in the text',
			['facts:', '  known:', '    - says: "Fakt."', '      quote: "Trump sprach kurz"'],
			'9: facts.known[0].quote: „Trump sprach kurz“ steht nicht im Text.',
		],
		// „Der Ort ist“ stands on body lines 7 and 9 (the second in a later paragraph): the body's line 1 is file line 13
		// here (lines 6–9 the fields, 10 published, 11 „---“, 12 blank), so file lines 19 and 21.
		[
			'a snippet that is in the text twice',
			['facts:', '  known:', '    - says: "Fakt."', '      quote: "Der Ort ist"'],
			'9: facts.known[0].quote: „Der Ort ist“ steht 2-mal im Text (Zeilen 19, 21). Ein Beleg muss genau einmal vorkommen',
			`${text}\nDer Ort ist Berlin.\n`,
		],
		[
			'a snippet of fewer than three words',
			['facts:', '  known:', '    - says: "Fakt."', '      quote: "Der Ort"'],
			'9: facts.known[0].quote: Der Beleg (quote): mindestens drei Wörter',
		],
		[
			'a position on a question that does not exist',
			[
				'positions:',
				'  questions: [{ id: ort, label: "Ort" }]',
				'  sides:',
				'    - label: "USA"',
				'      stances:',
				'        - { question: zeit, says: "X.", quote: "Der Ort ist offen" }',
			],
			'11: positions.sides[0].stances[0].question: Die Frage „zeit“ gibt es nicht. Fragen: ort.',
		],
		[
			'two positions of one side on the same question',
			[
				'positions:',
				'  questions: [{ id: ort, label: "Ort" }]',
				'  sides:',
				'    - label: "USA"',
				'      stances:',
				'        - { question: ort, says: "X.", quote: "Der Ort ist offen" }',
				'        - { question: ort, says: "Y.", quote: "Trump sprach lange" }',
			],
			'12: positions.sides[0].stances[1].question: Für „USA“ steht die Frage „ort“ schon einmal.',
		],
		[
			'a source that is not among the participants',
			['attributions:', '  - { quote: "Trump sprach lange", source: "Donald Trump", person: donald-trump, kind: eigene-worte }'],
			'7: attributions[0].person: „donald-trump“ steht nicht in participants dieses Artikels.',
		],
		[
			'a kind of source outside the list',
			['attributions:', '  - { quote: "Trump sprach lange", source: "Donald Trump", kind: gerücht }'],
			'7: attributions[0].kind: Die Art der Quelle (kind) muss eine dieser sein: eigene-worte, agentur, medienbericht, ungenannt.',
		],
		[
			'a simple part for a section that does not exist',
			['simple:', '  title: "Einfach"', '  parts:', '    - { section: drei, text: "Text." }'],
			'9: simple.parts[0].section: Den Abschnitt „drei“ gibt es nicht. Abschnitte: eins, zwei.',
		],
	])('fails on %s, at the field’s line', async (_case, frontmatter, message, body = text) => {
		expect(await failure(frontmatter, body)).toContain(`content/articles/test.md:${message}`);
	});
});

/**
 * Issue 26: every line rests on a sentence (its section is the sentence's) or discloses an outside
 * source, keeps the attribution of the sentence it quotes, and the article carries its log.
 */
describe('editorial lines and their evidence', () => {
	const text =
		'## Eins\n\nDer Rat tagte lange. Die Brücke werde gesperrt, sagte Trump am Abend.\n\n## Zwei\n\nBusse fahren weiter, doch Trump betonte, die Stadt sei bereit.\n';
	const participants = ['participants:', '  - id: donald-trump'];
	const said = ['attributions:', '  - { quote: "sagte Trump am Abend", source: "Donald Trump", person: donald-trump, kind: eigene-worte }'];

	it('gives a key point and a timeline entry the section of their quote, and keeps an outside source as written', async () => {
		const article = await build(
			[
				...participants,
				'keyPoints:',
				'  - { text: "Der Rat tagte lange.", quote: "Der Rat tagte lange" }',
				'  - { text: "Busse fahren weiter.", quote: "Busse fahren weiter" }',
				'  - text: "Der Rat wurde 1990 gegründet."',
				'    extern: { title: "Chronik", url: "https://example.org/chronik", supports: "das Gründungsjahr" }',
				'timeline:',
				'  - { date: 2025-01-02, text: "Der Rat tagt.", quote: "Der Rat tagte lange" }',
			],
			text,
		);
		expect(article.keyPoints.map((point) => [point.text, point.section, point.reference?.id, point.extern])).toEqual([
			['Der Rat tagte lange.', 'eins', 'beleg-der-rat-tagte', undefined],
			['Busse fahren weiter.', 'zwei', 'beleg-busse-fahren-weiter', undefined],
			[
				'Der Rat wurde 1990 gegründet.',
				undefined,
				undefined,
				{ title: 'Chronik', url: 'https://example.org/chronik', supports: 'das Gründungsjahr' },
			],
		]);
		expect(article.timeline.map((event) => [event.text, event.section])).toEqual([['Der Rat tagt.', 'eins']]);
	});

	it('takes a line on an attributed sentence that names the speaker, and refuses one that does not', async () => {
		const named = await build(
			[
				...participants,
				...said,
				'facts:',
				'  known:',
				'    - { says: "Laut Trump wird die Brücke gesperrt.", quote: "Die Brücke werde gesperrt" }',
			],
			text,
		);
		expect(named.depth.facts!.known[0]!.says).toBe('Laut Trump wird die Brücke gesperrt.');
		// Lines 6–7 the participants, 8–9 the attribution, 10 facts:, 11 known:, 12 the fact.
		expect(
			await failure(
				[...participants, ...said, 'facts:', '  known:', '    - { says: "Die Brücke wird gesperrt.", quote: "Die Brücke werde gesperrt" }'],
				text,
			),
		).toBe(
			'content/articles/test.md:12: facts.known[0]: „Die Brücke wird gesperrt.“ beruht auf einer zugeschriebenen Aussage (attributions[0]: Donald Trump, eigene-worte), sagt aber nicht, wer es sagt („Donald Trump“ oder „Trump“).',
		);
	});

	it('lets an attribution cover only the clause its source says: a line on the rest of the sentence need not name the speaker', async () => {
		const clause = [
			'attributions:',
			'  - quote: "doch Trump betonte"',
			'    source: "Donald Trump"',
			'    person: donald-trump',
			'    kind: eigene-worte',
			'    clause: "doch Trump betonte, die Stadt sei bereit"',
		];
		const article = await build(
			[...participants, ...clause, 'facts:', '  known:', '    - { says: "Busse fahren weiter.", quote: "Busse fahren weiter" }'],
			text,
		);
		expect(article.depth.facts!.known[0]!.reference?.sentence).toBe('Busse fahren weiter, doch Trump betonte, die Stadt sei bereit.');
		// The same line on the clause itself must name him: lines 6–7 the participants, 8–13 the attribution, 14–15 facts, 16 the fact.
		expect(
			await failure(
				[...participants, ...clause, 'facts:', '  known:', '    - { says: "Die Stadt ist bereit.", quote: "die Stadt sei bereit" }'],
				text,
			),
		).toContain(
			'content/articles/test.md:16: facts.known[0]: „Die Stadt ist bereit.“ beruht auf einer zugeschriebenen Aussage (attributions[0]: Donald Trump, eigene-worte), sagt aber nicht, wer es sagt',
		);
	});
});

describe('the editorial log', () => {
	const text = '## Eins\n\nDer Rat tagte am Abend. Er beschloss den Haushalt.\n\n## Der zweite Teil\n\nDie Sitzung war öffentlich.\n';
	const published = 'published: 2026-11-25T09:29+01:00';
	const log = (entries: string[]) => [
		'keyPoints:',
		'  - { text: "Der Rat tagte abends.", quote: "Der Rat tagte am Abend" }',
		'  - { text: "Er beschloss den Haushalt.", quote: "Er beschloss den Haushalt" }',
		'  - { text: "Öffentlich.", quote: "Die Sitzung war öffentlich" }',
		'changes:',
		...entries,
	];

	it('marks a corrected sentence in the text, with what it said before and says now, word by word', async () => {
		const article = await build(
			log([
				'  - { at: 2026-11-26T10:00+01:00, kind: korrektur, note: "Abends, nicht morgens.", before: "Der Rat tagte am Morgen.", quote: "Rat tagte am Abend" }',
			]),
			text,
		);
		expect(article.changes).toEqual([
			{
				number: 1,
				id: 'aenderung-1',
				noteId: 'lb-aenderung-1',
				at: '2026-11-26T10:00+01:00',
				kind: 'korrektur',
				note: 'Abends, nicht morgens.',
				// The passage is the sentence the quote stands in; the full stop stays.
				before: [{ text: 'Der Rat tagte am ' }, { text: 'Morgen', changed: true }, { text: '.' }],
				after: [{ text: 'Der Rat tagte am ' }, { text: 'Abend', changed: true }, { text: '.' }],
				place: { type: 'sentence', section: 'eins', anchor: 'beleg-der-rat-tagte' },
				placeHref: '/test/#beleg-der-rat-tagte',
			},
		]);
		expect(article.modified).toBe('2026-11-26T10:00+01:00');
		expect(article.published).toBe('2026-11-25T09:29+01:00');
		// The marker follows the passage and opens its entry.
		expect(article.sections[0]!.bodyHtml).toBe(
			'<p><span id="beleg-der-rat-tagte">Der Rat tagte am Abend.</span><span class="marker-space" data-pagefind-ignore=""> </span><a class="change-marker" href="#aenderung-1" aria-describedby="lb-aenderung-1" data-pagefind-ignore="">geändert (korrektur)</a> <span id="beleg-er-beschloss-den">Er beschloss den Haushalt.</span></p>',
		);
	});

	it('places an entry at a heading, or at the item it quotes (a key point, a paragraph of the simple version)', async () => {
		const article = await build(
			[
				...log([
					'  - { at: 2026-11-26T10:00+01:00, kind: klarstellung, note: "Überschrift.", before: "Der andere Teil", quote: "Der zweite Teil" }',
					'  - { at: 2026-11-26T10:00+01:00, kind: klarstellung, note: "Kürzer.", before: "Der Rat tagte am Abend.", quote: "Der Rat tagte abends" }',
					'  - { at: 2026-11-27T10:00Z, kind: aktualisierung, note: "Neu.", quote: "Er hat Geld" }',
				]),
				'simple:',
				'  title: "Einfach"',
				'  parts:',
				'    - section: eins',
				'      text: "Der Rat hat getagt.\\n\\nEr hat Geld."',
			],
			text,
		);
		expect(article.changes.map((change) => [change.place, change.placeHref])).toEqual([
			[{ type: 'heading', section: 'der-zweite-teil' }, '/test/#der-zweite-teil'],
			[{ type: 'item', item: 'keyPoints[0]', page: 'article', section: 'eins' }, '/test/#aenderung-2-stelle'],
			[{ type: 'item', item: 'simple.parts[0]', page: 'simple', paragraph: 1 }, '/test/einfach/#aenderung-3-stelle'],
		]);
		// An entry without `before` shows no diff; an update after the others makes the article's modified date.
		expect(article.changes[2]!.before).toBeUndefined();
		expect(article.changes[2]!.after).toBeUndefined();
		expect(article.modified).toBe('2026-11-27T10:00Z');
	});

	it('without a log the article was modified when it was published', async () => {
		const article = await build([published.replace('published', 'editorialNotes: []\n#')], text);
		expect(article.changes).toEqual([]);
		expect(article.modified).toBe(article.published);
	});
});
