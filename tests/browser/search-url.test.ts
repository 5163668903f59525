import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';

/**
 * The search page reads the query and the filters from the address, which
 * anyone can write: hostile input must arrive as text, and a filter value the
 * page does not offer must be said, not dropped silently.
 */
const site = useSite();

const resultsShown = (page: Page) =>
	page.waitForFunction(() => (document.querySelector('site-search.page [data-search-count]')?.textContent ?? '') !== '', null, {
		timeout: 15_000,
	});

describe('search input through the address', () => {
	it('a query with markup stays text: in the field, the count and the results, nothing injected', async () => {
		const hostile = '<img src=x onerror=window.__pwned=1>"><script>window.__pwned=2</script>';
		const { page, problems } = await site.open(`/suche/?q=${encodeURIComponent(hostile)}`);
		await resultsShown(page);
		await expect(page.locator('site-search.page input[type=search]').inputValue()).resolves.toBe(hostile);
		await expect(page.locator('site-search.page [data-search-count]').innerText()).resolves.toContain(hostile);
		await expect(page.locator('main img, main script:not([src])').count()).resolves.toBe(0);
		await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
		expect(problems).toEqual([]);
	});

	it('a query of 5,000 characters and one with a real NUL character are answered without errors', async () => {
		for (const query of ['Merz '.repeat(1000), 'Merz\u0000Putin']) {
			const { page, problems } = await site.open(`/suche/?q=${encodeURIComponent(query)}`);
			await resultsShown(page);
			await expect(page.locator('site-search.page [data-search-count]').innerText()).resolves.toMatch(/Treffer für/);
			expect(problems).toEqual([]);
		}
	});

	it('an unknown person filter is named on the page and the search runs without it', async () => {
		const { page, problems } = await site.open(`/suche/?q=Merz&person=${encodeURIComponent('Erika Nirgendwo')}`);
		await resultsShown(page);
		const notice = page.locator('site-search.page [data-search-notice]');
		await expect(notice.isVisible()).resolves.toBe(true);
		await expect(notice.innerText()).resolves.toBe('Einen Filter „Erika Nirgendwo“ gibt es nicht: Gesucht wird ohne diesen Filter.');
		// The field keeps what the link asked for, so the reader can correct it.
		await expect(page.locator('site-search.page input[name=person]').inputValue()).resolves.toBe('Erika Nirgendwo');
		// Merz is named in the summit article and in the Kanzlerwahl article: unfiltered, both come back.
		const hrefs = await page
			.locator('site-search.page [data-search-results] a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.some((href) => href.startsWith('/gipfeltreffen/'))).toBe(true);
		expect(hrefs.some((href) => href.startsWith('/kanzlerwahl/'))).toBe(true);
		await expect(page.locator('site-search.page [data-search-status]').innerText()).resolves.toMatch(
			/^Einen Filter „Erika Nirgendwo“ gibt es nicht: .* Treffer für „Merz“$/,
		);
		expect(problems).toEqual([]);
	});

	it('an unknown article filter with markup is named as text', async () => {
		const { page, problems } = await site.open(`/suche/?q=Merz&artikel=${encodeURIComponent('<b>Fett</b>')}`);
		await resultsShown(page);
		await expect(page.locator('site-search.page [data-search-notice]').innerText()).resolves.toBe(
			'Einen Filter „<b>Fett</b>“ gibt es nicht: Gesucht wird ohne diesen Filter.',
		);
		await expect(page.locator('site-search.page [data-search-notice] b').count()).resolves.toBe(0);
		expect(problems).toEqual([]);
	});

	it('a known filter from the address is applied and no notice shows', async () => {
		const { page, problems } = await site.open(`/suche/?q=Merz&person=${encodeURIComponent('Julia Klöckner')}`);
		await resultsShown(page);
		await expect(page.locator('site-search.page [data-search-notice]').isHidden()).resolves.toBe(true);
		const hrefs = await page
			.locator('site-search.page [data-search-results] a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href).toMatch(/^\/kanzlerwahl\//);
		expect(problems).toEqual([]);
	});
});
