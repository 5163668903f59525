import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/lib/content/article.ts';
import type { ArticleModel } from '../../src/lib/content/model.ts';
import type { PersonFile } from '../../src/lib/content/schema.ts';
import { contentOptions } from '../../src/loaders/content-options.ts';
import { loadFolder } from '../helpers/content.ts';
import { projectRoot } from '../helpers/paths.ts';

/** People of the inline fixtures: one file each in `participants/`. */
const people: Record<string, string> = {
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
	for (const [id, yaml] of Object.entries(people)) writeFileSync(join(dir, 'participants', `${id}.yaml`), yaml);
	return dir;
}

/**
 * An article file: lines 1–5 are the required front matter, `frontmatter`
 * starts on line 6, the body follows the closing `---`.
 */
function articleFile(frontmatter: string[], body = defaultBody): string {
	return ['---', 'title: "Testartikel"', 'description: "Ein Vorspann."', 'source:', '  statement: "Testquelle."', ...frontmatter, 'published: 2026-11-25T09:29+01:00', '---', '', body].join('\n');
}
const defaultBody = '## Eins\n\nErika Muster sagt etwas. Max Muster schweigt.\n\n## Zwei\n\nAnna Beispiel antwortet Erika.\n';

async function loadOne(markdown: string): Promise<ArticleModel> {
	const { articles } = await loadFolder(contentFolder({ 'test.md': markdown }));
	return articles[0]!;
}

/** The message the load stops with, for an article `test.md`; `file` is how messages name it. */
async function failure(markdown: string): Promise<{ message: string; file: string }> {
	const dir = contentFolder({ 'test.md': markdown });
	const file = relative(projectRoot, join(dir, 'articles', 'test.md'));
	try {
		await loadFolder(dir);
	} catch (error) {
		return { message: (error as Error).message, file };
	}
	throw new Error('Erwartet war ein Inhaltsfehler, aber der Artikel wurde geladen.');
}

describe('the cast and its groups', () => {
	it('keeps groups in the order of their first use; people without a group are „Erwähnt“', async () => {
		const article = await loadOne(articleFile([
			'participants:',
			'  - id: anna-beispiel',
			'    group: "Gericht"',
			'  - id: max-muster',
			'  - id: erika-muster',
			'    group: "Klägerin"',
			'  - id: otto-normal',
			'    group: "Gericht"',
		]));
		expect(article.groups).toEqual([
			{ id: 'gericht', label: 'Gericht', members: ['anna-beispiel', 'otto-normal'] },
			{ id: 'erwaehnt', label: 'Erwähnt', members: ['max-muster'] },
			{ id: 'klaegerin', label: 'Klägerin', members: ['erika-muster'] },
		]);
		// The cast keeps the front matter's order, with each person's file and the sections that name them:
		// Erika in both sections (as „Erika“ in the second), Max and Anna in one each, Otto in none.
		expect(article.cast).toEqual([
			{ id: 'anna-beispiel', group: 'Gericht', name: 'Anna Beispiel', role: 'Richterin', organisation: 'Testgericht', sections: 1 },
			{ id: 'max-muster', group: 'Erwähnt', name: 'Max Muster', role: 'Zeuge', organisation: 'Testland', sections: 1 },
			{ id: 'erika-muster', group: 'Klägerin', name: 'Erika Muster', role: 'Klägerin', organisation: 'Testland', sections: 2 },
			{ id: 'otto-normal', group: 'Gericht', name: 'Otto Normal', role: 'Beisitzer', organisation: 'Testgericht', sections: 0 },
		]);
	});

	it('gives an article without participants an empty cast', async () => {
		const article = await loadOne(articleFile([]));
		expect([article.cast, article.groups]).toEqual([[], []]);
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
		const { articles } = await loadFolder(contentFolder({
			'a-ohne.md': articleFile([]),
			'b-alt.md': articleFile(['event:', '  date: 2024-12-31', '  place: "Berlin"']),
			'c-neu.md': articleFile(['event:', '  date: 2025-01-01', '  place: "Berlin"']),
		}));
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
		const regions = [...section!.bodyHtml.matchAll(/<div class="table-scroll" role="region" tabindex="0" aria-label="([^"]*)">\s*<table>/g)].map((match) => match[1]);
		expect(regions).toEqual(['Tabelle: Stimmen im ersten Wahlgang', 'Tabelle']);
		// The column alignment became a class (no `align` attribute under the CSP).
		expect(section!.bodyHtml).toContain('<td class="align-right">325</td>');
	});
});

