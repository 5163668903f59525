import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from '../helpers/site.ts';

/**
 * Issue 13: the search filters by month. „Merz“ is named in the summit
 * article (18 August 2025) and in kanzlerwahl (no date) of the test
 * content; with „August 2025“ only the summit's sections remain, and the
 * filter stays in the address.
 */
const site = useSite();

describe('search by month', () => {
	it('„Merz“ in „August 2025“ keeps only the dated article’s sections, and the address says so', async () => {
		const { page, problems } = await site.open('/suche/?q=Merz');
		const count = page.locator('main [data-search-count]');
		await expect.poll(() => count.innerText(), { timeout: 15_000 }).toMatch(/^\d+ Treffer für „Merz“$/);
		const all = Number((await count.innerText()).split(' ')[0]);
		const hrefs = () =>
			page
				.locator('main [data-search-results] li a')
				.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect((await hrefs()).some((path) => path.startsWith('/kanzlerwahl/'))).toBe(true);

		await page.getByLabel('Monat').selectOption('August 2025');
		await expect.poll(() => count.innerText(), { timeout: 15_000 }).not.toBe(`${all} Treffer für „Merz“`);
		const filtered = await hrefs();
		expect(filtered.length).toBeGreaterThan(0);
		expect(filtered.every((path) => path.startsWith('/gipfeltreffen/'))).toBe(true);
		expect(new URL(page.url()).searchParams.get('monat')).toBe('August 2025');
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
});
