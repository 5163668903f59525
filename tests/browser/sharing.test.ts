import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { siteOrigin } from '../helpers/dist.ts';

/**
 * Sharing a section: „Link teilen“ and „Zitat teilen“ along every path (issue
 * 14), the system share sheet resolving, failing and cancelled, the clipboard
 * writing and denied, the notice clearing again; the Web Share API and the
 * clipboard are replaced before the page's scripts run, and every call to them
 * is recorded. Then Chromium's own clipboard once, and what works without
 * JavaScript: the control as a link, the long-read's anchors, text fragments.
 */

const site = useSite();

/** What the stubbed `navigator.share` does: missing (desktop Chromium), succeed, fail, or be cancelled by the reader. */
type ShareMode = 'absent' | 'resolve' | 'reject' | 'abort';
/** What the stubbed `navigator.clipboard.writeText` does: write, or be refused (permission denied). */
type ClipboardMode = 'write' | 'deny';

interface Calls {
	share: Array<{ title: string | undefined; url: string | undefined }>;
	clipboard: string[];
}

/** Runs in the page before its own scripts: replaces both APIs and records each call in `window.__calls`. */
function stubApis({ share, clipboard }: { share: ShareMode; clipboard: ClipboardMode }): void {
	const calls: Calls = { share: [], clipboard: [] };
	(window as unknown as { __calls: Calls }).__calls = calls;
	Object.defineProperty(navigator, 'share', {
		configurable: true,
		value:
			share === 'absent'
				? undefined
				: (data: ShareData) => {
						calls.share.push({ title: data.title, url: data.url });
						if (share === 'resolve') return Promise.resolve();
						// A failure the reader did not choose (here: no permission) versus the reader closing the sheet.
						return Promise.reject(
							share === 'abort'
								? new DOMException('Share canceled', 'AbortError')
								: new DOMException('Permission denied', 'NotAllowedError'),
						);
					},
	});
	Object.defineProperty(navigator, 'clipboard', {
		configurable: true,
		value: {
			writeText: (text: string) => {
				calls.clipboard.push(text);
				return clipboard === 'write' ? Promise.resolve() : Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
			},
		},
	});
}

/** Opens `path` with the stubs in place from the first script on. */
async function openStubbed(path: string, modes: { share: ShareMode; clipboard: ClipboardMode }, options?: BrowserContextOptions) {
	const { page, problems } = await site.open(path, options, { script: stubApis, arg: modes });
	await page.waitForFunction(() => customElements.get('share-link') !== undefined && '__calls' in window, null, { timeout: 15_000 });
	return { page, problems };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: Calls }).__calls);

/**
 * The stubs settle at once, so everything a click sets off (the share call,
 * the fallback, the status text) has run before the page's next task. This
 * waits for that task: a state, not a time.
 */
const nextTask = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** Waits until the status element reads exactly `text` ('' = cleared). */
async function waitForStatus(status: Locator, text: string): Promise<void> {
	const element = await status.elementHandle({ timeout: 15_000 });
	await status.page().waitForFunction(([node, wanted]) => node!.textContent === wanted, [element, text] as const, { timeout: 15_000 });
}

/** The two places with a „Link teilen“ control, each with its section's headline and page (read from the fixture article). */
const places = [
	{
		where: 'on a section page',
		path: '/gipfeltreffen/hochrangige-teilnahme/',
		title: 'Hochrangige Teilnahme signalisiert ernsthafte Absicht',
		sectionPath: '/gipfeltreffen/hochrangige-teilnahme/',
	},
	{
		where: 'in the long-read',
		path: '/gipfeltreffen/',
		title: 'Behutsamer Optimismus bei den Verbündeten',
		sectionPath: '/gipfeltreffen/behutsamer-optimismus-bei-den-verbuendeten/',
	},
] as const;

