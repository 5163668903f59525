import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/astro.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { useSite } from '../helpers/site.ts';

/**
 * Issue 13, ties broken newest first: an archive of its own, nine short
 * stories with the same text (so Pagefind scores them alike), eight with an
 * event date in shuffled order and one without. The search shows equal
 * results newest first, the undated last, and reads only the results it
 * shows: the index read the stories newest first (src/lib/search/index-order.ts),
 * and Pagefind keeps that order among equal scores, so nothing is read or
 * sorted in the browser to order them.
 */
const dates = ['2024-05-02', '2025-03-04', '2023-01-06', '2025-11-08', '2024-12-10', '2022-07-12', '2025-06-14', '2021-02-16'];
const undated = 'meldung-ohne-datum';
const slugOf = (index: number) => `meldung-${index + 1}`;
const newestFirst = dates.map((date, index) => ({ date, slug: slugOf(index) })).sort((a, b) => (a.date < b.date ? 1 : -1));

function story(title: string, date?: string): string {
	return [
		'---',
		`title: "${title}"`,
		'description: "Eine kurze Meldung für den Test der Reihenfolge gleich guter Treffer."',
		...(date ? ['event:', `  date: ${date}`, '  place: "Berlin"'] : []),
		'source:',
		'  statement: "Testvorlage der Lagebild-Redaktion, geschrieben für die Tests."',
		'published: 2026-11-25T09:29+01:00',
		'---',
		'',
		'## Was gemeldet wird',
		'',
		'Die Stadtwerke melden eine Rohrprüfung im Norden der Stadt. Der Verkehr bleibt frei.',
		'',
	].join('\n');
}

let dir: string;
let server: StaticServer;
/** The worker's Chromium; this file serves its own archive. */
const site = useSite();

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'lagebild-gleichstand-'));
	mkdirSync(join(dir, 'articles'));
	mkdirSync(join(dir, 'participants'));
	dates.forEach((date, index) => writeFileSync(join(dir, 'articles', `${slugOf(index)}.md`), story(`Meldung ${index + 1}`, date)));
	writeFileSync(join(dir, 'articles', `${undated}.md`), story('Meldung ohne Datum'));
	const build = await runAstro('build', dir);
	if (build.code !== 0) throw new Error(`Bau fehlgeschlagen:\n${build.output}`);
	server = await serveDist(join(dir, 'dist'));
}, 300_000);

afterAll(async () => {
	await server?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Waits for the result count in `scope` (the header or main); the stories of the shown results, in order. */
async function shownStories(page: Page, scope: 'header' | 'main'): Promise<string[]> {
	await page.waitForFunction(
		(within) => /Treffer/.test(document.querySelector(`${within} [data-search-count]`)?.textContent ?? ''),
		scope,
		{ timeout: 15_000 },
	);
	return page
		.locator(`${scope} [data-search-results] a`)
		.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[1] ?? ''));
}

/** Searches in the header of the home page; the stories of the shown results, in order, and the fragments read. */
async function headerSearch(query: string): Promise<{ stories: string[]; fragments: number; page: Page }> {
	const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
	let fragments = 0;
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/fragment/')) fragments += 1;
	});
	await page.goto(`${server.origin}/`);
	await page.locator('header input[type=search]').fill(query);
	const stories = await shownStories(page, 'header');
	return { stories, fragments, page };
}

describe('ties newest first', () => {
	it('in the header: five of nine equal results, newest first, and only those five are read', async () => {
		const { stories, fragments, page } = await headerSearch('Rohrprüfung');
		expect(await page.locator('header [data-search-count]').innerText()).toBe('9 Treffer für „Rohrprüfung“');
		expect(stories).toEqual(newestFirst.slice(0, 5).map((entry) => entry.slug));
		expect(fragments).toBe(5);
		await page.close();
	});

	it('on the search page: all nine, newest first, the story without a date last', async () => {
		const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${server.origin}/suche/?q=Stadtwerke`);
		expect(await shownStories(page, 'main')).toEqual([...newestFirst.map((entry) => entry.slug), undated]);
		await page.close();
	});
});
