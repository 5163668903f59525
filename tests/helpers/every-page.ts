import { expect, it } from 'vitest';
import { overflow, settled, undersized } from './checks.ts';
import { axeViolations, type Site } from './site.ts';

/**
 * One visit per page type in Chromium, and every check a page type needs
 * that does not depend on what came before: no console, page or CSP error,
 * a strict policy, no sideways scrolling at 1280, 768, 390 and 320 px, no axe
 * violation (WCAG 2.2 AA and best practice) in the dark scheme at 1280 px and
 * the light one at 390 px, and every target outside running text 24 × 24 px
 * or spaced (WCAG 2.5.8). The window is resized and the scheme switched on the
 * one page: the checks see what a fresh page of that size and scheme shows.
 */
export function checkEveryPage(site: Site, types: Record<string, string>, narrowAxe: readonly string[] = []): void {
	it.each(Object.entries(types))(
		'%s: no errors, a strict policy, no sideways scrolling from 320 to 1280 px, axe clean light and dark, targets of 24 px',
		async (type, path) => {
			const { page, problems } = await site.open(path, { viewport: { width: 1280, height: 844 } });
			await page.waitForLoadState('load');
			await settled(page, path);
			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
			expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
			expect(await page.locator('h1').count()).toBe(1);

			expect(await overflow(page), '1280 px').toBeLessThanOrEqual(0);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await axeViolations(page), 'dunkel, 1280 px').toEqual([]);

			await page.setViewportSize({ width: 768, height: 844 });
			expect(await overflow(page), '768 px').toBeLessThanOrEqual(0);

			await page.setViewportSize({ width: 390, height: 844 });
			await page.emulateMedia({ colorScheme: 'light' });
			expect(await overflow(page), '390 px').toBeLessThanOrEqual(0);
			expect(await axeViolations(page), 'hell, 390 px').toEqual([]);
			const targets = await undersized(page);
			// At least the header's brand, its links and the footer's links.
			expect(targets.measured).toBeGreaterThanOrEqual(4);
			expect(targets.failures).toEqual([]);

			await page.setViewportSize({ width: 320, height: 700 });
			expect(await overflow(page), '320 px').toBeLessThanOrEqual(0);
			if (narrowAxe.includes(type)) expect(await axeViolations(page), 'hell, 320 px').toEqual([]);

			expect(problems).toEqual([]);
		},
	);
}
