import type { Browser } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { workerEngine } from '../../helpers/engines/index.ts';
import { pageTypes } from '../../helpers/page-types.ts';
import { serveDist } from '../../helpers/server.ts';
import { settledLayoutShift } from '../../helpers/site.ts';

/**
 * Requests until idle, in the whole Chromium a reader has (not the headless
 * shell of tests/browser/, which fetches no icon: it has no tab to show it
 * in). Counted where they arrive: on a server of the test's own, so that
 * they are the page's only, and the browser's own requests (the icon) count
 * as well. A browser that can install the site (Chrome on a phone, Chrome on
 * a desktop) also fetches the manifest of every page that names one;
 * headless Chromium does so only when asked, so the test asks it as DevTools
 * does (Page.getAppManifest). A page is 4 requests: itself, its one script,
 * the icon and the manifest. With a script split into chunks (a chunk the
 * script imports, issue 27) it was 5.
 */
let browser: Browser;
beforeAll(async () => {
	browser = (await workerEngine('chromium')).playwright!;
}, 90_000);

describe('budgets in Chromium', () => {
	// Each page type with a server and a context of its own, so they run side by side (the waits for network idle overlap).
	it.concurrent.for(Object.entries(pageTypes))(
		'%s: at most 4 requests until idle (page, script, icon, manifest), and no layout shift',
		async ([, path], { expect }) => {
			const server = await serveDist();
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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
});
