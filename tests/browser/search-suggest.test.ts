import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useSite } from '../helpers/site.ts';

/**
 * „Meinten Sie …?“ (issue 13, forgiving search) and its results at once
 * (issue 28): a name with a typing slip finds nothing in Pagefind. When
 * exactly one known word is one edit away, its results show at once under
 * „Ergebnisse für „…“ · Stattdessen suchen nach „…““, the second a link that
 * searches the spelling as typed; otherwise the search asks. Names from
 * tests/fixtures/site/: Emmanuel Macron stands in the summit story only, in
 * „Das wohl wichtigste Ergebnis“ and „Hochrangige Teilnahme“ (once each; the
 * earlier section leads). The vocabulary is every word of four letters or
 * more of the people's names and spellings and of the glossary's terms.
 */
const site = useSite();

const macronSection = '/gipfeltreffen/das-wohl-wichtigste-ergebnis/';

/** Waits until `scope` answers `query`; the count, the line under it, the results and the status. */
async function answer(page: Page, scope: 'header' | 'main', query: string) {
	await page.waitForFunction(
		([within, asked]) => (document.querySelector(`${within} [data-search-count]`)?.textContent ?? '').includes(`„${asked}“`),
		[scope, query] as const,
		{ timeout: 15_000 },
	);
	return page.evaluate((within) => {
		const line = document.querySelector<HTMLElement>(`${within} [data-search-suggestion]`)!;
		const list = document.querySelector(`${within} [data-search-results]`)!;
		// What stands between the line and the list: nothing shown (the term's card is hidden for these queries).
		let between = line.nextElementSibling;
		while (between && between !== list && (between as HTMLElement).hidden) between = between.nextElementSibling;
		return {
			count: document.querySelector(`${within} [data-search-count]`)?.textContent ?? '',
			line: line.hidden ? undefined : line.innerText,
			lineLink: line.hidden ? undefined : line.querySelector('a')?.getAttribute('href'),
			resultsUnderLine: between === list,
			results: [...list.querySelectorAll('a')].map((link) => link.getAttribute('href')!.split('?')[0]!),
			status: document.querySelector(`${within} [data-search-status]`)?.textContent ?? '',
		};
	}, scope);
}

describe('one slip from one name: its results at once', () => {
	it('on the search page: „Macorn“ shows Macron’s results under the line; its link searches „Macorn“ as typed, without taking Macron again; a new query is corrected again', async () => {
		const { page, problems } = await site.open('/suche/?q=Macorn');
		const corrected = await answer(page, 'main', 'Macorn');
		expect(corrected).toEqual({
			count: 'Keine Treffer für „Macorn“',
			line: 'Ergebnisse für „Macron“ · Stattdessen suchen nach „Macorn“',
			lineLink: '/suche/?q=Macorn&genau=1',
			resultsUnderLine: true,
			results: [macronSection],
			status: 'Keine Treffer für „Macorn“. 1 Treffer für „Macron“',
		});
		expect(await axeViolations(page)).toEqual([]);
		// The address keeps what the reader typed: a reload corrects it again.
		expect(new URL(page.url()).searchParams.get('q')).toBe('Macorn');

		await page.locator('main [data-search-suggestion]').getByRole('link', { name: 'Macorn' }).click();
		await page.waitForURL((url) => url.pathname === '/suche/' && url.searchParams.get('genau') === '1', { timeout: 10_000 });
		// Searched as written: nothing, and the close name is only offered.
		await page.waitForFunction(() => !(document.querySelector<HTMLElement>('main [data-search-suggestion]')?.hidden ?? true), null, {
			timeout: 15_000,
		});
		const asTyped = await answer(page, 'main', 'Macorn');
		expect(asTyped).toEqual({
			count: 'Keine Treffer für „Macorn“',
			line: 'Meinten Sie „Macron“?',
			lineLink: '/suche/?q=Macron',
			resultsUnderLine: true,
			results: [],
			status: 'Keine Treffer für „Macorn“. Meinten Sie „Macron“?',
		});
		expect(new URL(page.url()).searchParams.get('q')).toBe('Macorn');
		expect(new URL(page.url()).searchParams.get('genau')).toBe('1');

		// The flag belongs to that query: another slip is corrected, and the address drops the flag.
		await page.locator('main input[type=search]').fill('Selenksyj');
		const next = await answer(page, 'main', 'Selenksyj');
		expect(next.line).toBe('Ergebnisse für „Selenskyj“ · Stattdessen suchen nach „Selenksyj“');
		expect(next.results.length).toBeGreaterThan(0);
		expect(new URL(page.url()).searchParams.get('genau')).toBeNull();
		expect(problems).toEqual([]);
	});

	it('in the header: „Makron“ shows Macron’s results in the panel, the link leads to the search page as typed; a word far from every name offers nothing', async () => {
		const { page, problems } = await site.open('/');
		const field = page.locator('header input[type=search]');
		await field.fill('Makron');
		const corrected = await answer(page, 'header', 'Makron');
		expect(corrected).toEqual({
			count: 'Keine Treffer für „Makron“',
			line: 'Ergebnisse für „Macron“ · Stattdessen suchen nach „Makron“',
			lineLink: '/suche/?q=Makron&genau=1',
			resultsUnderLine: true,
			results: [macronSection],
			status: 'Keine Treffer für „Makron“. 1 Treffer für „Macron“',
		});
		await field.fill('Quarkspeise');
		const nothing = await answer(page, 'header', 'Quarkspeise');
		expect(nothing.count).toBe('Keine Treffer für „Quarkspeise“');
		expect(nothing.line).toBeUndefined();
		expect(nothing.results).toEqual([]);
		expect(problems).toEqual([]);
	});
});

