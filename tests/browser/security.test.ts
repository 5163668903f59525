import { describe, expect, it } from 'vitest';
import { settledLayoutShift, useSite } from '../helpers/site.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { serveDist } from '../helpers/server.ts';

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

describe('budgets in the browser', () => {
	/*
	 * Requests until idle, counted where they arrive: on a server of the test's own, so that they are
	 * the page's only, and the browser's own requests (the icon) count as well. A browser that can
	 * install the site (Chrome on a phone, Chrome on a desktop) also fetches the manifest of every
	 * page that names one; headless Chromium does so only when asked, so the test asks it as
	 * DevTools does (Page.getAppManifest). A page is 4 requests: itself, its one script, the icon
	 * and the manifest. With a script split into chunks (a chunk the script imports, issue 27) it
	 * was 5.
	 */
	it.each(Object.entries(pageTypes))(
		'%s: at most 4 requests until idle (page, script, icon, manifest), and no layout shift',
		async (_type, path) => {
			const server = await serveDist();
			const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
			try {
				const page = await context.newPage();
				await page.goto(server.origin + path);
				const shift = await settledLayoutShift(page);
				await expect.poll(() => server.requests.includes('/favicon.svg'), { timeout: 10_000 }).toBe(true);
				const manifest = await (await context.newCDPSession(page)).send('Page.getAppManifest');
				expect(manifest.url).toBe(`${server.origin}/manifest.webmanifest`);
				expect(manifest.errors).toEqual([]);
				await page.waitForLoadState('networkidle', { timeout: 15_000 });
				const requests = [...server.requests];
				console.info(`${path}: ${requests.length} Anfragen (${requests.join(', ')}), Layout-Verschiebung ${shift}`);
				expect(requests[0]).toBe(path);
				expect(requests).toEqual(expect.arrayContaining(['/favicon.svg', '/manifest.webmanifest']));
				expect(
					requests.filter((request) => request.endsWith('.js')),
					requests.join(', '),
				).toHaveLength(1);
				expect(requests.length, requests.join(', ')).toBeLessThanOrEqual(4);
				expect(shift).toBe(0);
			} finally {
				await context.close();
				await server.close();
			}
		},
	);

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
