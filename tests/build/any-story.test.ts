import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, indexedDocuments, normalize, page, siteOrigin } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';
import { paths, searchIndexList } from '../../src/lib/urls.ts';
import { searchArtefactDir } from '../../src/lib/search/artefact.ts';
import { readPngHeader } from '../helpers/png.ts';
import { brief, election, summit } from '../fixtures/site-articles.ts';

/**
 * Issue 10, „Any story“: the site shows articles of any shape, not just the
 * summit article. On the test site, `kanzlerwahl` has its own role labels, no
 * event, no key points, timeline or glossary, `###` sub-headings, a table, a
 * blockquote, an ordered list and English words; `kurzmeldung` has one section
 * and no people. Every expected value is written by hand from
 * tests/fixtures/site/articles/*.md.
 */

const longRead = election.path;
/** The summit article's eight glossary terms (its front matter), each a record of `/suche/begriffe.json`, for the search's card. */
const glossaryTerms = [
	'bilaterales-treffen',
	'dreiseitiges-treffen',
	'europaeische-kommission',
	'kreml',
	'nato-generalsekretaer',
	'ria',
	'sicherheitsgarantien',
	'truth-social',
];
const sectionPath = (slug: string) => `${longRead}${slug}/`;
const sectionPaths = election.sections.map(({ slug }) => sectionPath(slug));
const allPaths = [longRead, ...sectionPaths];
const origin = siteOrigin();

function jsonLd($: CheerioAPI): Array<Record<string, any>> {
	return $('script[type="application/ld+json"]')
		.map((_index, element) => JSON.parse($(element).text()) as Record<string, any>)
		.get();
}

/** Every `@type` anywhere in a JSON-LD value. */
function typesIn(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(typesIn);
	if (typeof value !== 'object' || value === null) return [];
	const record = value as Record<string, unknown>;
	return [...(typeof record['@type'] === 'string' ? [record['@type']] : []), ...Object.values(record).flatMap(typesIn)];
}

/** The sidebar's groups as a reader sees them: id, heading, people in order. */
function sidebar($: CheerioAPI) {
	return $('aside.participants [data-group]')
		.map((_index, element) => ({
			id: $(element).attr('data-group'),
			label: normalize($(element).find('h3').text()),
			people: $(element)
				.find('li.person')
				.map((_i, person) => $(person).attr('data-person'))
				.get(),
		}))
		.get();
}

/** Heading levels in document order inside `main`, and every place where one skips a level (h1 → h3). */
function skippedLevels($: CheerioAPI): string[] {
	const levels = $('main :is(h1, h2, h3, h4, h5, h6)')
		.map((_index, element) => ({ level: Number(element.tagName.slice(1)), text: normalize($(element).text()) }))
		.get();
	return levels.flatMap((heading, index) =>
		index > 0 && heading.level > levels[index - 1]!.level + 1 ? [`h${levels[index - 1]!.level} → h${heading.level} „${heading.text}“`] : [],
	);
}

