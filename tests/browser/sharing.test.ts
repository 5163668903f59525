import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { siteOrigin } from '../helpers/dist.ts';

const article = '/gipfeltreffen/';
const section = 'kreml-bestaetigt-telefonat-bleibt-aber-vage';
const site = useSite();

describe('sharing a section', () => {
	it('„Link teilen“ in the long-read copies exactly that section’s canonical URL and says so', async () => {
		const { page, problems } = await site.open(article, { permissions: ['clipboard-read', 'clipboard-write'] });
		const control = page.locator(`section[data-section="${section}"] share-link`);
		await control.getByRole('link', { name: 'Link teilen: Abschnitt „Kreml bestätigt Telefonat, bleibt aber vage“' }).click();
		const status = control.locator('[role=status]');
		await expect.poll(() => status.innerText(), { timeout: 5_000 }).toBe('Link kopiert');
		await expect(status.isVisible()).resolves.toBe(true);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteOrigin()}${article}${section}/`);
		expect(new URL(page.url()).pathname).toBe(article);
		expect(problems).toEqual([]);
	});

	it('on a section page, with the Web Share API present, it opens the share sheet with the section’s title and URL', async () => {
		const context = await site.browser.newContext();
		await context.addInitScript(() => {
			Object.defineProperty(navigator, 'share', {
				configurable: true,
				value: (data: ShareData) => {
					(window as unknown as { __shared: ShareData[] }).__shared = [...((window as unknown as { __shared?: ShareData[] }).__shared ?? []), data];
					return Promise.resolve();
				},
			});
		});
		const page = await context.newPage();
		await page.goto(`${site.origin}${article}${section}/`);
		await page.locator('article share-link a').click();
		await page.waitForFunction(() => (window as unknown as { __shared?: unknown[] }).__shared?.length === 1, null, { timeout: 15_000 });
		expect(await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([
			{ title: 'Kreml bestätigt Telefonat, bleibt aber vage', url: `${siteOrigin()}${article}${section}/` },
		]);
		await context.close();
	});

	it('without JavaScript the control is a working link to the section page', async () => {
		const { page } = await site.open(article, { javaScriptEnabled: false });
		await page.locator(`section[data-section="${section}"] share-link a`).click();
		await page.waitForURL(`**${article}${section}/`, { timeout: 10_000 });
		await expect(page.locator('h1').innerText()).resolves.toBe('Kreml bestätigt Telefonat, bleibt aber vage');
	});

	it('the long-read anchor /<article>/#<section> keeps working for links already out there', async () => {
		const { page } = await site.open(`${article}#${section}`);
		const top = await page.locator(`#${section}`).evaluate((element) => element.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(200);
	});

	it('selecting a sentence offers „Zitat teilen“, which copies a text-fragment link to the section page', async () => {
		const { page, problems } = await site.open(article, { permissions: ['clipboard-read', 'clipboard-write'] });
		const sentence = 'Beide Seiten hätten über die Möglichkeit gesprochen, das Verhandlungsniveau zu erhöhen – konkrete Zusagen wurden jedoch nicht gemacht.';
		await page.evaluate((text) => {
			// The paragraph ends with a source marker („Quelle“), which is not part of a selected quote.
			const paragraph = [...document.querySelectorAll('.prose p')].find((element) => element.textContent?.startsWith(text))!;
			paragraph.scrollIntoView();
			const range = document.createRange();
			range.selectNodeContents(paragraph);
			const selection = document.getSelection()!;
			selection.removeAllRanges();
			selection.addRange(range);
		}, sentence);
		const button = page.getByRole('button', { name: 'Zitat teilen' });
		await button.waitFor({ state: 'visible', timeout: 5_000 });
		await button.click();
		await expect.poll(() => page.locator('.quote-share [role=status]').innerText(), { timeout: 5_000 }).toBe('Link zum Zitat kopiert');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link.startsWith(`${siteOrigin()}${article}${section}/#:~:text=`)).toBe(true);
		expect(decodeURIComponent(link)).toMatch(/nicht gemacht\.$/);
		expect(problems).toEqual([]);
	});

	it('a text-fragment link opens the section page with the sentence scrolled into view and highlighted', async () => {
		const fragment = '#:~:text=Beide%20Seiten%20h%C3%A4tten,nicht%20gemacht.';
		const { page } = await site.open(`${article}${section}/${fragment}`, { viewport: { width: 360, height: 480 } });
		await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 5000 });
		const box = await page.evaluate(() => {
			const paragraph = [...document.querySelectorAll('.prose p')].find((element) => element.textContent?.startsWith('Beide Seiten'))!;
			const rect = paragraph.getBoundingClientRect();
			return { top: rect.top, bottom: rect.bottom, height: innerHeight };
		});
		expect(box.bottom).toBeGreaterThan(0);
		expect(box.top).toBeLessThan(box.height);
	});
});
