import { describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import { useSite } from '../helpers/site.ts';

/**
 * An address that does not exist (issue 14): the served site answers with
 * status 404 and its German „not found“ page, which search engines must not
 * index, and which works at any depth (its styles and scripts load from the
 * site's root, not relative to the wrong address).
 */

const site = useSite();

/** Opens the start page, then goes to `path`; returns the document's response and every other response. */
async function visit(path: string) {
	const { page, problems } = await site.open('/');
	const responses: Response[] = [];
	page.on('response', (response) => responses.push(response));
	const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'load', timeout: 15_000 });
	if (!response) throw new Error(`Keine Antwort für ${path}`);
	return { page, problems, response, subresources: () => responses.filter((other) => other !== response) };
}

describe('an unknown address', () => {
	// Red if the host answers 200 (a soft 404 that search engines index) or serves another page (the start page),
	// if the page is not the German one, or if it lacks noindex.
	it.each(['/diese-seite-gibt-es-nicht/', '/gipfeltreffen/kein-solcher-abschnitt/', '/personen/niemand'])(
		'%s: HTTP 404 with the German page, lang="de", noindex',
		async (path) => {
			const { page, problems, response, subresources } = await visit(path);
			expect(response.status()).toBe(404);
			expect(response.headers()['content-type']).toMatch(/^text\/html/);
			await expect(page.title()).resolves.toBe('Seite nicht gefunden – Lagebild');
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
			const robots = await page
				.locator('meta[name=robots]')
				.evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''));
			expect(
				robots.some((content) =>
					content
						.split(',')
						.map((value) => value.trim())
						.includes('noindex'),
				),
				`robots: ${JSON.stringify(robots)}`,
			).toBe(true);
			await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Seite nicht gefunden');
			await expect(
				page.getByText('Unter dieser Adresse gibt es keine Seite. Vielleicht wurde der Link falsch kopiert.', { exact: true }).isVisible(),
			).resolves.toBe(true);
			// The address stays as typed: no redirect to /404.html.
			expect(new URL(page.url()).pathname).toBe(path);
			// Chromium logs the document's own 404 as a console error; that one is the point. Nothing else may fail.
			await page.waitForLoadState('networkidle', { timeout: 15_000 });
			expect(
				subresources()
					.filter((other) => other.status() >= 400)
					.map((other) => `${other.status()} ${other.url()}`),
			).toEqual([]);
			expect(
				problems.filter(
					(problem) => problem !== 'console.error: Failed to load resource: the server responded with a status of 404 (Not Found)',
				),
			).toEqual([]);
		},
	);

	// Red if the 404 page links its styles or scripts relative to its own file: served under a deep address,
	// they would be looked up under that address and fail (an unstyled page, dead controls).
	it('under a deep address, loads all its styles and scripts and leads back to the start page', async () => {
		const { page, subresources } = await visit('/gipfeltreffen/kein-solcher-abschnitt/tiefer/');
		await page.waitForLoadState('networkidle', { timeout: 15_000 });
		const loaded = subresources();
		expect(
			loaded.some((response) => response.request().resourceType() === 'stylesheet' || response.request().resourceType() === 'script'),
		).toBe(true);
		expect(loaded.filter((response) => response.status() >= 400).map((response) => `${response.status()} ${response.url()}`)).toEqual([]);
		// The site's custom elements are defined: its script ran.
		await page.waitForFunction(() => customElements.get('site-search') !== undefined, null, { timeout: 15_000 });
		await Promise.all([
			page.waitForURL(`${site.origin}/`, { timeout: 10_000 }),
			page.getByRole('link', { name: 'Zur Startseite mit allen Artikeln' }).click(),
		]);
		await expect(page.title()).resolves.toBe('Lagebild – Nachrichten erklärt');
	});
});
