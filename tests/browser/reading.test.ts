import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { pageTypes } from '../helpers/page-types.ts';

const site = useSite();

describe('reading in Chromium', () => {
	it('an unknown address gets the German 404 page', async () => {
		const { page } = await site.open('/gibt-es-nicht/');
		await expect(page.locator('h1').textContent()).resolves.toBe('Seite nicht gefunden');
	});

	it('opening /<article>/#<section> scrolls that heading into view', async () => {
		const { page } = await site.open(`${pageTypes.longRead}#kreml-bestaetigt-telefonat-bleibt-aber-vage`);
		const heading = page.locator('#kreml-bestaetigt-telefonat-bleibt-aber-vage');
		await expect(heading.evaluate((element) => element.tagName)).resolves.toBe('H2');
		const box = await heading.evaluate((element) => {
			const rect = element.getBoundingClientRect();
			return { top: rect.top, bottom: rect.bottom, viewport: window.innerHeight, scrolled: window.scrollY };
		});
		expect(box.scrolled).toBeGreaterThan(500);
		expect(box.top).toBeGreaterThanOrEqual(0);
		expect(box.bottom).toBeLessThanOrEqual(box.viewport);
	});

	it('the anchor link shows on keyboard focus', async () => {
		const { page } = await site.open(pageTypes.longRead);
		const link = page.locator('a.anchor-link[href="#was-geschieht-gerade"]');
		await expect(link.evaluate((element) => getComputedStyle(element).opacity)).resolves.toBe('0');
		await link.focus();
		await expect.poll(() => link.evaluate((element) => getComputedStyle(element).opacity), { timeout: 5_000 }).toBe('1');
	});

	it('uses a dark scheme when the reader prefers one', async () => {
		const background = async (colorScheme: 'light' | 'dark') => {
			const { page } = await site.open(pageTypes.section, { colorScheme });
			return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		};
		const light = await background('light');
		const dark = await background('dark');
		expect(light).not.toBe(dark);
		const luminance = (rgb: string) =>
			rgb
				.match(/\d+/g)!
				.slice(0, 3)
				.map(Number)
				.reduce((sum, value) => sum + value, 0);
		expect(luminance(dark)).toBeLessThan(luminance(light));
	});

	it('prints the text without navigation', async () => {
		const { page } = await site.open(pageTypes.longRead);
		await page.emulateMedia({ media: 'print' });
		const hidden = await page.evaluate(() =>
			['.site-header', '.site-footer', 'nav.toc', '.section-tools'].map(
				(selector) => getComputedStyle(document.querySelector(selector)!).display,
			),
		);
		expect(hidden).toEqual(['none', 'none', 'none', 'none']);
		await expect(page.locator('section.article-section').first().isVisible()).resolves.toBe(true);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
	});
});
