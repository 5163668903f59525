import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { pageTypes } from '../helpers/page-types.ts';

/**
 * Phones first (issue 11): on a 390 × 844 screen the headline starts within
 * the first 120 px, the header is one bar, search is one tap away (no page is
 * wider than the screen at 320 px: every-page-*.test.ts).
 */
const site = useSite();
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;


const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top);
const focusedIsSearchField = (page: Page) => page.evaluate(() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'search');

describe('at 390 × 844 the headline starts within the first 120 px', () => {
	it.each([
		['the long-read', pageTypes.longRead],
		['a section page', pageTypes.section],
		['a section page of the other article', pageTypes.otherSection],
	])('%s', async (_what, path) => {
		const { page } = await site.open(path, phone);
		expect(await top(page, 'main h1')).toBeLessThanOrEqual(120);
	});

	it('the header is one bar (brand, links and search on one line, at most 56 px high); the tagline is not shown', async () => {
		const { page } = await site.open(pageTypes.longRead, phone);
		const header = await page.locator('header.site-header').boundingBox();
		expect(header!.height).toBeLessThanOrEqual(56);
		const tops = await page.locator('header.site-header :is(.brand, .site-nav a)').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
		expect(tops).toHaveLength(4);
		expect(new Set(tops).size).toBe(1);
		await expect(page.locator('header .tagline').isVisible()).resolves.toBe(false);
		// From 64rem the tagline stands beside the brand.
		const wide = await site.open(pageTypes.longRead, { viewport: { width: 1280, height: 800 } });
		await expect(wide.page.locator('header .tagline').innerText()).resolves.toBe('Nachrichten erklärt, Abschnitt für Abschnitt');
	});
});

describe('search is one tap away from every page type', () => {
	// The header is one component on every page; its search link behaves in three ways: opening the header's field,
	// the search page's own field, and on the 404 page (which a stale link reaches) the same as elsewhere.
	it.each(Object.entries({ longRead: pageTypes.longRead, search: pageTypes.search, searchResults: '/suche/?q=Merz', notFound: pageTypes.notFound }))('%s: a tap on „Suche“ puts the focus in a search field', async (_type, path) => {
		const { page, problems } = await site.open(path, phone);
		const link = page.locator('header.site-header').getByRole('link', { name: 'Suche', exact: true });
		await link.tap();
		await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'search', null, { timeout: 5_000 });
		await expect(page.locator('input[type=search]:focus').isVisible()).resolves.toBe(true);
		// The field opened in place: the reader is still on the page.
		const url = new URL(page.url());
		expect(url.pathname + url.search).toBe(path);
		expect(problems).toEqual([]);
	});

	it('the field that opened searches as you type', async () => {
		const { page } = await site.open(pageTypes.section, phone);
		await page.locator('header.site-header').getByRole('link', { name: 'Suche', exact: true }).tap();
		await page.keyboard.type('Uschakow');
		await page.waitForFunction(() => document.querySelector('header [data-search-status]')?.textContent === '1 Treffer für „Uschakow“', null, { timeout: 15_000 });
		await expect(page.locator('header [data-search-results] a').first().isVisible()).resolves.toBe(true);
	});

	it.each([
		['long-read', pageTypes.longRead],
		['person', pageTypes.person],
		['404', pageTypes.notFound],
	])('without JavaScript (%s): the tap opens /suche/ with its field', async (_type, path) => {
		const { page } = await site.open(path, { ...phone, javaScriptEnabled: false });
		await Promise.all([page.waitForURL('**/suche/', { timeout: 5_000 }), page.locator('header.site-header').getByRole('link', { name: 'Suche', exact: true }).tap()]);
		await expect(page.locator('main input[type=search]').isVisible()).resolves.toBe(true);
		await expect(focusedIsSearchField(page)).resolves.toBe(false);
	});
});

describe('the participant panel', () => {
	it('on a phone: closed below the text; opened, each person is a name with a role, organisation and count smaller below', async () => {
		const { page } = await site.open(pageTypes.longRead, phone);
		const panel = page.locator('aside.participants details');
		await expect(panel.evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(false);
		await panel.locator('summary').tap();
		const merz = page.locator('aside.participants li[data-person=friedrich-merz]');
		await expect(merz.locator('a').isVisible()).resolves.toBe(true);
		// „Friedrich Merz, Bundeskanzler“ fits one line at 390 px; „Deutschland, in 1 Abschnitt genannt“ below, in smaller type.
		const layout = await merz.evaluate((item) => {
			const name = item.querySelector('a')!.getBoundingClientRect();
			const role = item.querySelector('.role')!.getClientRects()[0]!;
			const detail = item.querySelector('.detail')!;
			return {
				sameLine: Math.abs((name.top + name.bottom) / 2 - (role.top + role.bottom) / 2) < 8,
				detailBelow: detail.getBoundingClientRect().top >= name.bottom - 1,
				nameSize: parseFloat(getComputedStyle(item.querySelector('a')!).fontSize),
				detailSize: parseFloat(getComputedStyle(detail).fontSize),
				detail: detail.textContent,
			};
		});
		expect(layout).toMatchObject({ sameLine: true, detailBelow: true, detail: 'Deutschland, in 1 Abschnitt genannt' });
		expect(layout.detailSize).toBeLessThan(layout.nameSize);
	});

	it('from 64rem (1024 px) it is open beside the text', async () => {
		const { page } = await site.open(pageTypes.longRead, { viewport: { width: 1024, height: 800 } });
		await expect(page.locator('aside.participants details').evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(true);
		const [text, aside] = await Promise.all([page.locator('.article-section .prose').first().boundingBox(), page.locator('aside.participants').boundingBox()]);
		expect(aside!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
		await expect(page.locator('aside.participants li.person a').first().isVisible()).resolves.toBe(true);
	});
});