describe('an article of another shape (kanzlerwahl): pages', () => {
	it('has a long-read, one page per section and its „Einordnung“ (it has facts and a source), nothing else', () => {
		expect(sectionPaths).toEqual([
			'/kanzlerwahl/die-wahl-am-6-mai-2025/',
			'/kanzlerwahl/was-das-grundgesetz-vorschreibt/',
			'/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/',
			'/kanzlerwahl/ernennung-und-vereidigung/',
		]);
		const built = builtPages()
			.map((candidate) => candidate.path)
			.filter((path) => path.startsWith(longRead));
		expect(built.sort()).toEqual([...allPaths, `${longRead}einordnung/`].sort());
	});

	it('the long-read shows headline, lede, a table of contents and every section with its heading, in order', () => {
		const { $ } = page(longRead);
		expect(normalize($('h1').text())).toBe(election.headline);
		expect(normalize($('.article-header .lede').text())).toBe(election.description);
		expect(
			$('nav.toc ol a')
				.map((_index, element) => ({ href: $(element).attr('href'), text: normalize($(element).text()) }))
				.get(),
		).toEqual(election.sections.map(({ slug, heading }) => ({ href: `#${slug}`, text: heading })));
		expect(
			$('section.article-section h2')
				.map((_index, element) => ({ id: $(element).attr('id'), text: normalize($(element).text()) }))
				.get(),
		).toEqual(election.sections.map(({ slug, heading }) => ({ id: slug, text: heading })));
	});

	it.each(election.sections.map((section, index) => ({ ...section, index })))(
		'$slug: a section page of its own, with position and neighbours',
		({ slug, heading, index }) => {
			const { $ } = page(sectionPath(slug));
			expect(normalize($('h1').text())).toBe(heading);
			expect($('h1').attr('id')).toBe(slug);
			expect($('title').text()).toBe(`${heading} – ${election.headline} – Lagebild`);
			expect(normalize($('.position').text())).toBe(`Abschnitt ${index + 1} von 4 · 1 Min. Lesezeit`);
			expect($(`.kicker a[href="${longRead}"]`)).toHaveLength(1);
			expect($(`a[href="${longRead}#${slug}"]`)).toHaveLength(1);
			const previous = election.sections[index - 1];
			const next = election.sections[index + 1];
			expect($('nav.pager a[rel=prev]').attr('href')).toBe(previous ? sectionPath(previous.slug) : undefined);
			expect($('nav.pager a[rel=next]').attr('href')).toBe(next ? sectionPath(next.slug) : undefined);
			// Not a search document of its own (the story's search document is); the words of a hit are marked here on arrival.
			expect($('[data-pagefind-body]')).toHaveLength(0);
			expect($('article.section-page').attr('data-suchtext')).toBeDefined();
		},
	);
});