describe('„Meinten Sie …?“ when the slip is not certain', () => {
	it('„Marz“ is one edit from two names (Mark: k for z; Merz: e for a): it asks, offering the first in the vocabulary’s order, whose link finds him', async () => {
		const { page, problems } = await site.open('/suche/?q=Marz');
		const asked = await answer(page, 'main', 'Marz');
		expect(asked).toEqual({
			count: 'Keine Treffer für „Marz“',
			line: 'Meinten Sie „Mark“?',
			lineLink: '/suche/?q=Mark',
			resultsUnderLine: true,
			results: [],
			status: 'Keine Treffer für „Marz“. Meinten Sie „Mark“?',
		});
		expect(await axeViolations(page)).toEqual([]);
		await page.locator('main [data-search-suggestion]').getByRole('link', { name: 'Mark' }).click();
		await page.waitForURL((url) => url.pathname === '/suche/' && url.searchParams.get('q') === 'Mark', { timeout: 10_000 });
		const found = await answer(page, 'main', 'Mark');
		expect(found.count).toMatch(/^\d+ Treffer für „Mark“$/);
		expect(found.line).toBeUndefined();
		expect(found.results.length).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	it('„Steinmair“ is two edits from „Steinmeier“ (a for e, an e missing) and more from any other word: it asks', async () => {
		const { page, problems } = await site.open('/suche/?q=Steinmair');
		const asked = await answer(page, 'main', 'Steinmair');
		expect(asked.line).toBe('Meinten Sie „Steinmeier“?');
		expect(asked.results).toEqual([]);
		expect(problems).toEqual([]);
	});
});

/**
 * Compounds inside compounds (issue 13): the test content's short report
 * says „Militärstützpunkt“ (tests/fixtures/site/articles/kurzmeldung.md);
 * „Stützpunkt“, itself a compound, finds it, and so does a slip in it.
 */
describe('nested compounds in Chromium', () => {
	it('„Stützpunkt“ finds the section with „Militärstützpunkt“', async () => {
		const { page, problems } = await site.open('/suche/?q=St%C3%BCtzpunkt');
		const count = page.locator('main [data-search-count]');
		await expect.poll(() => count.innerText(), { timeout: 15_000 }).toBe('1 Treffer für „Stützpunkt“');
		const link = page.locator('main [data-search-results] li a').first();
		expect(new URL((await link.getAttribute('href')) ?? '', 'http://x').pathname).toBe('/kurzmeldung/was-eine-kurzmeldung-ist/');
		expect(await page.locator('main [data-search-results] li').first().innerText()).toContain('Militärstützpunkt');
		expect(problems).toEqual([]);
	});

	it('a word that only shares a part with it finds nothing: „Punktestand“', async () => {
		const { page } = await site.open('/suche/?q=Punktestand');
		await expect
			.poll(() => page.locator('main [data-search-count]').innerText(), { timeout: 15_000 })
			.toBe('Keine Treffer für „Punktestand“');
	});
});
