import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyseSection, createMatcher, type NamedPerson } from '../../src/lib/mentions.ts';
import { renderArticle } from '../helpers/markdown.ts';
import { projectRoot } from '../helpers/paths.ts';
import { namedIn as expected } from '../fixtures/mentions-table.ts';


const markdown = readFileSync(join(projectRoot, 'content/articles/gipfel-im-weissen-haus.md'), 'utf8');
const body = markdown.replace(/^---[\s\S]*?\n---\n/, '');
const participantsDir = join(projectRoot, 'content/participants');
const people: NamedPerson[] = readdirSync(participantsDir).map((file) => {
	const data = parse(readFileSync(join(participantsDir, file), 'utf8')) as { name: string; aliases?: string[] };
	return { id: file.replace(/\.yaml$/, ''), name: data.name, aliases: data.aliases ?? [] };
});

async function analyse() {
	const { sections } = await renderArticle(body);
	const matcher = createMatcher(people);
	return sections.map((section) => ({ slug: section.slug, ...analyseSection(section.title, section.blocks, matcher) }));
}

describe('mentions in the real article', () => {
	it('has all thirteen people', () => {
		expect(people.map((person) => person.id).sort()).toEqual(Object.keys(expected).sort());
	});

	it.each(Object.entries(expected))('%s is named in exactly the sections of the table', async (id, sections) => {
		const analysed = await analyse();
		expect(analysed.filter((section) => section.counts.has(id)).map((section) => section.slug)).toEqual(sections);
	});

	it('attributes the three direct quotes: two by Trump, one by Selenskyj', async () => {
		const quotes = (await analyse()).flatMap((section) => section.quotes.map((quote) => ({ section: section.slug, id: quote.id, start: quote.text.slice(0, 30) })));
		expect(quotes).toEqual([
			{ section: 'usa-wollen-europaeische-sicherheitsgarantien-unterstuetzen', id: 'donald-trump', start: 'Wir haben Sicherheitsgarantien' },
			{ section: 'trump-telefoniert-mit-putin-um-prozess-in-gang-zu-setzen', id: 'donald-trump', start: 'Nach den Gesprächen rief ich P' },
			{ section: 'selenskyj-offen-fuer-treffen-mit-putin-ohne-vorbedingungen', id: 'wolodymyr-selenskyj', start: 'Wir sind auf ein bilaterales T' },
		]);
	});
});
