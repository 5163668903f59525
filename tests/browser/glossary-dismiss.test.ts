import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';

/**
 * Closing a glossary definition in the long-read (issue 14): on a phone a tap
 * opens it and a tap elsewhere closes it; with the keyboard, focus on the
 * term opens it and focus moving on closes it. (Hover persistence and Escape,
 * WCAG 1.4.13, are tested elsewhere.)
 *
 * The section „Kreml bestätigt Telefonat, bleibt aber vage“ of the fixture
 * article has two terms, „Kremls“ and then „RIA“, in its first paragraph;
 * the definitions follow the text, and after them comes the next section.
 */

const site = useSite();
const article = '/gipfeltreffen/';
const section = 'kreml-bestaetigt-telefonat-bleibt-aber-vage';
const kreml = { text: 'Kremls', definition: `lb-def-${section}--kreml`, starts: 'Kreml: Festungsanlage im Zentrum Moskaus' };
const ria = { text: 'RIA', definition: `lb-def-${section}--ria`, starts: 'RIA: Staatliche russische Nachrichtenagentur' };
const touch = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } };

const term = (page: Page, text: string) =>
	page.locator(`section[data-section="${section}"] .prose a.glossary-term`).getByText(text, { exact: true });

/** Waits until the definition with this id is open (or closed). */
const definitionBecomes = (page: Page, id: string, open: boolean) =>
	page.waitForFunction(
		([definitionId, wanted]) => document.getElementById(definitionId as string)?.matches(':popover-open') === wanted,
		[id, open] as const,
		{ timeout: 10_000 },
	);

const isOpen = (page: Page, id: string) =>
	page.evaluate((definitionId) => document.getElementById(definitionId)?.matches(':popover-open') ?? false, id);

describe('glossary definitions close again', () => {
	// Red if a tap follows the link to the glossary instead of showing the definition, or if the definition shown is another term's.
	it('touch: a tap on a term opens its definition, on the page', async () => {
		const { page, problems } = await site.open(article, touch);
		await term(page, 'Kremls').tap();
		await definitionBecomes(page, kreml.definition, true);
		await expect(page.locator(`#${kreml.definition}`).innerText()).resolves.toContain(kreml.starts);
		expect(new URL(page.url()).pathname).toBe(article);
		await expect(isOpen(page, ria.definition)).resolves.toBe(false);
		expect(problems).toEqual([]);
	});

	// Red if the definition stays over the text after a tap elsewhere (a reader on a phone could not get rid of it
	// without finding Escape), or if that tap is swallowed.
	it('touch: a tap elsewhere on the page closes it', async () => {
		const { page, problems } = await site.open(article, touch);
		await term(page, 'Kremls').tap();
		await definitionBecomes(page, kreml.definition, true);
		// The section's second paragraph: plain text, no link, nowhere near the term's definition.
		await page.getByText('Beide Seiten hätten über die Möglichkeit gesprochen', { exact: false }).tap();
		await definitionBecomes(page, kreml.definition, false);
		expect(new URL(page.url()).pathname).toBe(article);
		expect(problems).toEqual([]);
	});

	// Red if tapping a second term leaves the first definition open beside it (two popovers over the text).
	it('touch: a tap on the next term swaps the definitions', async () => {
		const { page } = await site.open(article, touch);
		await term(page, 'Kremls').tap();
		await definitionBecomes(page, kreml.definition, true);
		await term(page, 'RIA').tap();
		await definitionBecomes(page, ria.definition, true);
		await definitionBecomes(page, kreml.definition, false);
	});

	// Red if keyboard focus does not open the definition, or if moving on with Tab leaves it open
	// (a sighted keyboard user would carry a stale definition over the next section).
	it('keyboard: focus on a term opens it, Tab onwards out of term and definition closes it', async () => {
		const { page, problems } = await site.open(article);
		await term(page, 'Kremls').focus();
		await definitionBecomes(page, kreml.definition, true);
		// Tab to the next term: its definition opens, the first one closes.
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('RIA');
		await definitionBecomes(page, ria.definition, true);
		await definitionBecomes(page, kreml.definition, false);
		await expect(page.locator(`#${ria.definition}`).innerText()).resolves.toContain(ria.starts);
		// Tab on until focus is neither on „RIA“ nor in its definition (whose „Im Glossar“ link may come first).
		for (let presses = 0; presses < 5; presses += 1) {
			await page.keyboard.press('Tab');
			const away = await page.evaluate((id) => {
				const active = document.activeElement;
				return active !== null && active.textContent !== 'RIA' && !document.getElementById(id)!.contains(active);
			}, ria.definition);
			if (away) break;
		}
		// Focus went to something that is not a glossary term: nothing else explains the definition closing.
		await expect(page.evaluate(() => document.activeElement?.matches('a.glossary-term') ?? true)).resolves.toBe(false);
		await expect(page.evaluate((id) => document.getElementById(id)!.contains(document.activeElement), ria.definition)).resolves.toBe(false);
		await definitionBecomes(page, ria.definition, false);
		expect(problems).toEqual([]);
	});
});
