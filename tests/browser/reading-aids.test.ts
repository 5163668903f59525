import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { summit } from '../fixtures/site-articles.ts';

/**
 * Issue 11, reading aids, in Chromium: from 64rem the long-read's table of
 * contents stays in view and marks the section being read, with CSS alone
 * (so JavaScript is off here); „Nächster Abschnitt“ leads on. Expected
 * values by hand: the fixture's section order (tests/fixtures/site-articles.ts)
 * and the light accent colour of src/styles/tokens.css, #0b5cad.
 */

const site = useSite();

const ACCENT = 'rgb(11, 92, 173)';
const UNMARKED = 'rgba(0, 0, 0, 0)';

/**
 * Scrolls so that section `number` (1-based) starts a tenth of the screen below the top, as a reader
 * would have it, and waits until it stays there: sections from the fifth on render only near the
 * screen (content-visibility), so the ones above may change height once, and the scroll is corrected.
 */
async function readSection(page: Page, number: number): Promise<void> {
	await expect(page.locator('section.article-section').count()).resolves.toBeGreaterThanOrEqual(number);
	// Polled from here (the page's own JavaScript is off): each check scrolls by what is still off, until nothing is.
	const stillOff = () =>
		page.evaluate((index) => {
			const off =
				document.querySelectorAll('section.article-section')[index]!.getBoundingClientRect().top - Math.round(window.innerHeight / 10);
			window.scrollBy(0, off);
			return Math.abs(off) < 2;
		}, number - 1);
	await expect.poll(stillOff, { timeout: 5_000 }).toBe(true);
}

/** The start-edge border colour of each TOC link: the mark of the section being read. */
const marks = (page: Page) =>
	page.locator('nav.toc ol a').evaluateAll((links) => links.map((link) => getComputedStyle(link).borderInlineStartColor));

/** Waits until the TOC link `number` carries the mark. */
async function markedLink(page: Page, number: number): Promise<void> {
	await expect.poll(async () => (await marks(page))[number - 1], { timeout: 5_000 }).toBe(ACCENT);
}

/** The TOC's box against the viewport. */
const tocBox = (page: Page) =>
	page.locator('nav.toc').evaluate((toc) => {
		const rect = toc.getBoundingClientRect();
		return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, height: window.innerHeight, width: window.innerWidth };
	});

describe('the table of contents on a wide screen (1280 px, no JavaScript)', () => {
	it('stays in view beside the text and marks the section being read: the 5th, then the 8th', async () => {
		const { page, problems } = await site.open(summit.path, {
			javaScriptEnabled: false,
			viewport: { width: 1280, height: 900 },
			colorScheme: 'light',
		});
		await expect(page.locator('nav.toc ol a').count()).resolves.toBe(10);

		// Beside the text: right of the first section's text column.
		const textRight = await page
			.locator('section.article-section .prose')
			.first()
			.evaluate((prose) => prose.getBoundingClientRect().right);
		const start = await tocBox(page);
		expect(start.left).toBeGreaterThan(textRight);

		await readSection(page, 5);
		await markedLink(page, 5);
		const five = await marks(page);
		expect(five[4]).toBe(ACCENT);
		expect(five[0]).toBe(UNMARKED);
		expect(five.filter((colour) => colour === ACCENT)).toHaveLength(1);
		const scrolled = await tocBox(page);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
		expect(scrolled.top).toBeGreaterThanOrEqual(0);
		expect(scrolled.bottom).toBeLessThanOrEqual(scrolled.height);
		expect(scrolled.left).toBe(start.left);

		await readSection(page, 8);
		await markedLink(page, 8);
		const eight = await marks(page);
		expect(eight[4]).toBe(UNMARKED);
		expect(eight.filter((colour) => colour === ACCENT)).toHaveLength(1);
		const later = await tocBox(page);
		expect(later.top).toBeGreaterThanOrEqual(0);
		expect(later.bottom).toBeLessThanOrEqual(later.height);
		expect(problems).toEqual([]);
	});

	it('on a phone (390 px) the table of contents stays where it is, before the text, and scrolls away', async () => {
		const { page, problems } = await site.open(summit.path, {
			javaScriptEnabled: false,
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
		});
		const tocBottom = await page.locator('nav.toc').evaluate((toc) => toc.getBoundingClientRect().bottom + window.scrollY);
		const firstSection = await page
			.locator('section.article-section')
			.first()
			.evaluate((section) => section.getBoundingClientRect().top + window.scrollY);
		expect(tocBottom).toBeLessThan(firstSection);
		await readSection(page, 5);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
		expect((await tocBox(page)).bottom).toBeLessThan(0);
		expect(problems).toEqual([]);
	});
});

describe('„Nächster Abschnitt“', () => {
	it('leads from the end of a section to the next heading, which comes into view', async () => {
		const { page, problems } = await site.open(summit.path, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		const link = page.locator(`section[data-section="${summit.sections[3]}"] .section-next a`);
		await expect(link.innerText()).resolves.toBe('Nächster Abschnitt: Hochrangige Teilnahme signalisiert ernsthafte Absicht');
		await link.click();
		await page.waitForURL(`**${summit.path}#hochrangige-teilnahme`, { timeout: 5_000 });
		const box = await page
			.locator('#hochrangige-teilnahme')
			.evaluate((heading) => ({ top: heading.getBoundingClientRect().top, height: window.innerHeight }));
		expect(box.top).toBeGreaterThanOrEqual(0);
		expect(box.top).toBeLessThan(box.height / 3);
		// The section read now is the one the link led to.
		await markedLink(page, 5);
		expect(problems).toEqual([]);
	});
});
