import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, beforeAll } from 'vitest';
import { launchHeadlessShell } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

/** The built site served on loopback, with Chromium ready to read it. */
export interface Site {
	origin: string;
	browser: Browser;
	/**
	 * A new page in a fresh context; problems (console errors, page errors, failed requests, CSP violations) are
	 * collected. `before` runs in the page before its own scripts (a stand-in for an API, say).
	 */
	open<Arg>(
		path: string,
		options?: BrowserContextOptions,
		before?: { script: (arg: Arg) => void; arg: Arg },
	): Promise<{ page: Page; problems: string[] }>;
}

interface Shared {
	server: StaticServer;
	browser: Browser;
}

/**
 * One Chromium and one server for every test file a worker runs (the browser
 * project runs its files without isolation: they share this module). Starting
 * Chromium costs about a second, and a file of a few tests paid it each time.
 * Both end with the worker's process.
 */
let shared: Promise<Shared> | undefined;
const sharedSite = () => (shared ??= Promise.all([serveDist(), launchHeadlessShell()]).then(([server, browser]) => ({ server, browser })));

async function openPage<Arg>(
	site: Shared,
	path: string,
	options: BrowserContextOptions,
	opened: BrowserContext[],
	before?: { script: (arg: Arg) => void; arg: Arg },
) {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	opened.push(context);
	const page = await context.newPage();
	const problems: string[] = [];
	await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP: ${text}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
				`${event.violatedDirective} ${event.blockedURI}`,
			);
		});
	});
	if (before) await page.addInitScript(before.script as (arg: unknown) => void, before.arg as unknown);
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('requestfailed', (request) => {
		// A navigation cancels what the previous page still loaded: not a failure of the site.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED')
			problems.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
	});
	const response = await page.goto(site.server.origin + path);
	if (!response || (response.status() >= 400 && !path.includes('404'))) problems.push(`HTTP ${response?.status()} für ${path}`);
	return { page, problems };
}

/**
 * The site for a test file: the worker's Chromium and server, a fresh context
 * for every page a test opens, closed when the test ends.
 */
export function useSite(): Site {
	let current: Shared | undefined;
	const opened: BrowserContext[] = [];
	beforeAll(async () => {
		current = await sharedSite();
	});
	afterEach(async () => {
		await Promise.all(opened.splice(0).map((context) => context.close().catch(() => {})));
	});
	const started = () => {
		if (!current) throw new Error('Die Website läuft noch nicht (useSite() außerhalb eines Tests?).');
		return current;
	};
	return {
		get origin() {
			return started().server.origin;
		},
		get browser() {
			return started().browser;
		},
		open: (path, options = {}, before) => openPage(started(), path, options, opened, before),
	};
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: string[];
}

/** Runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, plus best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run(
						context: Document,
						options: object,
					): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
				};
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
		});
		return result.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact,
			help: violation.help,
			nodes: violation.nodes.map((node) => node.target.join(' ')),
		}));
	});
}

/** Waits until the page has settled (by condition, not by time), then sums its layout shifts without recent input. */
export async function settledLayoutShift(page: Page): Promise<number> {
	await page.waitForLoadState('networkidle', { timeout: 15_000 });
	// Loaded, every image complete, every font loaded, and two frames painted after that: a late shift is recorded by then.
	await page.waitForFunction(() => document.readyState === 'complete' && [...document.images].every((image) => image.complete), null, {
		timeout: 10_000,
	});
	await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
	});
	return (await layoutShifts(page)).filter((shift) => !shift.hadRecentInput).reduce((total, shift) => total + shift.value, 0);
}

export interface LayoutShift {
	value: number;
	hadRecentInput: boolean;
	/** What moved: each as `tag.class`, with the page region it sits in (its outermost `header`, `nav`, `main`, `aside` or `footer`; null outside them). */
	sources: Array<{ node: string; region: string | null }>;
}

/** The layout shifts the page has recorded so far, in order. */
export async function layoutShifts(page: Page): Promise<LayoutShift[]> {
	// Buffered entries reach the observer's buffer when it starts observing: takeRecords() returns them at once.
	return page.evaluate(() => {
		const observer = new PerformanceObserver(() => {});
		observer.observe({ type: 'layout-shift', buffered: true });
		const entries = observer.takeRecords() as Array<
			PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null }> }
		>;
		observer.disconnect();
		return entries.map((entry) => ({
			value: entry.value,
			hadRecentInput: entry.hadRecentInput,
			sources: (entry.sources ?? [])
				.map((source) => source.node)
				.filter((node): node is Element => node instanceof Element)
				.map((node) => {
					let region: string | null = null;
					for (let at: Element | null = node; at; at = at.parentElement) {
						if (['header', 'nav', 'main', 'aside', 'footer'].includes(at.localName)) region = at.localName;
					}
					return { node: `${node.localName}.${node.className}`, region };
				}),
		}));
	});
}

/**
 * Holds back the search results' data (Pagefind's fragments, which its worker fetches): `asked` resolves when the
 * first is asked for, and nothing comes until `release()`. For what a search does once the reader has moved on.
 */
export function holdSearchData(page: Page): { asked: Promise<void>; release: () => void } {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	const asked = new Promise<void>(
		(resolve) =>
			void page.context().route('**/pagefind/fragment/**', async (route) => {
				resolve();
				await held;
				await route.continue();
			}),
	);
	return { asked, release };
}
