import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from '../helpers/site.ts';

/**
 * „Meinten Sie …?“ (issue 13, forgiving search): a name with a typing slip
 * finds nothing in Pagefind; the search then offers the name as written in
 * the articles, and its link finds it. Names from tests/fixtures/site/.
 */
const site = useSite();

describe('„Meinten Sie …?“', () => {
	it('on the search page: „Selenksyj“ finds nothing and offers „Selenskyj“, whose link finds him', async () => {
		const { page, problems } = await site.open('/suche/?q=Selenksyj');
		const count = page.locator('main [data-search-count]');
		const suggestion = page.locator('main [data-search-suggestion]');
		await expect.poll(() => suggestion.innerText(), { timeout: 15_000 }).toBe('Meinten Sie „Selenskyj“?');
		expect(await count.innerText()).toBe('Keine Treffer für „Selenksyj“');
		expect(await axeViolations(page)).toEqual([]);
		// Announced too: the page's search status says the same.
		const statuses = await page.evaluate(() => [...document.querySelectorAll('[data-search-status]')].map((status) => status.textContent));
		expect(statuses).toContain('Keine Treffer für „Selenksyj“. Meinten Sie „Selenskyj“?');
		await suggestion.getByRole('link', { name: 'Selenskyj' }).click();
		await page.waitForURL((url) => url.pathname === '/suche/' && url.searchParams.get('q') === 'Selenskyj', { timeout: 10_000 });
		await expect.poll(() => count.innerText(), { timeout: 15_000 }).toMatch(/^\d+ Treffer für „Selenskyj“$/);
		expect(await suggestion.isHidden()).toBe(true);
		expect(await page.locator('main [data-search-results] li').count()).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	it('in the header: „Makron“ offers „Macron“; a word far from every name offers nothing', async () => {
		const { page } = await site.open('/');
		const field = page.locator('header input[type=search]');
		await field.fill('Makron');
		const count = page.locator('header [data-search-count]');
		const suggestion = page.locator('header [data-search-suggestion]');
		await expect.poll(() => suggestion.innerText(), { timeout: 15_000 }).toBe('Meinten Sie „Macron“?');
		await field.fill('Quarkspeise');
		await expect.poll(() => count.innerText(), { timeout: 15_000 }).toBe('Keine Treffer für „Quarkspeise“');
		expect(await suggestion.isHidden()).toBe(true);
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
		expect(new URL(await link.getAttribute('href') ?? '', 'http://x').pathname).toBe('/kurzmeldung/was-eine-kurzmeldung-ist/');
		expect(await page.locator('main [data-search-results] li').first().innerText()).toContain('Militärstützpunkt');
		expect(problems).toEqual([]);
	});

	it('a word that only shares a part with it finds nothing: „Punktestand“', async () => {
		const { page } = await site.open('/suche/?q=Punktestand');
		await expect.poll(() => page.locator('main [data-search-count]').innerText(), { timeout: 15_000 }).toBe('Keine Treffer für „Punktestand“');
	});
});