describe('an article of another shape (kanzlerwahl): its people', () => {
	it('the long-read’s sidebar groups by the article’s own labels, in order of first use: Gewählt, Sitzungsleitung, Erwähnt', () => {
		const { $ } = page(longRead);
		expect($('aside.participants')).toHaveLength(1);
		expect(normalize($('aside.participants summary .count').text())).toBe('3 Personen');
		expect(sidebar($)).toEqual([
			{ id: 'gewaehlt', label: 'Gewählt', people: ['friedrich-merz'] },
			{ id: 'sitzungsleitung', label: 'Sitzungsleitung', people: ['julia-kloeckner'] },
			{ id: 'erwaehnt', label: 'Erwähnt', people: ['frank-walter-steinmeier'] },
		]);
		expect(
			$('aside.participants h3')
				.map((_index, element) => $(element).attr('id'))
				.get(),
		).toEqual(['lb-group-gewaehlt', 'lb-group-sitzungsleitung', 'lb-group-erwaehnt']);
		// Counted by hand: Merz in sections 1, 3, 4; Klöckner in 1, 3; Steinmeier in 1, 4.
		expect(normalize($('li[data-person=friedrich-merz]').text())).toBe(
			'Friedrich Merz, Bundeskanzler Deutschland, in 3 Abschnitten genannt',
		);
		expect(normalize($('li[data-person=julia-kloeckner]').text())).toBe(
			'Julia Klöckner, Präsidentin des Deutschen Bundestages Deutscher Bundestag, in 2 Abschnitten genannt',
		);
		expect(normalize($('li[data-person=frank-walter-steinmeier]').text())).toBe(
			'Frank-Walter Steinmeier, Bundespräsident Deutschland, in 2 Abschnitten genannt',
		);
	});

	it.each(election.sections.map(({ slug }) => slug))(
		'/kanzlerwahl/%s/: the people named there first, „In diesem Abschnitt“; the others under their own labels',
		(slug) => {
			const { $ } = page(sectionPath(slug));
			const named = election.named[slug]!;
			const others = election.groups
				.map((group) => ({ id: group.id, label: group.label, people: group.people.filter((id) => !named.includes(id)) }))
				.filter((group) => group.people.length > 0);
			const groups = sidebar($);
			if (named.length > 0) {
				expect(groups[0]).toMatchObject({ id: 'hier', label: 'In diesem Abschnitt' });
				expect(new Set(groups[0]!.people)).toEqual(new Set(named));
				expect(groups.slice(1)).toEqual(others);
			} else {
				expect(groups).toEqual(others);
			}
		},
	);

	it('/personen/friedrich-merz/ lists both articles, with his role label in each', () => {
		const { $ } = page('/personen/friedrich-merz/');
		const appearances = $('section.appearance')
			.map((_index, element) => ({
				article: $(element).find('h2 a').attr('href'),
				headline: normalize($(element).find('h2 a').text()),
				role: normalize($(element).children('p').first().text()),
				sections: $(element)
					.find('ol.mentions > li .section-links a:not(.anchor)')
					.map((_i, link) => $(link).attr('href'))
					.get(),
			}))
			.get();
		expect([...appearances].sort((a, b) => a.article!.localeCompare(b.article!))).toEqual([
			{
				article: summit.path,
				headline: summit.headline,
				role: 'Rolle in der Geschichte: Beim Treffen dabei',
				sections: ['/gipfeltreffen/hochrangige-teilnahme/'],
			},
			{
				article: longRead,
				headline: election.headline,
				role: 'Rolle in der Geschichte: Gewählt',
				sections: [
					'/kanzlerwahl/die-wahl-am-6-mai-2025/',
					'/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/',
					'/kanzlerwahl/ernennung-und-vereidigung/',
				],
			},
		]);
		const marks = $('section.appearance')
			.filter((_index, element) => $(element).find(`h2 a[href="${longRead}"]`).length > 0)
			.find('mark');
		expect(new Set(marks.map((_index, element) => $(element).text()).get())).toEqual(new Set(['Friedrich Merz', 'Merz']));
	});

	it('the people of the election article have their pages, with the label the article gives them', () => {
		const roleIn = (id: string) => {
			const { $ } = page(`/personen/${id}/`);
			return $('section.appearance')
				.map((_index, element) => ({
					article: $(element).find('h2 a').attr('href'),
					role: normalize($(element).children('p').first().text()),
				}))
				.get();
		};
		expect(roleIn('julia-kloeckner')).toEqual([{ article: longRead, role: 'Rolle in der Geschichte: Sitzungsleitung' }]);
		expect(roleIn('frank-walter-steinmeier')).toEqual([{ article: longRead, role: 'Rolle in der Geschichte: Erwähnt' }]);
	});

	it('the NewsArticle names the three people, and nobody is quoted', () => {
		const [news] = jsonLd(page(longRead).$);
		expect(news!.mentions.map((person: any) => person.name)).toEqual(['Friedrich Merz', 'Julia Klöckner', 'Frank-Walter Steinmeier']);
		for (const id of ['friedrich-merz', 'julia-kloeckner', 'frank-walter-steinmeier'])
			expect(page(`/personen/${id}/`).$('.quotes blockquote'), id).toHaveLength(0);
	});
});

