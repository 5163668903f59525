import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { holdSearchData, useSite } from '../helpers/site.ts';

/**
 * Search by keyboard alone, the paths issue 14 found untested: Escape on the
 * search page, and in the header's result panel the ends of the list, Escape
 * from a result, and focus leaving the search. At 1280 px (site.open's
 * default viewport) the header's field stands in the bar; should a „Suche“
 * toggle be needed first, it is pressed.
 */

const site = useSite();

/**
 * „Merz“ stands in the summit article and in the election article
 * (tests/fixtures/site/articles/*.md), and in no glossary entry: two hits (one
 * per story, at its section that names him most), fewer than the panel's
 * limit, so both are listed.
 */
const merzHits = ['/gipfeltreffen/hochrangige-teilnahme/', '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/'];

const panel = (page: Page) => page.locator('header [data-search-panel]');
const resultLinks = (page: Page) => page.locator('header [data-search-results] a');

/** The header's search field, found as a reader finds it (a search box named „Suche“), opened by its toggle if one is shown. */
async function headerField(page: Page): Promise<Locator> {
	const field = page.getByRole('banner').getByRole('searchbox', { name: 'Suche' });
	if (!(await field.isVisible())) {
		const toggle = page
			.getByRole('banner')
			.getByRole('button', { name: 'Suche', exact: true })
			.or(page.getByRole('banner').getByRole('link', { name: 'Suche', exact: true }));
		await toggle.first().click();
	}
	await field.waitFor({ state: 'visible', timeout: 10_000 });
	return field;
}

/** What has focus: `field`, the href of a result link, or a description of anything else. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const active = document.activeElement;
		if (active instanceof HTMLInputElement && active.type === 'search' && active.closest('header')) return 'field';
		if (active instanceof HTMLAnchorElement && active.closest('header [data-search-results]'))
			return active.getAttribute('href')!.split('?')[0]!;
		return `other: ${active?.tagName ?? 'none'}`;
	});

/** Types „Merz“ into the header field and waits until the panel lists its hits. */
async function searchMerz(page: Page): Promise<Locator> {
	const field = await headerField(page);
	await field.click();
	await page.keyboard.type('Merz');
	await page.waitForFunction(() => document.querySelectorAll('header [data-search-results] a').length === 2, null, { timeout: 15_000 });
	await panel(page).waitFor({ state: 'visible', timeout: 10_000 });
	// Fewer hits than the panel shows: no „Alle … Treffer“ link, not even an empty one in the tab order.
	await expect(page.locator('header [data-search-all]').evaluate((link) => getComputedStyle(link).display)).resolves.toBe('none');
	return field;
}

const hrefsInOrder = (page: Page) =>
	resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('?')[0]!));

