import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

/**
 * „Dossier folgen“ (issue 13): a feed per person of the articles that name
 * them, newest event first, linked from the person's page. Expected items
 * are written by hand from tests/fixtures/site/articles/*.md.
 */
const feed = (id: string) => load(readFileSync(join(distDir, 'personen', id, 'rss.xml'), 'utf8'), { xml: true });
const items = (id: string) =>
	feed(id)('item')
		.map((_index, item) => ({
			title: feed(id)(item).find('title').text(),
			link: feed(id)(item).find('link').text(),
			description: feed(id)(item).find('description').text(),
		}))
		.get();

describe('a feed per person', () => {
	it('Friedrich Merz: both articles that name him, the dated one (the summit) before the undated one, with the sections that name him', () => {
		const $ = feed('friedrich-merz');
		expect($('channel > title').text()).toBe('Lagebild – Dossier Friedrich Merz');
		expect($('channel > language').text()).toBe('de-de');
		expect(items('friedrich-merz')).toEqual([
			{
				title: 'Nach dem Treffen im Weißen Haus: Trump will Gipfel von Putin und Selenskyj vorbereiten',
				link: 'https://lagebild.example/gipfeltreffen/',
				description: 'Friedrich Merz kommt vor in: „Hochrangige Teilnahme signalisiert ernsthafte Absicht“.',
			},
			{
				title: 'Zweiter Wahlgang: Wie der Bundestag Friedrich Merz zum Kanzler wählte',
				link: 'https://lagebild.example/kanzlerwahl/',
				description: 'Friedrich Merz kommt vor in: „Die Wahl am 6. Mai 2025“, „Zwei Wahlgänge an einem Tag“, „Ernennung und Vereidigung“.',
			},
		]);
		// Lagebild's own dates, none of the sources': when it published each story, and when the summit copy last changed.
		expect(
			$('item pubDate')
				.map((_index, date) => $(date).text())
				.get(),
		).toEqual(['Wed, 25 Nov 2026 08:29:08 GMT', 'Thu, 26 Nov 2026 11:00:00 GMT']);
		expect($('item').eq(0).find('atom\\:updated').text()).toBe('2026-12-06T09:30:00Z');
		expect($('item').eq(1).find('atom\\:updated')).toHaveLength(0);
	});

	it('Juri Uschakow: the one article that names him', () => {
		expect(items('juri-uschakow').map((item) => item.link)).toEqual(['https://lagebild.example/gipfeltreffen/']);
	});

	it('every person page links its feed, for feed readers and for people', () => {
		const people = builtPages().filter((built) => /^\/personen\/[^/]+\/$/.test(built.path));
		expect(people).toHaveLength(15);
		for (const person of people) {
			const id = person.path.split('/')[2]!;
			expect(
				person.$(`link[rel=alternate][type="application/rss+xml"][href="https://lagebild.example/personen/${id}/rss.xml"]`),
				person.path,
			).toHaveLength(1);
			expect(person.$(`.person-feed a[href="/personen/${id}/rss.xml"]`).text(), person.path).toBe('Dossier folgen (RSS)');
		}
		expect(page('/personen/friedrich-merz/').$('link[rel=alternate]').last().attr('title')).toBe('Lagebild – Dossier Friedrich Merz');
	});
});