describe('an article without an event claims none', () => {
	it('no event <time> and no „Ereignis“ in the long-read’s header (only its publication date); the header names only the number of sections', () => {
		const { $ } = page(longRead);
		expect($('.article-header time').not('.publication-dates time')).toHaveLength(0);
		expect(
			$('.publication-dates time')
				.map((_index, time) => $(time).attr('datetime'))
				.get(),
		).toEqual(['2026-11-26T12:00+01:00']);
		expect(normalize($('.article-header .meta').text())).toBe('4 Abschnitte · 2 Min. Lesezeit');
	});

	it('no <time> but its publication date on any of its pages, nor on its card on the home page', () => {
		for (const path of allPaths) expect(page(path).$('main time').not('.publication-dates time'), path).toHaveLength(0);
		const { $ } = page('/');
		const card = $('article.card').filter((_index, element) => $(element).find(`a[href="${longRead}"]`).length > 0);
		expect(card).toHaveLength(1);
		expect(card.find('time')).toHaveLength(0);
		expect(normalize(card.find('.meta').text())).toBe('4 Abschnitte · 2 Min. Lesezeit');
	});

	it('JSON-LD: the NewsArticle has no `about`, and no page of the article has an Event; the summit article still has its Event', () => {
		const [news] = jsonLd(page(longRead).$);
		expect(news!['@type']).toBe('NewsArticle');
		expect(news!.headline).toBe(election.headline);
		expect(news).not.toHaveProperty('about');
		for (const path of allPaths) expect(jsonLd(page(path).$).flatMap(typesIn), path).not.toContain('Event');
		const [summitNews] = jsonLd(page(summit.path).$);
		expect(summitNews!.about['@type']).toBe('Event');
		expect(summitNews!.about.startDate).toBe('2025-08-18');
		expect(page(summit.path).$('.article-header .meta time').attr('datetime')).toBe('2025-08-18');
	});
});

describe('an article without key points, timeline or glossary shows none of them', () => {
	it.each(allPaths)('%s: no key points, no timeline, no glossary terms', (path) => {
		const { $ } = page(path);
		expect($('.key-points')).toHaveLength(0);
		expect($('.timeline, #lb-chronologie')).toHaveLength(0);
		expect($('a.glossary-term, .glossary-defs, [popover][id^="lb-def-"]')).toHaveLength(0);
		expect($('nav.toc a[href="#lb-chronologie"]')).toHaveLength(0);
	});

	it('the glossary page does not send readers to it', () => {
		expect(page('/glossar/').$(`a[href^="${longRead}"]`)).toHaveLength(0);
	});
});

