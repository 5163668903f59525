import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../src/lib/content/model.ts';
import { loadFolder } from '../helpers/content.ts';

const people: Record<string, string> = {
	'anna-beispiel': 'name: Anna Beispiel\nrole: Richterin\norganisation: Testgericht\n',
	'erika-muster': 'name: Erika Muster\nrole: Klägerin\norganisation: Testland\naliases: [Erika]\n',
};

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function loadOne(frontmatter: string[], body: string): Promise<ArticleModel> {
	const dir = mkdtempSync(join(tmpdir(), 'lagebild-mutants-'));
	folders.push(dir);
	mkdirSync(join(dir, 'articles'));
	mkdirSync(join(dir, 'participants'));
	const markdown = ['---', 'title: "Testartikel"', 'description: "Ein Vorspann."', 'source:', '  statement: "Testquelle."', ...frontmatter, 'published: 2026-11-25T09:29+01:00', '---', '', body].join('\n');
	writeFileSync(join(dir, 'articles', 'test.md'), markdown);
	for (const [id, yaml] of Object.entries(people)) writeFileSync(join(dir, 'participants', `${id}.yaml`), yaml);
	const { articles } = await loadFolder(dir);
	return articles[0]!;
}

const cast = ['participants:', '  - id: anna-beispiel', '    group: "Hier"', '  - id: erika-muster'];

describe('article model: details the other tests leave open', () => {
	it('gives a group labelled „Hier“ the id „hier-gruppe“ (the id „hier“ belongs to the sidebar’s own list)', async () => {
		const article = await loadOne(cast, '## Eins\n\nAnna Beispiel antwortet Erika.\n');
		expect(article.groups[0]).toEqual({ id: 'hier-gruppe', label: 'Hier', members: ['anna-beispiel'] });
	});

	it('points the other words of a person’s name at the spelling this person has in the section', async () => {
		// Erika is named as „Erika“ only (after Anna Beispiel, who comes first in the cast and the sentence):
		// „Muster“, typed, stands for the word „Erika“, not for Anna's „Beispiel“.
		const article = await loadOne(cast, '## Eins\n\nAnna Beispiel antwortet Erika.\n');
		expect(article.sections[0]!.searchTerms).toContain('muster→Erika');
		expect(article.sections[0]!.searchTerms).not.toContain('muster→Beispiel');
	});
});