describe.each(places)('„Link teilen“ $where', ({ path, title, sectionPath }) => {
	const control = (page: Page) => {
		const link = page.getByRole('link', { name: `Link teilen: Abschnitt „${title}“` });
		return { link, status: page.locator('share-link').filter({ has: link }).locator('[role=status]') };
	};
	const canonical = () => `${siteOrigin()}${sectionPath}`;

	// Red if the share sheet gets another URL (the long-read's, the page's own, a relative path) or title, if the
	// click follows the link instead of sharing, or if a successful share also copies or shows a message.
	it('(a) with Web Share present, opens the share sheet with the section’s canonical URL and title, and nothing else', async () => {
		const { page, problems } = await openStubbed(path, { share: 'resolve', clipboard: 'write' });
		const { link, status } = control(page);
		await link.click();
		await page.waitForFunction(() => (window as unknown as { __calls: Calls }).__calls.share.length > 0, null, { timeout: 15_000 });
		await nextTask(page);
		expect(await calls(page)).toEqual({ share: [{ title, url: canonical() }], clipboard: [] });
		await expect(status.textContent()).resolves.toBe('');
		expect(new URL(page.url()).pathname).toBe(path);
		expect(problems).toEqual([]);
	});

	// Red if a share sheet that fails (not cancelled) leaves the reader with nothing: no copy, no message.
	it('(b) when Web Share fails with another error than AbortError, copies the link instead and says „Link kopiert“', async () => {
		const { page, problems } = await openStubbed(path, { share: 'reject', clipboard: 'write' });
		const { link, status } = control(page);
		await link.click();
		await waitForStatus(status, 'Link kopiert');
		expect(await calls(page)).toEqual({ share: [{ title, url: canonical() }], clipboard: [canonical()] });
		await expect(status.isVisible()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	// Red if cancelling the share sheet is treated as a failure: the clipboard is overwritten behind the reader's back, or a message appears.
	it('(c) when the reader cancels the share sheet (AbortError), copies nothing and says nothing', async () => {
		const { page, problems } = await openStubbed(path, { share: 'abort', clipboard: 'write' });
		const { link, status } = control(page);
		await link.click();
		await page.waitForFunction(() => (window as unknown as { __calls: Calls }).__calls.share.length > 0, null, { timeout: 15_000 });
		await nextTask(page);
		expect(await calls(page)).toEqual({ share: [{ title, url: canonical() }], clipboard: [] });
		await expect(status.textContent()).resolves.toBe('');
		await expect(status.isVisible()).resolves.toBe(false);
		expect(problems).toEqual([]);
	});

	// Red if a refused clipboard write is reported as success („Link kopiert“), throws, or says nothing.
	it('(d) without Web Share and with the clipboard denied, says where the link is', async () => {
		const { page, problems } = await openStubbed(path, { share: 'absent', clipboard: 'deny' });
		const { link, status } = control(page);
		await link.click();
		await waitForStatus(status, 'Kopieren nicht möglich – der Link steht in der Adresszeile.');
		expect(await calls(page)).toEqual({ share: [], clipboard: [canonical()] });
		await expect(status.isVisible()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	// Red if the notice never clears (it would stay beside the control for good, and be read again by screen readers
	// that revisit the status), clears early, or a second share within the six seconds keeps the first one's timer.
	// share.ts clears it 6 s after it is set; the page's clock is paused and moved on by hand, so no real time passes.
	it('(e) the notice stays six seconds, a second share starts them again, then it clears and the empty status takes no room', async () => {
		const { page } = await openStubbed(path, { share: 'absent', clipboard: 'write' });
		const { link, status } = control(page);
		await page.clock.install();
		// Paused: the page's timers run only when the test moves the clock.
		await page.clock.pauseAt(Date.now() + 60_000);
		await link.click();
		await waitForStatus(status, 'Link kopiert');
		await page.clock.runFor(4_000);
		await expect(status.textContent()).resolves.toBe('Link kopiert');
		await link.click();
		await expect.poll(async () => (await calls(page)).clipboard.length, { timeout: 15_000 }).toBe(2);
		await page.clock.runFor(5_900);
		await expect(status.textContent()).resolves.toBe('Link kopiert');
		await page.clock.runFor(200);
		await waitForStatus(status, '');
		await expect(status.isVisible()).resolves.toBe(false);
		expect((await calls(page)).clipboard).toEqual([canonical(), canonical()]);
	});
});

describe('„Zitat teilen“', () => {
	/** Selects the whole text of the list item that reads exactly `text`, in the section `section`. */
	const select = (page: Page, section: string, text: string) =>
		page.evaluate(
			([sectionSelector, wanted]) => {
				const item = [...document.querySelectorAll(`${sectionSelector} .prose li`)].find((element) => element.textContent === wanted);
				if (!item) throw new Error(`Kein Listenpunkt „${wanted}“`);
				item.scrollIntoView({ block: 'center' });
				const range = document.createRange();
				range.selectNodeContents(item);
				const selection = document.getSelection()!;
				selection.removeAllRanges();
				selection.addRange(range);
			},
			[section, text] as const,
		);

	// „Frankreichs Präsident Emmanuel Macron“: four words, so the fragment is the whole text, encoded by hand (ä = %C3%A4).
	const quote = 'Frankreichs Präsident Emmanuel Macron';
	const fragment = '#:~:text=Frankreichs%20Pr%C3%A4sident%20Emmanuel%20Macron';

	// Red if the control does not appear for a selection, copies the long-read's URL or no text fragment, or stays silent.
	it('in the long-read, without Web Share: copies the section page’s URL with a text fragment and says „Link zum Zitat kopiert“', async () => {
		const { page, problems } = await openStubbed('/gipfeltreffen/', { share: 'absent', clipboard: 'write' });
		await select(page, 'section[data-section="hochrangige-teilnahme"]', quote);
		const button = page.getByRole('button', { name: 'Zitat teilen' });
		await button.waitFor({ state: 'visible', timeout: 15_000 });
		await button.click();
		await waitForStatus(page.locator('.quote-share [role=status]'), 'Link zum Zitat kopiert');
		expect(await calls(page)).toEqual({ share: [], clipboard: [`${siteOrigin()}/gipfeltreffen/hochrangige-teilnahme/${fragment}`] });
		expect(problems).toEqual([]);
	});

	// Red if the quote goes to the share sheet without the fragment, with the article's headline instead of the section's, or is copied as well.
	it('on the section page, with Web Share: opens the share sheet with the section’s title and the fragment URL', async () => {
		const { page, problems } = await openStubbed('/gipfeltreffen/hochrangige-teilnahme/', { share: 'resolve', clipboard: 'write' });
		await select(page, 'article', quote);
		const button = page.getByRole('button', { name: 'Zitat teilen' });
		await button.waitFor({ state: 'visible', timeout: 15_000 });
		await button.click();
		await page.waitForFunction(() => (window as unknown as { __calls: Calls }).__calls.share.length > 0, null, { timeout: 15_000 });
		await nextTask(page);
		expect(await calls(page)).toEqual({
			share: [
				{
					title: 'Hochrangige Teilnahme signalisiert ernsthafte Absicht',
					url: `${siteOrigin()}/gipfeltreffen/hochrangige-teilnahme/${fragment}`,
				},
			],
			clipboard: [],
		});
		expect(problems).toEqual([]);
	});
});

describe('sharing with the browser’s own clipboard, and without JavaScript', () => {
	const article = '/gipfeltreffen/';
	const section = 'kreml-bestaetigt-telefonat-bleibt-aber-vage';

	// Red if what lands in the real clipboard differs from what the stubbed one recorded (the section page's canonical URL).
	it('„Link teilen“ in the long-read puts exactly that section’s canonical URL into Chromium’s clipboard', async () => {
		const { page, problems } = await site.open(article, { permissions: ['clipboard-read', 'clipboard-write'] });
		const control = page.locator(`section[data-section="${section}"] share-link`);
		await control.getByRole('link', { name: 'Link teilen: Abschnitt „Kreml bestätigt Telefonat, bleibt aber vage“' }).click();
		await expect.poll(() => control.locator('[role=status]').innerText(), { timeout: 5_000 }).toBe('Link kopiert');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteOrigin()}${article}${section}/`);
		expect(problems).toEqual([]);
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

	it('a text-fragment link opens the section page with the sentence scrolled into view', async () => {
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
