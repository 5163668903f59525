import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from '../helpers/site.ts';
import { pageTypes } from '../helpers/page-types.ts';

const site = useSite();

const sectionPath = '/gipfeltreffen/kreml-bestaetigt-telefonat-bleibt-aber-vage/';

describe('participant sidebar without JavaScript', () => {
	it('at 1280 px it stands open beside the text', async () => {
		const { page } = await site.open(sectionPath, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		const aside = page.getByRole('complementary', { name: 'Personen im Text' });
		await expect(aside.isVisible()).resolves.toBe(true);
		const first = aside.locator('li.person a').first();
		await expect(first.isVisible()).resolves.toBe(true);
		await expect(first.innerText()).resolves.toBe('Juri Uschakow');
		const [main, side] = await Promise.all([page.locator('article.section-page').boundingBox(), aside.boundingBox()]);
		expect(side!.x).toBeGreaterThanOrEqual(main!.x + main!.width);
	});

	it('at 320 px it is collapsed below the text and opens with a tap on its summary', async () => {
		const { page } = await site.open(sectionPath, {
			javaScriptEnabled: false,
			viewport: { width: 320, height: 700 },
			hasTouch: true,
			isMobile: true,
		});
		const aside = page.getByRole('complementary', { name: 'Personen im Text' });
		const first = aside.locator('li.person a').first();
		await expect(first.isVisible()).resolves.toBe(false);
		const [main, side] = await Promise.all([page.locator('article.section-page').boundingBox(), aside.boundingBox()]);
		expect(side!.y).toBeGreaterThanOrEqual(main!.y + main!.height);
		await aside.locator('summary').tap();
		await expect(first.isVisible()).resolves.toBe(true);
		await first.click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Juri Uschakow');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	it('a participant page links each mention to its section and to its place in the long-read', async () => {
		const { page } = await site.open('/personen/juri-uschakow/', { javaScriptEnabled: false });
		await page.getByRole('link', { name: 'Stelle im ganzen Artikel' }).click();
		expect(new URL(page.url()).hash).toBe('#kreml-bestaetigt-telefonat-bleibt-aber-vage');
		const top = await page
			.locator('#kreml-bestaetigt-telefonat-bleibt-aber-vage')
			.evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(300);
	});

	it('axe finds no violations on a participant page, in light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page } = await site.open(pageTypes.person, { colorScheme });
			expect(await axeViolations(page)).toEqual([]);
		}
	});
});