describe('the election article’s Markdown, rendered', () => {
	const longReadSection = (slug: string) => page(longRead).$(`section.article-section[data-section="${slug}"] .prose`);
	const sectionProse = (slug: string) => page(sectionPath(slug)).$('article.section-page .prose');

	it.each([
		// On the section page the section heading is the h1, so `###` becomes h2 there (no level skipped).
		['long-read', 'h3', () => longReadSection('zwei-wahlgaenge-an-einem-tag'), page(longRead).$] as const,
		[
			'section page',
			'h2',
			() => sectionProse('zwei-wahlgaenge-an-einem-tag'),
			page(sectionPath('zwei-wahlgaenge-an-einem-tag')).$,
		] as const,
	])('%s: each ### heading (as %s) sits in one .heading-wrapper with its own anchor link', (_where, tag, prose, $) => {
		const subheadings = prose().find(tag);
		expect(subheadings.map((_index, element) => ({ id: $(element).attr('id'), text: normalize($(element).text()) })).get()).toEqual([
			{ id: 'erster-wahlgang', text: 'Erster Wahlgang' },
			{ id: 'zweiter-wahlgang', text: 'Zweiter Wahlgang' },
		]);
		subheadings.each((_index, element) => {
			const heading = $(element);
			const wrapper = heading.parent();
			expect(wrapper.hasClass('heading-wrapper'), heading.attr('id')).toBe(true);
			const anchors = wrapper.children('a.anchor-link');
			expect(anchors, heading.attr('id')).toHaveLength(1);
			expect(anchors.attr('href')).toBe(`#${heading.attr('id')}`);
			expect(anchors.attr('aria-label')).toBe(`Link zu diesem Abschnitt: ${normalize(heading.text())}`);
			expect(wrapper.children()).toHaveLength(2);
		});
	});

	it.each(allPaths)('%s: headings never skip a level', (path) => {
		expect(skippedLevels(page(path).$)).toEqual([]);
	});

	it.each([
		['long-read', () => longReadSection('zwei-wahlgaenge-an-einem-tag'), page(longRead).$] as const,
		['section page', () => sectionProse('zwei-wahlgaenge-an-einem-tag'), page(sectionPath('zwei-wahlgaenge-an-einem-tag')).$] as const,
	])('%s: the table scrolls in a labelled, focusable region, with a header row and right-aligned numbers', (_where, prose, $) => {
		const tables = prose().find('table');
		expect(tables).toHaveLength(1);
		const region = tables.parent();
		expect(region.is('div.table-scroll')).toBe(true);
		expect(region.attr('role')).toBe('region');
		expect(region.attr('tabindex')).toBe('0');
		expect(region.attr('aria-label')).toBe('Tabelle');
		const table = tables.first();
		expect(table.find('th')).toHaveLength(4);
		expect(table.find('thead th')).toHaveLength(4);
		expect(
			table
				.find('thead th')
				.map((_index, element) => normalize($(element).text()))
				.get(),
		).toEqual(['Wahlgang', 'Ja-Stimmen', 'Nötig', 'Ergebnis']);
		const rows = table
			.find('tbody tr')
			.map((_index, row) => [
				$(row)
					.find('td')
					.map((_i, cell) => normalize($(cell).text()))
					.get(),
			])
			.get();
		expect(rows).toEqual([
			['Erster Wahlgang', '310', '316', 'nicht gewählt'],
			['Zweiter Wahlgang', '325', '316', 'gewählt'],
		]);
		// `---:` in the second and third column: right-aligned by class, never by the obsolete `align` attribute.
		table.find('tr').each((_index, row) => {
			const cells = $(row).children('th, td');
			expect(cells.map((_i, cell) => $(cell).hasClass('align-right')).get()).toEqual([false, true, true, false]);
		});
		expect(table.find('[align]')).toHaveLength(0);
	});

	it.each([
		['long-read', () => longReadSection('was-das-grundgesetz-vorschreibt'), page(longRead).$] as const,
		[
			'section page',
			() => sectionProse('was-das-grundgesetz-vorschreibt'),
			page(sectionPath('was-das-grundgesetz-vorschreibt')).$,
		] as const,
	])('%s: the blockquote and the ordered list of three steps', (_where, prose, $) => {
		const quote = prose().find('blockquote');
		expect(quote).toHaveLength(1);
		expect(normalize(quote.text())).toBe(
			'„Der Bundeskanzler wird auf Vorschlag des Bundespräsidenten vom Bundestage ohne Aussprache gewählt.“',
		);
		const list = prose().find('ol');
		expect(list).toHaveLength(1);
		expect(
			list
				.children('li')
				.map((_index, element) => normalize($(element).text()))
				.get(),
		).toEqual([
			'Der Bundespräsident schlägt dem Bundestag eine Person vor; der Bundestag wählt ohne Aussprache.',
			'Gewählt ist, wer die Stimmen der Mehrheit aller Mitglieder des Bundestages erhält. Der Bundespräsident muss die gewählte Person dann ernennen.',
			'Scheitert der vorgeschlagene Kandidat, beginnt eine zweite Phase: Binnen vierzehn Tagen kann der Bundestag einen Bundeskanzler wählen, wieder mit mehr als der Hälfte seiner Mitglieder.',
		]);
	});

	it.each([
		['long-read', () => longReadSection('ernennung-und-vereidigung'), page(longRead).$] as const,
		['section page', () => sectionProse('ernennung-und-vereidigung'), page(sectionPath('ernennung-und-vereidigung')).$] as const,
	])('%s: keeps <span lang="en">Federal Chancellor</span>', (_where, prose, $) => {
		const english = prose().find('[lang]');
		expect(english).toHaveLength(1);
		expect(english.is('span')).toBe(true);
		expect(english.attr('lang')).toBe('en');
		expect($.html(english)).toBe('<span lang="en">Federal Chancellor</span>');
		expect(normalize(prose().text())).toContain('heißt auf Englisch offiziell Federal Chancellor; der deutsche Titel ist Bundeskanzler.');
	});
});

