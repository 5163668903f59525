import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, holdSearchData, useSite } from '../helpers/site.ts';
import { fileForPath } from '../helpers/dist.ts';
import { relevance } from '../fixtures/search-relevance.ts';
import { searchTiming } from '../../src/lib/search/names.ts';

const article = '/gipfeltreffen/';
/** The headlines of the test articles, as their front matter writes them: the values of the „Artikel“ filter. */
const summitTitle = 'Nach dem Treffen im Weißen Haus: Trump will Gipfel von Putin und Selenskyj vorbereiten';
const electionTitle = 'Zweiter Wahlgang: Wie der Bundestag Friedrich Merz zum Kanzler wählte';
const shortTitle = 'Testmeldung mit nur einem Abschnitt';
const site = useSite();

async function resultsOnSearchPage(page: Page): Promise<string[]> {
	await page.waitForFunction(() => (document.querySelector('site-search.page [data-search-count]')?.textContent ?? '') !== '', null, {
		timeout: 15_000,
	});
	return page.locator('site-search.page [data-search-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

/** Types `query` into the search page's field (its filters stay as the address set them) and reads the hits once they answer it. */
async function resultsForTyped(page: Page, query: string): Promise<string[]> {
	await page.locator('site-search.page input[type=search]').fill(query);
	await page.waitForFunction(
		(asked) => (document.querySelector('site-search.page [data-search-count]')?.textContent ?? '').includes(`„${asked}“`),
		query,
		{ timeout: 15_000 },
	);
	return page.locator('site-search.page [data-search-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

/** A hit's page without the words to highlight: `/<article>/<section>/` (or a long-read). */
const pathOf = (href: string) => href.split('?')[0]!;

/**
 * „Treffen“ stands in the summit story only. Unfiltered, its hit leads to a
 * section with three „Treffen“ (also „Treffens“): „Trump telefoniert …“, the
 * earlier of the two such („Selenskyj offen für Treffen …“ is the other).
 * Filtered by Mark Rutte, to one of the two sections that name him.
 */
const treffenBest = '/gipfeltreffen/trump-telefoniert-mit-putin-um-prozess-in-gang-zu-setzen/';
const ruttesSections = [
	'/gipfeltreffen/hochrangige-teilnahme/',
	'/gipfeltreffen/selenskyj-offen-fuer-treffen-mit-putin-ohne-vorbedingungen/',
];

/** Waits until the search page lists one hit, leading to one of `paths`. */
const oneHitIn = (page: Page, paths: readonly string[]) =>
	page.waitForFunction(
		(wanted) => {
			const links = [...document.querySelectorAll('site-search.page [data-search-results] a')];
			return links.length === 1 && wanted.includes(links[0]!.getAttribute('href')!.split('?')[0]!);
		},
		paths,
		{ timeout: 15_000 },
	);

/**
 * Queries across all three test articles, unfiltered, and the page each must
 * return first: written by reading tests/fixtures/site/articles/*.md (the word
 * stands only there, or there most often and in the heading).
 */
const acrossArticles: Array<[query: string, first: string]> = [
	['Uschakow', '/gipfeltreffen/kreml-bestaetigt-telefonat-bleibt-aber-vage/'],
	['Meloni', '/gipfeltreffen/hochrangige-teilnahme/'],
	['Kanzlermehrheit', '/kanzlerwahl/was-das-grundgesetz-vorschreibt/'],
	['Grundgesetz', '/kanzlerwahl/was-das-grundgesetz-vorschreibt/'],
	['Wahlgang', '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/'],
	['vereidigt', '/kanzlerwahl/ernennung-und-vereidigung/'],
	['Federal Chancellor', '/kanzlerwahl/ernennung-und-vereidigung/'],
	['Kurzmeldung', '/kurzmeldung/was-eine-kurzmeldung-ist/'],
];

describe('search relevance (the real index in Chromium)', () => {
	// The table was written by reading the summit article: which of its sections each query must find first.
	// Other test articles may rank higher for a word they are about (Kanzler), so the table searches within that article.
	it(`returns the expected section of the summit article first for each of ${relevance.length} queries`, async () => {
		// One page, filtered to the summit story by its address; the queries typed one after the other, as a reader refines them.
		const { page, problems } = await site.open(`/suche/?artikel=${encodeURIComponent(summitTitle)}`);
		const misses: string[] = [];
		for (const [query, expected] of relevance) {
			const hrefs = await resultsForTyped(page, query);
			const paths = hrefs.map(pathOf);
			const want = `${article}${expected}/`;
			if (paths[0] !== want) misses.push(`${query}: erwartet ${want}, bekam ${paths.slice(0, 3).join(', ') || 'nichts'}`);
			for (const href of hrefs) expect(fileForPath(href), `${href} gibt es nicht in dist/`).toBeDefined();
		}
		console.info(`Relevanz: Top-1 ${relevance.length - misses.length}/${relevance.length}`);
		expect(misses).toEqual([]);
		expect(problems).toEqual([]);
	}, 120_000);

	it(`across all articles, unfiltered, returns the expected page first for each of ${acrossArticles.length} queries`, async () => {
		const { page, problems } = await site.open('/suche/');
		const misses: string[] = [];
		for (const [query, expected] of acrossArticles) {
			const paths = (await resultsForTyped(page, query)).map(pathOf);
			if (paths[0] !== expected) misses.push(`${query}: erwartet ${expected}, bekam ${paths.slice(0, 3).join(', ') || 'nichts'}`);
		}
		expect(misses).toEqual([]);
		expect(problems).toEqual([]);
	}, 60_000);

	it('one hit per story, leading to one of its section pages, never to the long-read', async () => {
		const { page } = await site.open('/suche/');
		const stories: Record<string, number> = {};
		for (const query of ['Selenskyj', 'Trump', 'Putin Treffen', 'Sicherheitsgarantien', 'Merz', 'Bundestag']) {
			await page.goto(`${site.origin}/suche/?q=${encodeURIComponent(query)}`);
			const hrefs = (await resultsOnSearchPage(page)).map(pathOf);
			expect(hrefs.length, query).toBeGreaterThan(0);
			// A section page of one of the three test articles, never a long-read (`/<article>/`).
			for (const href of hrefs) expect(href, query).toMatch(/^\/(gipfeltreffen|kanzlerwahl|kurzmeldung)\/[a-z0-9-]+\/$/);
			const articles = hrefs.map((href) => href.split('/')[1]!);
			expect(new Set(articles).size, query).toBe(articles.length);
			stories[query] = articles.length;
		}
		// „Merz“ stands in two of the articles: two hits, not one per section that names him (four).
		expect(stories['Merz']).toBe(2);
	});

	it('shows headline, section heading and an excerpt with the words marked, never an index-only term', async () => {
		const { page } = await site.open(`/suche/?q=${encodeURIComponent('Zelensky Truppen')}`);
		await resultsOnSearchPage(page);
		const first = page.locator('site-search.page [data-search-results] li').first();
		await expect(first.locator('.result-title').innerText()).resolves.toBe('Sicherheitsgarantien bleiben von US-Beteiligung abhängig');
		await expect(first.locator('.result-article').innerText()).resolves.toMatch(/^Nach dem Treffen im Weißen Haus/);
		const marks = await first.locator('.result-excerpt mark').allInnerTexts();
		expect(marks).toEqual(expect.arrayContaining(['Bodentruppen', 'Selenskyj']));
		const all = await page.locator('site-search.page [data-search-results]').innerText();
		expect(all).not.toMatch(/zelensky|→/i);
	});

	it('a word that stands only in a headline finds its story and leads to the long-read', async () => {
		// „Testmeldung“ stands in the short article's headline (its front matter's title) and nowhere in a text.
		const { page, problems } = await site.open(`/suche/?q=Testmeldung`);
		expect((await resultsOnSearchPage(page)).map(pathOf)).toEqual(['/kurzmeldung/']);
		const hit = page.locator('site-search.page [data-search-results] li');
		await expect(hit.locator('.result-title').innerText()).resolves.toBe(shortTitle);
		await expect(hit.locator('.result-article').innerText()).resolves.toBe('Der ganze Artikel');
		expect(problems).toEqual([]);
	});

	it('filters by participant: „Treffen“ with Mark Rutte finds the story that names him, at a section that names him', async () => {
		const { page, problems } = await site.open(`/suche/?q=Treffen&person=${encodeURIComponent('Mark Rutte')}`);
		const hrefs = (await resultsOnSearchPage(page)).map(pathOf);
		// Rutte stands in two sections of the summit article, both with „Treffen“.
		expect(hrefs).toHaveLength(1);
		expect(ruttesSections).toContain(hrefs[0]);
		await expect(page.locator('input[name=person]').inputValue()).resolves.toBe('Mark Rutte');
		// Without the filter, the story's hit leads to where „Treffen“ matches best; the glossary's terms are no hits.
		await page.fill('input[name=person]', '');
		await oneHitIn(page, [treffenBest]);
		expect(new URL(page.url()).searchParams.get('person')).toBeNull();
		expect(problems).toEqual([]);
	});

	it('filters by article: „Merz“ comes from two articles unfiltered, and only from the chosen one with „Artikel“ set', async () => {
		const { page, problems } = await site.open(`/suche/?q=Merz`);
		// The field's suggestions load when it is first used.
		await expect(page.locator('datalist option').count()).resolves.toBe(0);
		await page.focus('input[name=artikel]');
		await page.waitForFunction(
			() => document.querySelector('input[name=artikel]')?.closest('label')?.querySelectorAll('datalist option').length === 3,
			null,
			{ timeout: 10_000 },
		);
		const options = await page
			.locator('input[name=artikel] + datalist option')
			.evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value));
		expect(options.sort()).toEqual([electionTitle, shortTitle, summitTitle].sort());
		// Merz stands in one section of the summit article and in three of the election article: a hit per story,
		// the election's at the section that names him most, which says where else he stands.
		const unfiltered = (await resultsOnSearchPage(page)).map(pathOf);
		expect(unfiltered.sort()).toEqual(['/gipfeltreffen/hochrangige-teilnahme/', '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/']);
		const contexts = await page.locator('site-search.page [data-search-results] .result-article').allInnerTexts();
		expect(contexts.sort()).toEqual([`${summitTitle}`, `${electionTitle} · auch in 2 weiteren Abschnitten`].sort());
		await page.fill('input[name=artikel]', electionTitle);
		// The end state: the list holds hits, and all of them come from the chosen article.
		await page.waitForFunction(
			() => {
				const links = [...document.querySelectorAll('site-search.page [data-search-results] a')];
				return links.length > 0 && links.every((link) => link.getAttribute('href')!.startsWith('/kanzlerwahl/'));
			},
			null,
			{ timeout: 15_000 },
		);
		const filtered = await page
			.locator('site-search.page [data-search-results] a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('?')[0]!));
		expect(filtered).toEqual(['/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/']);
		await expect(page.locator('site-search.page [data-search-count]').innerText()).resolves.toBe('1 Treffer für „Merz“');
		expect(new URL(page.url()).searchParams.get('artikel')).toBe(electionTitle);
		// The filter is kept in the address: a reload searches the same article only.
		await page.reload();
		expect((await resultsOnSearchPage(page)).map(pathOf).sort()).toEqual(filtered);
		await expect(page.locator('input[name=artikel]').inputValue()).resolves.toBe(electionTitle);
		expect(problems).toEqual([]);
	});

	it('focusing „Person“ first, before any query, loads its suggestions: every person the index can filter by', async () => {
		const { page, problems } = await site.open('/suche/');
		await expect(page.locator('datalist option').count()).resolves.toBe(0);
		await page.focus('input[name=person]');
		const expected = (await (await page.request.get(new URL('/suche/person.json', page.url()).href)).json()) as string[];
		expect(expected.length).toBeGreaterThan(10);
		await page.waitForFunction(
			(count) => document.querySelectorAll('input[name=person] + datalist option').length === count,
			expected.length,
			{ timeout: 10_000 },
		);
		await expect(
			page.locator('input[name=person] + datalist option').evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value)),
		).resolves.toEqual(expected);
		expect(problems).toEqual([]);
	});

	it('a name typed in any case filters once it is complete; a name that is not offered, once entered, is named and left out', async () => {
		const { page, problems } = await site.open(`/suche/?q=Treffen`);
		await oneHitIn(page, [treffenBest]);
		const field = page.locator('input[name=person]');
		await field.focus();
		// Typed letter by letter: „mark rut“ names nobody yet and changes nothing; „mark rutte“ is Mark Rutte.
		await page.keyboard.type('mark rut');
		await page.waitForTimeout(400);
		expect(new URL(page.url()).searchParams.get('person')).toBeNull();
		await page.keyboard.type('te');
		await oneHitIn(page, ruttesSections);
		expect(new URL(page.url()).searchParams.get('person')).toBe('Mark Rutte');
		await expect(page.locator('site-search.page [data-search-notice]').isHidden()).resolves.toBe(true);
		// A name the site does not know, entered: the page says so and searches without a person.
		await field.fill('Rute');
		await field.press('Enter');
		const notice = page.locator('site-search.page [data-search-notice]');
		await notice.waitFor({ state: 'visible', timeout: 10_000 });
		await expect(notice.innerText()).resolves.toBe('Einen Filter „Rute“ gibt es nicht: Gesucht wird ohne diesen Filter.');
		await oneHitIn(page, [treffenBest]);
		expect(new URL(page.url()).searchParams.get('person')).toBeNull();
		// The field says it is in error, and where the reason stands.
		await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
		await expect(field.getAttribute('aria-describedby')).resolves.toBe(await notice.getAttribute('id'));
		// Seen, too: the field's border takes the notice's colour.
		const noticeColour = await notice.evaluate((element) => getComputedStyle(element).borderInlineStartColor);
		await expect(field.evaluate((element) => getComputedStyle(element).borderTopColor)).resolves.toBe(noticeColour);
		await field.fill('');
		await notice.waitFor({ state: 'hidden', timeout: 10_000 });
		await expect(field.getAttribute('aria-invalid')).resolves.toBeNull();
		expect(problems).toEqual([]);
	});

	it('a name typed into „Person“ while the search code still loads is kept and applied', async () => {
		const { page, problems } = await site.open('/suche/');
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/controller*', async (route) => {
			await gate;
			await route.continue();
		});
		const controller = page.waitForRequest((request) => request.url().includes('/_astro/controller'), { timeout: 10_000 });
		await page.focus('input[name=person]');
		await controller;
		await page.keyboard.type('Mark Rutte');
		release();
		await page.waitForFunction(() => document.querySelectorAll('input[name=person] + datalist option').length > 0, null, {
			timeout: 10_000,
		});
		await expect(page.locator('input[name=person]').inputValue()).resolves.toBe('Mark Rutte');
		await page.locator('site-search.page input[type=search]').fill('Treffen');
		await oneHitIn(page, ruttesSections);
		expect(new URL(page.url()).searchParams.get('person')).toBe('Mark Rutte');
		expect(problems).toEqual([]);
	});
});

