import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useSite } from '../helpers/site.ts';

/**
 * Issue 26 in the browser: the dates under the headline, the marker at a
 * changed passage (keyboard, touch, Escape; without JavaScript a link to the
 * entry), the marks of the word-level diff, and the corrections page.
 * Entries as tests/fixtures/site/articles/kurzmeldung.md and gipfeltreffen.md write them.
 */

const site = useSite();
const report = '/kurzmeldung/';
const touch = { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } };

/** The marker of the short report's correction (entry 2), in its text. */
const correctionMarker = (page: Page) => page.locator('.prose a.change-marker[href="#aenderung-2"]');
const noteOpen = (page: Page, id: string, open: boolean) =>
	page.waitForFunction(
		([noteId, wanted]) => document.getElementById(noteId as string)?.matches(':popover-open') === wanted,
		[id, open] as const,
		{ timeout: 10_000 },
	);

describe('the dates of an article', () => {
	it('stand right under the headline, before the lede, at 390 and 1280 px', async () => {
		for (const width of [390, 1280]) {
			const { page, problems } = await site.open(report, { viewport: { width, height: 800 } });
			const boxes = await page.evaluate(() =>
				['h1', '.publication-dates', '.lede'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top),
			);
			expect(boxes[0]).toBeLessThan(boxes[1]!);
			expect(boxes[1]).toBeLessThan(boxes[2]!);
			await expect(page.locator('.publication-dates').innerText()).resolves.toBe(
				'Veröffentlicht am 27. November 2026, 08:00 Uhr · Aktualisiert am 29. November 2026, 09:00 Uhr',
			);
			expect(problems).toEqual([]);
		}
	});
});

describe('the marker at a corrected sentence', () => {
	// Red if focus does not open the entry beside the marker, or Escape leaves it open or moves focus.
	it('keyboard: focus opens the entry beside it, Escape closes it and focus stays', async () => {
		const { page, problems } = await site.open(report);
		await correctionMarker(page).focus();
		await noteOpen(page, 'lb-aenderung-2', true);
		const note = page.locator('#lb-aenderung-2');
		await expect(note.innerText()).resolves.toContain('Korrektur vom 28. November 2026, 14:00 Uhr');
		// The entry stands next to its marker, inside the window.
		const [marker, box] = await Promise.all([correctionMarker(page).boundingBox(), note.boundingBox()]);
		expect(Math.abs(box!.y - (marker!.y + marker!.height))).toBeLessThan(40);
		expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
		await page.keyboard.press('Escape');
		await noteOpen(page, 'lb-aenderung-2', false);
		await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#aenderung-2');
		expect(problems).toEqual([]);
	});

	// Red if a tap follows the link instead of showing the entry (a phone reader would lose the place).
	it('touch: a tap opens the entry on the page, a tap elsewhere closes it', async () => {
		const { page, problems } = await site.open(report, touch);
		await correctionMarker(page).tap();
		await noteOpen(page, 'lb-aenderung-2', true);
		expect(new URL(page.url()).hash).toBe('');
		await page.locator('h1').tap();
		await noteOpen(page, 'lb-aenderung-2', false);
		expect(problems).toEqual([]);
	});

	// Red if the marker leads nowhere without JavaScript, or the diff's marks are only colour.
	it('without JavaScript it leads to the entry in the page’s list, where the changed words are struck and underlined', async () => {
		const { page, problems } = await site.open(report, { javaScriptEnabled: false });
		await correctionMarker(page).click();
		await page.waitForFunction(() => location.hash === '#aenderung-2', null, { timeout: 10_000 });
		const entry = page.locator('#aenderung-2');
		await expect(entry.isVisible()).resolves.toBe(true);
		await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('aenderung-2');
		const marks = await entry.evaluate((li) => {
			const del = li.querySelector('del')!;
			const ins = li.querySelector('ins')!;
			return {
				del: [del.textContent, getComputedStyle(del).textDecorationLine],
				ins: [ins.textContent, getComputedStyle(ins).textDecorationLine],
				hidden: getComputedStyle(del.querySelector('.sr-only')!).clipPath,
			};
		});
		expect(marks.del).toEqual(['gestrichen: Kommentaren', 'line-through']);
		expect(marks.ins).toEqual(['neu: längeren Artikeln', 'underline']);
		// „gestrichen:“ and „neu:“ are for screen readers only.
		expect(marks.hidden).toBe('inset(50%)');
		expect(problems).toEqual([]);
	});
});

describe('accessibility of the log', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		// Red on a contrast or naming problem of the open entry (diff marks, time, link).
		it(`no axe violations with a marker's entry open, in the long-read and on „Einordnung“ (${colorScheme})`, async () => {
			for (const [path, marker, note] of [
				[report, '.prose a.change-marker[href="#aenderung-2"]', 'lb-aenderung-2'],
				['/gipfeltreffen/einordnung/', 'thead a.change-marker', 'lb-aenderung-5'],
			] as const) {
				const { page } = await site.open(path, { colorScheme });
				await page.locator(marker).focus();
				await noteOpen(page, note, true);
				expect(await axeViolations(page), path).toEqual([]);
			}
		});
	}

	it('the corrections page lists entries newest first and pages on, without JavaScript too', async () => {
		const { page, problems } = await site.open('/korrekturen/', { javaScriptEnabled: false });
		await expect(page.locator('.corrections-list > li').count()).resolves.toBe(2);
		await expect(page.locator('.corrections-list > li').first().locator('.change-when').innerText()).resolves.toBe(
			'Korrektur vom 6. Dezember 2026, 10:30 Uhr',
		);
		await page.getByRole('link', { name: 'Ältere Korrekturen' }).click();
		await page.waitForURL(/\/korrekturen\/2\/$/, { timeout: 10_000 });
		await expect(page.locator('h1').innerText()).resolves.toBe('Korrekturen, Seite 2');
		expect(problems).toEqual([]);
	});
});