/**
 * Cross-references in the front matter, each refused with the file, the line
 * of the offending value (counted by hand: lines 1–5 are title, description
 * and source, the lines given start at line 6) and the field.
 */
describe('cross-reference errors', () => {
	it('a timeline event naming someone not in participants', async () => {
		const { message, file } = await failure(articleFile([
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
		]));
		// Anna has a person file, but this article does not cast her.
		expect(message).toBe(`${file}:21: timeline[1].participants[1]: „anna-beispiel“ steht nicht in participants dieses Artikels.`);
	});

	it('a participant without a person file', async () => {
		const { message, file } = await failure(articleFile([
			'participants:', //               6
			'  - id: erika-muster', //        7
			'    group: "Klägerin"', //       8
			'  - id: erika-musterfrau', //    9
		]));
		expect(message).toBe(`${file}:9: participants[1].id: Die Person „erika-musterfrau“ gibt es nicht. Legen Sie participants/erika-musterfrau.yaml an oder korrigieren Sie die Kennung.`);
	});

	it('a participant named twice', async () => {
		const { message, file } = await failure(articleFile([
			'participants:', //               6
			'  - id: erika-muster', //        7
			'  - id: max-muster', //          8
			'  - id: erika-muster', //        9
			'    group: "Zeugin"', //         10
		]));
		expect(message).toBe(`${file}:9: participants[2].id: „erika-muster“ steht zweimal in participants.`);
	});

	it('a glossary term given twice', async () => {
		const { message, file } = await failure(articleFile([
			'glossary:', //                                 6
			'  - term: Kreml', //                           7
			'    definition: "Amtssitz in Moskau."', //     8
			'  - term: Bundestag', //                       9
			'    definition: "Das Parlament."', //          10
			'  - term: Kreml', //                           11
			'    definition: "Noch einmal."', //            12
		]));
		expect(message).toBe(`${file}:11: glossary[2].term: Den Begriff „Kreml“ gibt es im Glossar dieses Artikels schon.`);
	});

	it('a glossary form shared by two terms', async () => {
		const { message, file } = await failure(articleFile([
			'glossary:', //                                              6
			'  - term: Sicherheitsgarantien', //                         7
			'    aliases: [Sicherheitsgarantien, Garantien]', //         8
			'    definition: "Zusagen."', //                             9
			'  - term: Beistandsgarantien', //                           10
			'    aliases: [Beistandsgarantien, Garantien]', //           11
			'    definition: "Andere Zusagen."', //                      12
		]));
		expect(message).toBe(`${file}:11: glossary[1].aliases: Die Form „Garantien“ gehört schon zum Begriff „Sicherheitsgarantien“.`);
	});
});

describe('building one article without the folder', () => {
	const options = contentOptions(tmpdir(), projectRoot);
	const cast = new Map<string, PersonFile>([['erika-muster', { name: 'Erika Muster', role: 'Klägerin', organisation: 'Testland', aliases: ['Erika'] }]]);
	const build = (source: string) => buildArticle({ slug: 'test', file: 'content/articles/test.md', source, people: cast, lexicon: options.lexicon, labels: options.labels });

	it('names the file as given and keeps body line numbers after the front matter', async () => {
		// Lines 1–9: front matter from `---` to `---` (with `published`); 10 blank; 11 the heading; 12 blank; 13 the refused element.
		const source = articleFile(['participants:', '  - id: erika-muster'], '## Eins\n\n<iframe src="https://example.org/"></iframe>\n');
		await expect(build(source)).rejects.toThrow(/^content\/articles\/test\.md:13:1: Das Element <iframe> ist im Artikeltext nicht erlaubt/);
	});

	it('builds the same model the folder load builds', async () => {
		const source = articleFile(['participants:', '  - id: erika-muster']);
		const article = await build(source);
		expect(article).toMatchObject({ slug: 'test', file: 'content/articles/test.md', title: 'Testartikel', description: 'Ein Vorspann.', event: undefined });
		expect(article.cast.map((member) => [member.id, member.group, member.sections])).toEqual([['erika-muster', 'Erwähnt', 2]]);
	});
});