describe('search interface', () => {
	it('loads no search code until the reader starts searching', async () => {
		const { page } = await site.open(`${article}hochrangige-teilnahme/`);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.reload();
		await page.waitForLoadState('networkidle', { timeout: 15_000 });
		expect(requests.filter((path) => path.startsWith('/pagefind/') || /controller|arrival/.test(path))).toEqual([]);
		// Listen before acting: the response may arrive before a listener attached afterwards.
		const pagefindFile = (suffix: string) =>
			page.waitForResponse(
				(response) => /^\/pagefind\//.test(new URL(response.url()).pathname) && new URL(response.url()).pathname.endsWith(suffix),
				{ timeout: 10_000 },
			);
		// Focus alone starts Pagefind: its metadata and WebAssembly load while the first word is typed.
		const loaded = Promise.all([pagefindFile('.pf_meta'), pagefindFile('.pagefind')]);
		await page.locator('header input[type=search]').focus();
		await loaded;
		expect(requests.some((path) => path.startsWith('/_astro/controller'))).toBe(true);
		expect(requests.filter((path) => path.startsWith('/pagefind/index/') || path.startsWith('/pagefind/fragment/'))).toEqual([]);
	});

	it('loads the index chunks of a word while it is typed, before the search that follows the pause', async () => {
		const { page, problems } = await site.open(`${article}was-geschieht-gerade/`);
		// The page's clock is paused once Pagefind is ready: the search's pause cannot end while the word is typed.
		await page.clock.install();
		await page.reload();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		const ready = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('.pagefind'), { timeout: 10_000 });
		await page.locator('header input[type=search]').focus();
		await ready;
		// Paused a little ahead of the page's time (pauseAt cannot go back; a slow machine needs the margin).
		await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5_000);
		const chunk = page.waitForRequest((request) => new URL(request.url()).pathname.startsWith('/pagefind/index/'), { timeout: 10_000 });
		await page.keyboard.type('Sicherheitsgarantien');
		await chunk;
		// Loaded while typing, by the preload: no search has run (it would have loaded its results' fragments).
		expect(requests.filter((path) => path.startsWith('/pagefind/fragment/'))).toEqual([]);
		await expect(page.locator('header [data-search-status]').textContent()).resolves.toBe('');
		await page.clock.runFor(1_000);
		await page.waitForFunction(
			() => /Treffer für „Sicherheitsgarantien“/.test(document.querySelector('header [data-search-status]')?.textContent ?? ''),
			null,
			{ timeout: 15_000 },
		);
		expect(problems).toEqual([]);
	});

	it('a search the reader has typed past never shows its results; the one for the whole word does', async () => {
		const { page, problems } = await site.open(`${article}was-geschieht-gerade/`);
		await page.clock.install();
		await page.reload();
		const ready = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('.pagefind'), { timeout: 10_000 });
		await page.locator('header input[type=search]').focus();
		await ready;
		await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5_000);
		// Every text the result count shows, as it changes.
		await page.evaluate(() => {
			const count = document.querySelector('header [data-search-count]')!;
			const said: string[] = [];
			(globalThis as unknown as { said: string[] }).said = said;
			new MutationObserver(() => said.push(count.textContent ?? '')).observe(count, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		// The results' data is held back until the reader has typed on.
		const { asked, release } = holdSearchData(page);
		await page.keyboard.type('Truppe');
		await page.clock.runFor(1_000);
		// The search for „Truppe“ has its hits and waits for their data; the reader types on.
		await asked;
		await page.keyboard.type('n');
		release();
		// Time for its data to come in, short of the pause after „n“ (Pagefind's own timers run on the page's clock too).
		for (let step = 0; step < 5; step += 1) {
			await page.clock.runFor(20);
			await page.waitForTimeout(100);
		}
		await page.clock.runFor(1_000);
		await page.waitForFunction(
			() => /Treffer für „Truppen“/.test(document.querySelector('header [data-search-status]')?.textContent ?? ''),
			null,
			{
				timeout: 15_000,
			},
		);
		const said = await page.evaluate(() => (globalThis as unknown as { said: string[] }).said);
		expect(said.filter((text) => text !== '')).not.toEqual([]);
		expect(said.filter((text) => text.includes('„Truppe“'))).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('marks when a search starts and when its results are in, with its query, for the browser’s performance panel', async () => {
		const { page, problems } = await site.open(`${article}was-geschieht-gerade/`);
		await page.locator('header input[type=search]').fill('Truppen');
		await page.waitForFunction(
			() => /Treffer für „Truppen“/.test(document.querySelector('header [data-search-status]')?.textContent ?? ''),
			null,
			{
				timeout: 15_000,
			},
		);
		const marks = await page.evaluate(
			(names) =>
				[names.started, names.shown].map((name) =>
					performance.getEntriesByName(name, 'mark').map((mark) => (mark as PerformanceMark).detail as string),
				),
			searchTiming,
		);
		expect(marks).toEqual([['Truppen'], ['Truppen']]);
		expect(problems).toEqual([]);
	});

	it('keyboard: results as you type and announced, arrows move, Escape closes, Enter opens with the words highlighted', async () => {
		const { page, problems } = await site.open(`${article}was-geschieht-gerade/`);
		const input = page.locator('header input[type=search]');
		// No single-key shortcut leads here (WCAG 2.1.4; tests/browser/wcag22.test.ts): the field is focused like any other.
		await input.focus();
		await page.keyboard.type('Ushakov');
		const status = page.locator('header [data-search-status]');
		await page.waitForFunction(
			() => document.querySelector('header [data-search-status]')?.textContent === '1 Treffer für „Ushakov“',
			null,
			{ timeout: 15_000 },
		);
		await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
		await expect(page.locator('header [data-search-panel]').isVisible()).resolves.toBe(true);
		await page.keyboard.press('ArrowDown');
		const focused = () =>
			page.evaluate(() => document.activeElement?.closest('[data-search-results] li') !== null && document.activeElement?.tagName === 'A');
		await expect(focused()).resolves.toBe(true);
		await page.keyboard.press('ArrowUp');
		await expect(input.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(page.locator('header [data-search-panel]').isHidden()).resolves.toBe(true);
		await page.keyboard.press('ArrowDown');
		await page.waitForFunction(() => document.activeElement?.tagName === 'A', null, { timeout: 15_000 });
		await Promise.all([page.waitForURL(/kreml-bestaetigt/, { timeout: 10_000 }), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).searchParams.getAll('hervorheben')).toEqual(['Uschakow']);
		await page.waitForSelector('mark.search-highlight', { timeout: 10_000 });
		await expect(page.locator('mark.search-highlight').allInnerTexts()).resolves.toEqual(['Uschakow']);
		await page.getByRole('button', { name: 'Markierungen entfernen' }).click();
		await expect(page.locator('mark.search-highlight').count()).resolves.toBe(0);
		expect(new URL(page.url()).search).toBe('');
		expect(problems).toEqual([]);
	});

	it('says „Keine Treffer für …“ in German', async () => {
		const { page } = await site.open(`/suche/?q=${encodeURIComponent('Xylophonkonzert')}`);
		await resultsOnSearchPage(page);
		await expect(page.locator('site-search.page [data-search-count]').innerText()).resolves.toBe('Keine Treffer für „Xylophonkonzert“');
	});

	it('a shared /suche/?q= link opens with its results, and Back returns to them', async () => {
		// Meloni stands in one section only (the list of participants).
		const { page } = await site.open(`/suche/?q=${encodeURIComponent('Meloni')}`);
		const before = await resultsOnSearchPage(page);
		expect(before.map(pathOf)).toEqual(['/gipfeltreffen/hochrangige-teilnahme/']);
		await expect(page.locator('site-search.page input[type=search]').inputValue()).resolves.toBe('Meloni');
		await page.locator('site-search.page [data-search-results] a').first().click();
		await page.waitForURL(/\/gipfeltreffen\/hochrangige-teilnahme\//, { timeout: 10_000 });
		await page.goBack();
		await page.waitForURL(/suche/, { timeout: 10_000 });
		expect(await resultsOnSearchPage(page)).toEqual(before);
		await expect(page.locator('site-search.page input[type=search]').inputValue()).resolves.toBe('Meloni');
	});

	it('without JavaScript the header form submits to /suche/, which says search needs JavaScript and links the table of contents', async () => {
		const { page } = await site.open(`${article}hochrangige-teilnahme/`, { javaScriptEnabled: false });
		await page.locator('header input[type=search]').fill('Kanzler');
		await Promise.all([
			page.waitForURL(/\/suche\/\?q=Kanzler/, { timeout: 10_000 }),
			page.locator('header input[type=search]').press('Enter'),
		]);
		await expect(page.locator('main').innerText()).resolves.toContain('Die Suche braucht JavaScript');
		// One link per article of the home page (the test site pages by two), to its table of contents; then the archive.
		const tocLinks = page.getByRole('link', { name: /^Inhaltsverzeichnis:/ });
		expect(await tocLinks.allInnerTexts()).toEqual([`Inhaltsverzeichnis: ${summitTitle}`, `Inhaltsverzeichnis: ${electionTitle}`]);
		await expect(page.getByRole('link', { name: 'Ältere Artikel im Archiv' }).getAttribute('href')).resolves.toBe('/archiv/2/');
		await page.getByRole('link', { name: `Inhaltsverzeichnis: ${electionTitle}` }).click();
		await page.waitForURL(/\/kanzlerwahl\/#lb-toc-heading$/, { timeout: 10_000 });
		await expect(page.locator('#lb-toc-heading').isVisible()).resolves.toBe(true);
	});

	it('axe finds no violations with results open, in the header and on the search page', async () => {
		const { page } = await site.open(`${article}was-geschieht-gerade/`);
		await page.locator('header input[type=search]').fill('Selenskyj');
		await page.waitForFunction(() => (document.querySelectorAll('header [data-search-results] a').length ?? 0) > 0, null, {
			timeout: 15_000,
		});
		expect(await axeViolations(page)).toEqual([]);
		const searchPage = await site.open(`/suche/?q=Truppen`, { colorScheme: 'dark' });
		await resultsOnSearchPage(searchPage.page);
		expect(await axeViolations(searchPage.page)).toEqual([]);
	});
});

describe('search robustness', () => {
	const hostile = [
		'<img src=x onerror=alert(1)>',
		'"><script>window.__pwned=1</script>',
		'x'.repeat(2000),
		'🇺🇦🕊️ Frieden 🤝',
		'?!.,;:–„“()[]{}',
		'זלנסקי ופוטין',
		'زيلينسكي',
		'Qwxzptlk Vbnmrt',
		'   ',
		'\\u0000 %00 %3Cscript%3E',
	];

	it('survives hostile and odd queries: no exception, nothing injected, still usable', async () => {
		const { page, problems } = await site.open('/suche/');
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const input = page.locator('site-search.page input[type=search]');
		const baseline = await page.evaluate(() => ({
			images: document.querySelectorAll('img').length,
			scripts: document.querySelectorAll('script').length,
		}));
		for (const query of hostile) {
			const before = await page.locator('site-search.page [data-search-count]').textContent();
			await input.fill(query);
			if (query.trim()) {
				// Each answer names its query, so a new text means this query was answered.
				await page.waitForFunction(
					(previous) => {
						const text = document.querySelector('site-search.page [data-search-count]')?.textContent ?? '';
						return text !== previous && text.includes('Treffer');
					},
					before,
					{ timeout: 15_000 },
				);
			} else {
				// A blank query clears the answer: wait for the empty count and list, not for a fixed time.
				await page.waitForFunction(
					() =>
						document.querySelector('site-search.page [data-search-count]')?.textContent === '' &&
						document.querySelectorAll('site-search.page [data-search-results] li').length === 0,
					null,
					{ timeout: 15_000 },
				);
			}
			const injected = await page.evaluate(() => ({
				images: document.querySelectorAll('img').length,
				scripts: document.querySelectorAll('script').length,
				pwned: (window as unknown as { __pwned?: number }).__pwned,
			}));
			expect(injected, query.slice(0, 40)).toEqual({ ...baseline, pwned: undefined });
			const text = await page.locator('site-search.page [data-search-count]').textContent();
			if (query.trim()) expect(text, query.slice(0, 40)).toMatch(/Treffer/);
		}
		await input.fill('Uschakow');
		await page.waitForFunction(
			() => document.querySelector('site-search.page [data-search-count]')?.textContent === '1 Treffer für „Uschakow“',
			null,
			{ timeout: 15_000 },
		);
		expect(dialogs).toEqual([]);
		expect(problems).toEqual([]);
	}, 60_000);
});
