import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { workerEngine } from '../../helpers/engines/index.ts';
import { pageTypes } from '../../helpers/page-types.ts';
import { serveDist } from '../../helpers/server.ts';
import { layoutShifts } from '../../helpers/site.ts';

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
 * script imports, issue 27) it was 5. And on a slow network, the header
 * painted whole: only the whole browser paints a page before it is parsed
 * (the headless shell waited for the whole page, and the test stayed green
 * there without the fix).
 */
let browser: Browser;
beforeAll(async () => {
	browser = (await workerEngine('chromium')).playwright!;
}, 90_000);

describe('loading in the whole Chromium', () => {
	// Each page type with a server and a context of its own, three at a time (vitest.config.ts): the waits for network
	// idle overlap. The layout shift after load is measured in tests/browser/security.test.ts (a busy machine starves
	// the whole browser's page until it paints it half parsed, as on a very slow phone); a slow network, below.
	it.concurrent.for(Object.entries(pageTypes))(
		'%s: at most 4 requests until idle (page, script, icon, manifest)',
		async ([, path], { expect }) => {
			const server = await serveDist();
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			try {
				const page = await context.newPage();
				await page.goto(server.origin + path);
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
			} finally {
				await context.close();
				await server.close();
			}
		},
	);

	// Red if the first paint may show half a header: Chromium paints a page that arrives slowly before it is parsed, and
	// the header's links moved when the search field after them arrived (BaseLayout's render-blocking `rel=expect`).
	it('on a slow network the header is painted whole: nothing in it moves while the page arrives', async () => {
		// Every page in two parts, half a second apart, split inside the header just before its search field.
		const server = await serveDist(undefined, { pause: { before: '<site-search', ms: 500 } });
		const moved: string[] = [];
		try {
			for (const path of [pageTypes.home, pageTypes.longRead]) {
				const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
				try {
					const page = await context.newPage();
					await page.goto(server.origin + path);
					await page.waitForLoadState('networkidle', { timeout: 15_000 });
					const inHeader = (await layoutShifts(page)).flatMap((shift) =>
						shift.sources.filter((source) => source.region === 'header').map((source) => source.node),
					);
					moved.push(...inHeader.map((node) => `${path}: ${node}`));
				} finally {
					await context.close();
				}
			}
		} finally {
			await server.close();
		}
		expect(moved).toEqual([]);
	});
});
