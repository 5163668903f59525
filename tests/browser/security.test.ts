import { describe, expect, it } from 'vitest';
import { settledLayoutShift, useSite } from '../helpers/site.ts';
import { pageTypes } from '../helpers/page-types.ts';

const site = useSite();

describe('Content-Security-Policy in practice', () => {
	// Every page type loads without a violation (every-page-*.test.ts); here what runs after loading: a search, a highlight, sharing.
	it('a search runs, its hit is highlighted and a section is shared without any CSP violation or console error', async () => {
		const { page, problems } = await site.open(pageTypes.longRead, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.locator('header input[type=search]').fill('Selenskyj');
		await page.waitForFunction(() => document.querySelectorAll('header [data-search-results] a').length > 0, null, { timeout: 15_000 });
		await page.locator('header [data-search-results] a').first().click();
		await page.waitForSelector('mark.search-highlight', { timeout: 10_000 });
		await page.locator('article share-link a').click();
		await page.waitForFunction(() => document.querySelector('article share-link [role=status]')?.textContent === 'Link kopiert', null, {
			timeout: 5_000,
		});
		expect(problems).toEqual([]);
	});

	it('an inline script smuggled into a page is blocked by the policy', async () => {
		const { page, problems } = await site.open('/');
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__inlineRan = true';
			document.body.append(script);
			return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
		});
		expect(ran).toBe(false);
		await expect
			.poll(() => problems.some((problem) => /^CSP: script-src/.test(problem) || /Content Security Policy/.test(problem)), {
				timeout: 5_000,
			})
			.toBe(true);
	});
});

describe('layout shift', () => {
	// The headless shell paints a page once it is parsed, so a busy machine does not make shifts of its own here; the
	// first paint of a page that arrives slowly, before it is parsed, is tested in the whole Chromium
	// (tests/browser/engines/budgets.test.ts).
	it.for(Object.entries(pageTypes))('%s: nothing moves once the page is shown', async ([, path], { expect }) => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
		try {
			const page = await context.newPage();
			await page.goto(site.origin + path);
			expect(await settledLayoutShift(page)).toBe(0);
		} finally {
			await context.close();
		}
	});

	it('the layout-shift check itself catches a shift (a block pushed in above the text after load)', async () => {
		const { page } = await site.open(pageTypes.longRead);
		await page.waitForLoadState('networkidle', { timeout: 15_000 });
		await page.evaluate(() => {
			const block = document.createElement('div');
			block.style.blockSize = '200px';
			document.querySelector('main')!.prepend(block);
		});
		expect(await settledLayoutShift(page)).toBeGreaterThan(0);
	});
});