describe('an article of another shape (kanzlerwahl): previews, feed, sitemap, search', () => {
	const previews: Array<[path: string, image: string]> = [
		[longRead, '/og/kanzlerwahl.png'],
		...election.sections.map(({ slug }): [string, string] => [sectionPath(slug), `/og/kanzlerwahl/${slug}.png`]),
	];
	it.each(previews)('%s has its own preview image %s: PNG, 1200×630', (path, image) => {
		expect(page(path).$('meta[property="og:image"]').attr('content')).toBe(`${origin}${image}`);
		const file = join(distDir, image);
		expect(existsSync(file), `${image} fehlt`).toBe(true);
		expect(readPngHeader(readFileSync(file))).toEqual({ width: 1200, height: 630 });
	});

	it('rss.xml has one item for each of the three articles', () => {
		const feed = load(readFileSync(join(distDir, 'rss.xml'), 'utf8'), { xml: true });
		const items = feed('item')
			.map((_index, element) => ({
				title: feed(element).find('title').text(),
				link: feed(element).find('link').text(),
				description: feed(element).find('description').text(),
			}))
			.get();
		expect([...items].sort((a, b) => a.link.localeCompare(b.link))).toEqual(
			[summit, election, brief].map((entry) => ({ title: entry.headline, link: `${origin}${entry.path}`, description: entry.description })),
		);
	});

	it('the sitemap lists every page of the article (and of the one-section article)', () => {
		const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
		const maps = Array.from(read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g), (match) => new URL(match[1]!).pathname);
		const listed = maps.flatMap((map) => Array.from(read(map.slice(1)).matchAll(/<loc>([^<]+)<\/loc>/g), (match) => match[1]!));
		for (const path of allPaths) expect(listed, path).toContain(`${origin}${path}`);
		for (const path of [brief.path, `${brief.path}${brief.sections[0].slug}/`]) expect(listed, path).toContain(`${origin}${path}`);
	});

	it('Pagefind reads only the pages the build lists, the stories’ search documents; the documents and their list are not part of the site', () => {
		const files = (readdirSync(distDir, { recursive: true }) as string[])
			.filter((name) => name.endsWith('.html'))
			.map((name) => name.split('\\').join('/'));
		const indexed = indexedDocuments().map((document) => document.url);
		expect(indexed.sort()).toEqual([...[summit.path, election.path, brief.path].map((path) => `${path}suchdokument/`)].sort());
		// No page that stays in the output carries the index's body: the glossary page is read by people, not by the index.
		expect(files.filter((name) => readFileSync(join(distDir, name), 'utf8').includes('data-pagefind-body'))).toEqual([]);
		// The search documents and the files that named them are not in what is deployed, but in the artefact beside it.
		const artefact = searchArtefactDir(distDir);
		for (const path of [summit.path, election.path, brief.path]) {
			expect(existsSync(join(distDir, path.slice(1), 'suchdokument')), path).toBe(false);
			expect(existsSync(join(artefact, path.slice(1), 'suchdokument/index.html')), path).toBe(true);
		}
		expect(existsSync(join(distDir, searchIndexList))).toBe(false);
		expect(existsSync(join(artefact, searchIndexList))).toBe(true);
	});

	it('the Pagefind index holds one document per story (each section a heading in it, its text only), and nothing else', () => {
		const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.keys(entry.languages)).toEqual(['de']);
		const documents = indexedDocuments();
		const expected = [summit.path, election.path, brief.path].map((path) => `${path}suchdokument/`);
		expect(entry.languages['de']!.page_count).toBe(expected.length);
		expect(documents.map((document) => document.url).sort()).toEqual(expected.sort());
		const story = documents.find((document) => document.url === `${election.path}suchdokument/`)!;
		// Each section is a heading of the document, in order, with its slug: a hit leads to its section page.
		expect(story.anchors.filter((anchor) => anchor.element === 'h2').map((anchor) => [anchor.id, normalize(anchor.text)])).toEqual(
			election.sections.map((section) => [section.slug, section.heading]),
		);
		expect(story.content).toContain('Federal Chancellor');
		// Only the article's text: no furniture of the pages around it, no headline.
		for (const furniture of ['Link zu diesem Abschnitt', 'Nächster Abschnitt', 'Quelle:', 'Abschnitt 1 von 4', election.headline])
			expect(story.content).not.toContain(furniture);
		expect(story.filters['artikel']).toEqual([election.headline]);
		expect(story.meta['title']).toBe(election.headline);
		// The person filter: the people the story's text names.
		expect(story.filters['person']!.sort()).toEqual(['Friedrich Merz', 'Frank-Walter Steinmeier', 'Julia Klöckner'].sort());
	});

	it('the glossary’s terms for the search’s card: one record each, its forms and its definition as the front matter writes it', () => {
		const records = JSON.parse(readFileSync(join(distDir, paths.searchTerms().slice(1)), 'utf8')) as Array<{
			slug: string;
			term: string;
			forms: string[];
			definition: string;
		}>;
		expect(records.map((record) => record.slug)).toEqual(glossaryTerms);
		// tests/fixtures/site/articles/gipfeltreffen.md: term Kreml, aliases [Kreml, Kremls].
		expect(records.find((record) => record.slug === 'kreml')).toEqual({
			slug: 'kreml',
			term: 'Kreml',
			forms: ['Kreml', 'Kremls'],
			definition:
				'Festungsanlage im Zentrum Moskaus und Amtssitz des russischen Präsidenten. Das Wort steht oft für die russische Staatsführung.',
		});
	});
});

