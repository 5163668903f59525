import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useSite } from '../helpers/site.ts';

const sectionPath = '/gipfeltreffen/kreml-bestaetigt-telefonat-bleibt-aber-vage/';
const definitionId = 'lb-def-kreml-bestaetigt-telefonat-bleibt-aber-vage--kreml';
const site = useSite();

const term = (page: Page) => page.locator('article a.glossary-term[data-term="kreml"]');

/**
 * Waits until the definition is open (or closed), up to 5 s: closing waits
 * 300 ms after the pointer leaves, so the end state is polled, never a moment.
 */
const definitionBecomes = (page: Page, open: boolean) =>
	page.waitForFunction(
		([id, wanted]) => document.getElementById(id as string)?.matches(':popover-open') === wanted,
		[definitionId, open] as const,
		{ timeout: 5_000 },
	);

describe('glossary definitions', () => {
	it('open on mouse hover, beside the term, and close when the pointer leaves', async () => {
		const { page, problems } = await site.open(sectionPath);
		await term(page).hover();
		await definitionBecomes(page, true);
		await expect(page.locator(`#${definitionId}`).innerText()).resolves.toContain('Amtssitz des russischen Präsidenten');
		await page.mouse.move(5, 5);
		await definitionBecomes(page, false);
		expect(problems).toEqual([]);
	});

	it('open on keyboard focus, are announced as the term’s description, and close with Escape', async () => {
		const { page } = await site.open(sectionPath);
		await term(page).focus();
		await definitionBecomes(page, true);
		const description = await page.evaluate(async () => {
			const link = document.querySelector('article a.glossary-term[data-term="kreml"]')!;
			return document.getElementById(link.getAttribute('aria-describedby')!)?.textContent?.trim();
		});
		expect(description).toMatch(/^Kreml: Festungsanlage/);
		const snapshot = await term(page).ariaSnapshot();
		expect(snapshot).toContain('link "Kremls"');
		await page.keyboard.press('Escape');
		await definitionBecomes(page, false);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kremls');
	});

	it('open on tap (touch), without leaving the page; the definition links on to the glossary', async () => {
		const { page } = await site.open(sectionPath, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
		await term(page).tap();
		await definitionBecomes(page, true);
		expect(new URL(page.url()).pathname).toBe(sectionPath);
		await page.locator(`#${definitionId} a`).tap();
		await page.waitForURL('**/glossar/#kreml', { timeout: 10_000 });
	});

	it('pass axe with a definition open', async () => {
		const { page } = await site.open(sectionPath);
		await term(page).focus();
		await definitionBecomes(page, true);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('without JavaScript the term is a link to its glossary entry', async () => {
		const { page } = await site.open(sectionPath, { javaScriptEnabled: false });
		await term(page).click();
		await page.waitForURL('**/glossar/#kreml', { timeout: 10_000 });
		const top = await page.locator('#kreml').evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(200);
	});
});
