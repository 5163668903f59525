import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useSite } from '../helpers/site.ts';

/**
 * Issue 12 where a reader looks: the evidence links of „Einordnung“ lead to
 * the sentence and mark it; source markers open like glossary definitions;
 * on a phone the positions table reads as one card per side. Expected texts
 * are written by hand from tests/fixtures/site/articles/gipfeltreffen.md.
 */
const site = useSite();
const sectionPath = '/gipfeltreffen/kreml-bestaetigt-telefonat-bleibt-aber-vage/';

const noteBecomes = (page: Page, id: string, open: boolean) =>
	page.waitForFunction(
		([noteId, wanted]) => document.getElementById(noteId as string)?.matches(':popover-open') === wanted,
		[id, open] as const,
		{ timeout: 5_000 },
	);

describe('references by quotation', () => {
	it('an evidence link of „Einordnung“ opens the long-read at its sentence, marked and not under the sticky header', async () => {
		const { page, problems } = await site.open('/gipfeltreffen/einordnung/', { viewport: { width: 390, height: 800 } });
		const link = page.locator('.positions tbody tr').nth(0).locator('td').nth(2).locator('a.evidence');
		await link.click();
		await page.waitForURL('**/gipfeltreffen/#beleg-**', { timeout: 10_000 });
		const id = new URL(page.url()).hash.slice(1);
		const sentence = page.locator(`[id="${id}"]`);
		await expect(sentence.innerText()).resolves.toBe(
			'Trump sagte keine Entsendung amerikanischer Bodentruppen in die Ukraine zu, doch Selenskyj betonte, dass die Beteiligung der USA an den Sicherheitsgarantien weiterhin von zentraler Bedeutung sei.',
		);
		const { background, mark, top, headerBottom } = await sentence.evaluate((element) => {
			const probe = document.createElement('mark');
			document.body.append(probe);
			const markColour = getComputedStyle(probe).backgroundColor;
			probe.remove();
			return {
				background: getComputedStyle(element).backgroundColor,
				mark: markColour,
				top: element.getBoundingClientRect().top,
				headerBottom: document.querySelector('body > header, .site-header')?.getBoundingClientRect().bottom ?? 0,
			};
		});
		expect(background).toBe(mark);
		expect(top).toBeGreaterThanOrEqual(headerBottom);
		expect(top).toBeLessThan(800);
		// Another sentence of the same paragraph's neighbours is not marked.
		const other = await page
			.locator('[id^="beleg-"]')
			.first()
			.evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(other).not.toBe(mark);
		expect(problems).toEqual([]);
	});
});

describe('source markers', () => {
	it('open their source on keyboard focus, as the marker’s description, and close with Escape, focus staying', async () => {
		const { page, problems } = await site.open(sectionPath);
		const markers = page.locator('article a.source-marker');
		await expect(markers.count()).resolves.toBe(2);
		const marker = markers.first();
		const id = (await marker.getAttribute('aria-describedby'))!;
		await marker.focus();
		await noteBecomes(page, id, true);
		await expect(page.locator(`#${id}`).innerText()).resolves.toBe(
			'Quelle: Juri Uschakow (Nachrichtenagentur zitiert, gegenüber der Nachrichtenagentur RIA)',
		);
		await page.keyboard.press('Escape');
		await noteBecomes(page, id, false);
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('source-marker');
		expect(problems).toEqual([]);
	});

	it('open on tap without leaving the page; the source links on to its entry in „Wer sagt das?“', async () => {
		const { page } = await site.open(sectionPath, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
		const marker = page.locator('article a.source-marker').first();
		const id = (await marker.getAttribute('aria-describedby'))!;
		await marker.tap();
		await noteBecomes(page, id, true);
		expect(new URL(page.url()).pathname).toBe(sectionPath);
		await page.locator(`#${id} a`).tap();
		await page.waitForURL(`**/gipfeltreffen/einordnung/#${id}`, { timeout: 10_000 });
		await expect(page.locator(`li#${id} blockquote`).innerText()).resolves.toMatch(
			/^Obwohl Moskau einen Gipfel bislang nicht offiziell bestätigt hat/,
		);
	});

	it('without JavaScript, a marker is a link to the source’s entry', async () => {
		const { page } = await site.open(sectionPath, { javaScriptEnabled: false });
		await page.locator('article a.source-marker').first().click();
		await page.waitForURL('**/gipfeltreffen/einordnung/#lb-quelle-8', { timeout: 10_000 });
	});

	it('pass axe with a source open', async () => {
		const { page } = await site.open(sectionPath);
		const marker = page.locator('article a.source-marker').first();
		await marker.focus();
		await noteBecomes(page, (await marker.getAttribute('aria-describedby'))!, true);
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('„Wer will was?“ on a phone', () => {
	it('reads as one card per side, each statement under its question, with no table wider than the screen', async () => {
		const { page } = await site.open('/gipfeltreffen/einordnung/', { viewport: { width: 390, height: 800 } });
		const layout = await page.evaluate(() => {
			const rows = [...document.querySelectorAll<HTMLElement>('.positions tbody tr')];
			const head = document.querySelector<HTMLElement>('.positions thead')!.getBoundingClientRect();
			return {
				widths: rows.map((row) => Math.round(row.getBoundingClientRect().width)),
				container: Math.round(document.querySelector<HTMLElement>('.positions')!.getBoundingClientRect().width),
				stacked: rows.every(
					(row, index) => index === 0 || row.getBoundingClientRect().top >= rows[index - 1]!.getBoundingClientRect().bottom,
				),
				headHidden: head.width <= 1 && head.height <= 1,
				labels: [...rows[3]!.querySelectorAll<HTMLElement>('.cell-label')].map((label) => label.innerText),
				scrollWidth: document.documentElement.scrollWidth,
			};
		});
		expect(layout.widths).toEqual([layout.container, layout.container, layout.container, layout.container, layout.container]);
		expect(layout.stacked).toBe(true);
		expect(layout.headHidden).toBe(true);
		expect(layout.labels).toEqual(['Treffen mit Putin', 'Sicherheitsgarantien', 'US-Bodentruppen', 'Wenn Russland Gespräche verweigert']);
		expect(layout.scrollWidth).toBeLessThanOrEqual(390);
	});

	it('is a table with its question headers from 48rem', async () => {
		const { page } = await site.open('/gipfeltreffen/einordnung/', { viewport: { width: 1280, height: 800 } });
		const shown = await page.evaluate(() => ({
			display: getComputedStyle(document.querySelector('.positions tbody tr')!).display,
			label: getComputedStyle(document.querySelector('.positions .cell-label')!).display,
		}));
		expect(shown).toEqual({ display: 'table-row', label: 'none' });
	});
});