describe('an article with one section and no people (kurzmeldung)', () => {
	const sectionPage = `${brief.path}${brief.sections[0].slug}/`;

	it('has a long-read and its one section page', () => {
		expect(
			builtPages()
				.map((built) => built.path)
				.filter((path) => path.startsWith(brief.path))
				.sort(),
		).toEqual([brief.path, sectionPage]);
		expect(normalize(page(brief.path).$('h1').text())).toBe(brief.headline);
		expect(normalize(page(sectionPage).$('h1').text())).toBe(brief.sections[0].heading);
		expect(normalize(page(sectionPage).$('.position').text())).toBe('Abschnitt 1 von 1 · 1 Min. Lesezeit');
		expect(normalize(page(brief.path).$('.article-header .meta').text())).toBe('1 Abschnitt · 1 Min. Lesezeit');
	});

	it.each([brief.path, sectionPage])('%s: no sidebar, and no room kept for one', (path) => {
		const { $ } = page(path);
		expect($('aside')).toHaveLength(0);
		expect($('main').hasClass('has-aside'), `${path}: <main class="has-aside"> ohne <aside>`).toBe(false);
	});

	it('the section page has no empty section navigation', () => {
		const { $ } = page(sectionPage);
		expect($('nav.pager a[rel=prev], nav.pager a[rel=next]')).toHaveLength(0);
		expect($('nav.pager'), 'leere <nav aria-label="Abschnitte"> ohne Links').toHaveLength(0);
	});

	it.each([brief.path, sectionPage])('%s: names nobody, links no person, every link resolves', (path) => {
		const { $ } = page(path);
		expect($('main a[href^="/personen/"]')).toHaveLength(0);
		const [data] = jsonLd($);
		expect(data!.mentions ?? []).toEqual([]);
		$('main a[href^="/"]').each((_index, element) => {
			const href = $(element).attr('href')!;
			expect(fileForPath(href), href).toBeDefined();
		});
	});

	it('no person page claims it', () => {
		for (const built of builtPages().filter((candidate) => candidate.path.startsWith('/personen/'))) {
			expect(built.$(`a[href^="${brief.path}"]`), built.path).toHaveLength(0);
		}
	});
});