describe('search by keyboard', () => {
	// Red if Escape in the filled field leaves the query, the old hits, their count, or ?q= in the address
	// (a reload would bring the cleared search back).
	it('on /suche/?q=Merz, Escape in the filled field clears it and empties the results', async () => {
		const { page, problems } = await site.open('/suche/?q=Merz');
		await page.waitForFunction(
			() => document.querySelector('site-search.page [data-search-count]')?.textContent === '2 Treffer für „Merz“',
			null,
			{ timeout: 15_000 },
		);
		const field = page.getByRole('main').getByRole('searchbox', { name: 'Suche' });
		await expect(field.inputValue()).resolves.toBe('Merz');
		await field.focus();
		await page.keyboard.press('Escape');
		await page.waitForFunction(
			() =>
				document.querySelector<HTMLInputElement>('site-search.page input[type=search]')?.value === '' &&
				document.querySelectorAll('site-search.page [data-search-results] li').length === 0 &&
				document.querySelector('site-search.page [data-search-count]')?.textContent === '',
			null,
			{ timeout: 15_000 },
		);
		expect(new URL(page.url()).searchParams.has('q')).toBe(false);
		await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	// Red if ArrowDown does not reach the results, ArrowUp on the first result does not return to the field
	// (focus stuck or lost to <body>), or ArrowDown at the end wraps to the top or leaves the list.
	it('in the header: ArrowDown enters the results, ArrowUp on the first returns to the field, ArrowDown at the last stays', async () => {
		const { page, problems } = await site.open('/glossar/');
		await searchMerz(page);
		const order = await hrefsInOrder(page);
		expect([...order].sort()).toEqual(merzHits);
		await page.keyboard.press('ArrowDown');
		await expect(focused(page)).resolves.toBe(order[0]);
		await page.keyboard.press('ArrowUp');
		await expect(focused(page)).resolves.toBe('field');
		for (const expected of order) {
			await page.keyboard.press('ArrowDown');
			await expect(focused(page)).resolves.toBe(expected);
		}
		await page.keyboard.press('ArrowDown');
		await expect(focused(page)).resolves.toBe(order.at(-1));
		await expect(panel(page).isVisible()).resolves.toBe(true);
		expect(new URL(page.url()).pathname).toBe('/glossar/');
		expect(problems).toEqual([]);
	});

	// Red if Escape on a result leaves the panel open, or closes it and drops focus on <body> (a keyboard user
	// would have to start again from the top of the page).
	it('in the header: Escape on a result closes the panel and puts focus back in the field', async () => {
		const { page, problems } = await site.open('/glossar/');
		await searchMerz(page);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(focused(page)).resolves.not.toBe('field');
		await page.keyboard.press('Escape');
		await panel(page).waitFor({ state: 'hidden', timeout: 10_000 });
		await expect(focused(page)).resolves.toBe('field');
		expect(problems).toEqual([]);
	});

	// Red if results that come in after the reader closed the panel open it again over the page.
	it('in the header: results that come in after Escape closed the panel stay closed until the reader comes back', async () => {
		const { page, problems } = await site.open('/glossar/');
		const field = await searchMerz(page);
		// The next search's data is held back until the panel is closed.
		const { asked, release } = holdSearchData(page);
		// A word of the third story only: its data is not in Pagefind's hands yet.
		await field.selectText();
		await page.keyboard.type('Kurzmeldung');
		await asked;
		await page.keyboard.press('Escape');
		await panel(page).waitFor({ state: 'hidden', timeout: 10_000 });
		release();
		await page.waitForFunction(
			() => /Treffer für „Kurzmeldung“/.test(document.querySelector('header [data-search-status]')?.textContent ?? ''),
			null,
			{ timeout: 15_000 },
		);
		await expect(panel(page).isHidden()).resolves.toBe(true);
		await expect(focused(page)).resolves.toBe('field');
		// Back in the field after leaving it, the new results show.
		await page
			.getByRole('main')
			.getByRole('heading', { level: 1 })
			.click({ position: { x: 5, y: 5 } });
		await field.focus();
		await panel(page).waitFor({ state: 'visible', timeout: 10_000 });
		await expect(page.locator('header [data-search-count]').textContent()).resolves.toMatch(/Treffer für „Kurzmeldung“/);
		expect(problems).toEqual([]);
	});

	// Red if the panel stays open over the page after focus has gone elsewhere, by Tab or by a click.
	it('in the header: focus leaving the search (Tab past it, or a click elsewhere) closes the panel', async () => {
		const { page, problems } = await site.open('/glossar/');
		const field = await searchMerz(page);
		// Tab through the field, its button and the listed results, until focus is outside the search.
		for (let presses = 0; presses < 12; presses += 1) {
			const inside = await page.evaluate(
				() => document.activeElement?.closest('header site-search') !== null && document.activeElement !== null,
			);
			if (!inside) break;
			await page.keyboard.press('Tab');
		}
		await expect(page.evaluate(() => document.activeElement?.closest('header site-search') ?? null)).resolves.toBeNull();
		await panel(page).waitFor({ state: 'hidden', timeout: 10_000 });
		// Back in the field, the hits are shown again; a click on the page's heading (not focusable) closes them.
		await field.focus();
		await panel(page).waitFor({ state: 'visible', timeout: 10_000 });
		await page
			.getByRole('main')
			.getByRole('heading', { level: 1 })
			.click({ position: { x: 5, y: 5 } });
		await panel(page).waitFor({ state: 'hidden', timeout: 10_000 });
		await expect(field.inputValue()).resolves.toBe('Merz');
		expect(problems).toEqual([]);
	});
});
