import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useSite } from '../helpers/site.ts';
import { fileForPath } from '../helpers/dist.ts';
import { relevance } from '../fixtures/search-relevance.ts';

const article = '/gipfel-im-weissen-haus/';
const site = useSite();

async function resultsOnSearchPage(page: Page): Promise<string[]> {
	await page.waitForFunction(() => (document.querySelector('site-search.page [data-search-count]')?.textContent ?? '') !== '', null, { timeout: 15_000 });
	return page.locator('site-search.page [data-search-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

const sectionOf = (href: string) => href.split('?')[0]!.slice(article.length, -1);

describe('search relevance (the real index in Chromium)', () => {
	it(`returns the expected section first for each of ${relevance.length} queries`, async () => {
		const { page, problems } = await site.open('/suche/');
		const misses: string[] = [];
		let top3 = 0;
		for (const [query, expected] of relevance) {
			await page.goto(`${site.origin}/suche/?q=${encodeURIComponent(query)}`);
			const hrefs = await resultsOnSearchPage(page);
			const sections = hrefs.map(sectionOf);
			if (sections.slice(0, 3).includes(expected)) top3 += 1;
			if (sections[0] !== expected) misses.push(`${query}: erwartet ${expected}, bekam ${sections.slice(0, 3).join(', ') || 'nichts'}`);
			for (const href of hrefs) expect(fileForPath(href), `${href} gibt es nicht in dist/`).toBeDefined();
		}
		console.info(`Relevanz: Top-1 ${relevance.length - misses.length}/${relevance.length}, Top-3 ${top3}/${relevance.length}`);
		expect(misses).toEqual([]);
		expect(problems).toEqual([]);
	}, 120_000);

	it('never returns the same passage twice: one hit per section page, no long-read, no duplicates', async () => {
		const { page } = await site.open('/suche/');
		for (const query of ['Selenskyj', 'Trump', 'Putin Treffen', 'Sicherheitsgarantien']) {
			await page.goto(`${site.origin}/suche/?q=${encodeURIComponent(query)}`);
			const all = (await resultsOnSearchPage(page)).map((href) => href.split('?')[0]!);
			// Glossary entries are definitions, not article passages; they may come back beside them.
			const hrefs = all.filter((href) => !href.startsWith('/glossar/'));
			expect(hrefs.length).toBeGreaterThan(1);
			expect(new Set(hrefs).size).toBe(hrefs.length);
			for (const href of hrefs) expect(href).toMatch(/^\/gipfel-im-weissen-haus\/[a-z0-9-]+\/$/);
		}
	});

	it('shows headline, section heading and an excerpt with the words marked, never an index-only term', async () => {
		const { page } = await site.open(`/suche/?q=${encodeURIComponent('Zelensky Truppen')}`);
		await resultsOnSearchPage(page);
		const first = page.locator('site-search.page [data-search-results] li').first();
		await expect(first.locator('.result-title').innerText()).resolves.toBe('Sicherheitsgarantien bleiben von US-Beteiligung abhängig');
		await expect(first.locator('.result-article').innerText()).resolves.toMatch(/^Nach dem Treffen im Weißen Haus/);
		const marks = await first.locator('.result-excerpt mark').allInnerTexts();
		expect(marks).toEqual(expect.arrayContaining(['Bodentruppen', 'Selenskyj']));
		const all = await page.locator('site-search.page [data-search-results]').innerText();
		expect(all).not.toMatch(/zelensky|→/i);
	});

	it('filters by participant and by article', async () => {
		const { page } = await site.open(`/suche/?q=Treffen&person=${encodeURIComponent('Mark Rutte')}`);
		const hrefs = await resultsOnSearchPage(page);
		expect(hrefs.map(sectionOf)).toEqual(['selenskyj-offen-fuer-treffen-mit-putin-ohne-vorbedingungen', 'hochrangige-teilnahme'].filter((slug) => hrefs.map(sectionOf).includes(slug)));
		expect(hrefs.length).toBeGreaterThan(0);
		await expect(page.locator('select[name=person]').inputValue()).resolves.toBe('Mark Rutte');
		await page.selectOption('select[name=person]', '');
		await page.waitForFunction(() => document.querySelectorAll('site-search.page [data-search-results] a').length > 2);
		await page.selectOption('select[name=artikel]', { index: 1 });
		await expect.poll(() => new URL(page.url()).searchParams.get('artikel')).toMatch(/^Nach dem Treffen/);
		await expect.poll(() => page.locator('site-search.page [data-search-results] a').count()).toBeGreaterThan(2);
	});
});

describe('search interface', () => {
	it('loads no search code until the reader starts searching', async () => {
		const { page } = await site.open(`${article}hochrangige-teilnahme/`);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.reload();
		await page.waitForLoadState('networkidle');
		expect(requests.filter((path) => path.startsWith('/pagefind/') || /controller|arrival/.test(path))).toEqual([]);
		await page.locator('header input[type=search]').focus();
		await page.waitForResponse((response) => response.url().includes('/pagefind/'), { timeout: 10_000 });
		expect(requests.some((path) => path.startsWith('/_astro/controller'))).toBe(true);
	});

	it('keyboard: / focuses, results as you type and announced, arrows move, Escape closes, Enter opens with the words highlighted', async () => {
		const { page, problems } = await site.open(`${article}was-geschieht-gerade/`);
		const input = page.locator('header input[type=search]');
		await page.keyboard.press('/');
		await expect(input.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
		await page.keyboard.type('Ushakov');
		const status = page.locator('header [data-search-status]');
		await page.waitForFunction(() => document.querySelector('header [data-search-status]')?.textContent === '1 Treffer für „Ushakov“');
		await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
		await expect(page.locator('header [data-search-panel]').isVisible()).resolves.toBe(true);
		await page.keyboard.press('ArrowDown');
		const focused = () => page.evaluate(() => document.activeElement?.closest('[data-search-results] li') !== null && document.activeElement?.tagName === 'A');
		await expect(focused()).resolves.toBe(true);
		await page.keyboard.press('ArrowUp');
		await expect(input.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(page.locator('header [data-search-panel]').isHidden()).resolves.toBe(true);
		await page.keyboard.press('ArrowDown');
		await page.waitForFunction(() => document.activeElement?.tagName === 'A');
		await Promise.all([page.waitForURL(/kreml-bestaetigt/), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).searchParams.getAll('hervorheben')).toEqual(['Uschakow']);
		await page.waitForSelector('mark.search-highlight');
		await expect(page.locator('mark.search-highlight').allInnerTexts()).resolves.toEqual(['Uschakow']);
		await page.getByRole('button', { name: 'Markierungen entfernen' }).click();
		await expect(page.locator('mark.search-highlight').count()).resolves.toBe(0);
		expect(new URL(page.url()).search).toBe('');
		expect(problems).toEqual([]);
	});

	it('says „Keine Treffer für …“ in German', async () => {
		const { page } = await site.open(`/suche/?q=${encodeURIComponent('Xylophonkonzert')}`);
		await resultsOnSearchPage(page);
		await expect(page.locator('site-search.page [data-search-count]').innerText()).resolves.toBe('Keine Treffer für „Xylophonkonzert“');
	});

	it('a shared /suche/?q= link opens with its results, and Back returns to them', async () => {
		const { page } = await site.open(`/suche/?q=${encodeURIComponent('Kanzler')}`);
		const before = await resultsOnSearchPage(page);
		await expect(page.locator('site-search.page input').inputValue()).resolves.toBe('Kanzler');
		await page.locator('site-search.page [data-search-results] a').first().click();
		await page.waitForURL(/hochrangige-teilnahme/);
		await page.goBack();
		await page.waitForURL(/suche/);
		expect(await resultsOnSearchPage(page)).toEqual(before);
		await expect(page.locator('site-search.page input').inputValue()).resolves.toBe('Kanzler');
	});

	it('without JavaScript the header form submits to /suche/, which says search needs JavaScript and links the table of contents', async () => {
		const { page } = await site.open(`${article}hochrangige-teilnahme/`, { javaScriptEnabled: false });
		await page.locator('header input[type=search]').fill('Kanzler');
		await Promise.all([page.waitForURL(/\/suche\/\?q=Kanzler/), page.locator('header input[type=search]').press('Enter')]);
		await expect(page.locator('main').innerText()).resolves.toContain('Die Suche braucht JavaScript');
		await page.getByRole('link', { name: /^Inhaltsverzeichnis:/ }).click();
		await page.waitForURL(/#lb-toc-heading$/);
		await expect(page.locator('#lb-toc-heading').isVisible()).resolves.toBe(true);
	});

	it('axe finds no violations with results open, in the header and on the search page', async () => {
		const { page } = await site.open(`${article}was-geschieht-gerade/`);
		await page.locator('header input[type=search]').fill('Selenskyj');
		await page.waitForFunction(() => (document.querySelectorAll('header [data-search-results] a').length ?? 0) > 0);
		expect(await axeViolations(page)).toEqual([]);
		const searchPage = await site.open(`/suche/?q=Truppen`, { colorScheme: 'dark' });
		await resultsOnSearchPage(searchPage.page);
		expect(await axeViolations(searchPage.page)).toEqual([]);
	});
});

describe('search robustness', () => {
	const hostile = [
		'<img src=x onerror=alert(1)>',
		'"><script>window.__pwned=1</script>',
		'x'.repeat(2000),
		'🇺🇦🕊️ Frieden 🤝',
		'?!.,;:–„“()[]{}',
		'זלנסקי ופוטין',
		'زيلينسكي',
		'Qwxzptlk Vbnmrt',
		'   ',
		'\\u0000 %00 %3Cscript%3E',
	];

	it('survives hostile and odd queries: no exception, nothing injected, still usable', async () => {
		const { page, problems } = await site.open('/suche/');
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const input = page.locator('site-search.page input');
		const baseline = await page.evaluate(() => ({ images: document.querySelectorAll('img').length, scripts: document.querySelectorAll('script').length }));
		for (const query of hostile) {
			const before = await page.locator('site-search.page [data-search-count]').textContent();
			await input.fill(query);
			if (query.trim()) {
				// Each answer names its query, so a new text means this query was answered.
				await page.waitForFunction(
					(previous) => {
						const text = document.querySelector('site-search.page [data-search-count]')?.textContent ?? '';
						return text !== previous && text.includes('Treffer');
					},
					before,
					{ timeout: 15_000 },
				);
			} else {
				await page.waitForTimeout(400);
			}
			const injected = await page.evaluate(() => ({
				images: document.querySelectorAll('img').length,
				scripts: document.querySelectorAll('script').length,
				pwned: (window as unknown as { __pwned?: number }).__pwned,
			}));
			expect(injected, query.slice(0, 40)).toEqual({ ...baseline, pwned: undefined });
			const text = await page.locator('site-search.page [data-search-count]').textContent();
			if (query.trim()) expect(text, query.slice(0, 40)).toMatch(/Treffer/);
		}
		await input.fill('Uschakow');
		await page.waitForFunction(() => document.querySelector('site-search.page [data-search-count]')?.textContent === '1 Treffer für „Uschakow“');
		expect(dialogs).toEqual([]);
		expect(problems).toEqual([]);
	}, 60_000);
});
