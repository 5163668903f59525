import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { builtPages } from '../helpers/dist.ts';
import { pageTypes } from '../helpers/page-types.ts';

const site = useSite();

describe('without JavaScript', () => {
	it('every page reached by following links from the home page reads, and every link works', async () => {
		const { page } = await site.open('/', { javaScriptEnabled: false });
		const seen = new Set<string>();
		const queue = ['/'];
		const broken: string[] = [];
		const feeds = new Set<string>();
		while (queue.length > 0) {
			const path = queue.shift()!;
			if (seen.has(path) || feeds.has(path)) continue;
			seen.add(path);
			const response = await page.goto(site.origin + path);
			if (!response || response.status() !== 200) {
				broken.push(`${path}: HTTP ${response?.status()}`);
				continue;
			}
			// A feed („Dossier folgen“) is not a page to read: it must be there, as RSS.
			if (!(response.headers()['content-type'] ?? '').includes('text/html')) {
				seen.delete(path);
				feeds.add(path);
				if ((await response.text()).startsWith('<?xml') === false) broken.push(`${path}: kein RSS`);
				continue;
			}
			const text = await page.locator('main').innerText();
			if (text.trim().length < 40 || (await page.locator('h1').count()) !== 1) broken.push(`${path}: kein lesbarer Inhalt`);
			const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
			for (const href of hrefs) {
				const url = new URL(href);
				if (url.origin !== site.origin) continue;
				if (url.hash) {
					const target = url.pathname === path ? page : undefined;
					if (target && (await page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count()) !== 1) broken.push(`${path}: Anker ${url.hash} fehlt`);
				}
				if (!seen.has(url.pathname)) queue.push(url.pathname);
			}
		}
		expect(broken).toEqual([]);
		const linkable = builtPages().filter((built) => built.path !== '/404.html').map((built) => built.path);
		expect([...seen].sort()).toEqual(linkable.sort());
		// The person pages link their feeds: 15 people on the test site.
		expect([...feeds].filter((path) => /^\/personen\/[^/]+\/rss\.xml$/.test(path))).toHaveLength(15);
		// Every page type (both article shapes, the one-section article's pages, search) is among them.
		for (const path of [...Object.values(pageTypes).filter((path) => path !== pageTypes.notFound), '/kurzmeldung/', '/kurzmeldung/was-eine-kurzmeldung-ist/']) expect(seen, path).toContain(path);
	}, 120_000);

	it('the section links and pager work by clicking', async () => {
		const { page } = await site.open(pageTypes.longRead, { javaScriptEnabled: false });
		await page.getByRole('link', { name: 'Abschnitt „Das wohl wichtigste Ergebnis“ als Einzelseite öffnen' }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Das wohl wichtigste Ergebnis');
		await page.getByRole('link', { name: /Nächster Abschnitt/ }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Hochrangige Teilnahme signalisiert ernsthafte Absicht');
		await page.getByRole('link', { name: 'Im ganzen Artikel lesen' }).click();
		expect(new URL(page.url()).hash).toBe('#hochrangige-teilnahme');
	});

	it('the other article shape: section links, pager and sub-heading anchors work by clicking', async () => {
		const { page } = await site.open(pageTypes.otherLongRead, { javaScriptEnabled: false });
		await page.getByRole('link', { name: 'Abschnitt „Zwei Wahlgänge an einem Tag“ als Einzelseite öffnen' }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Zwei Wahlgänge an einem Tag');
		expect(new URL(page.url()).pathname).toBe(pageTypes.otherSection);
		await page.getByRole('link', { name: 'Link zu diesem Abschnitt: Zweiter Wahlgang' }).click();
		expect(new URL(page.url()).hash).toBe('#zweiter-wahlgang');
		await page.getByRole('link', { name: /Nächster Abschnitt/ }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Ernennung und Vereidigung');
		// The last section has no next one.
		await expect(page.getByRole('link', { name: /Nächster Abschnitt/ }).count()).resolves.toBe(0);
		await page.getByRole('link', { name: /Vorheriger Abschnitt/ }).click();
		await page.getByRole('link', { name: /Vorheriger Abschnitt/ }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Was das Grundgesetz vorschreibt');
	});
});
