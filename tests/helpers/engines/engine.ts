import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The small interface the cross-engine tests (tests/browser/engines/) and
 * `npm run screenshots` drive, with one adapter per engine beside this file:
 *
 * - chromium.ts: Debian's Chromium through playwright-core (the flags of ../browser.ts);
 * - firefox.ts: Firefox ESR through puppeteer-core over WebDriver BiDi;
 * - webkit.ts: WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver, the `webdriver` client) under its own Xvfb.
 *
 * Each adapter is one browser (one more only where an option needs a
 * browser started differently: JavaScript off or the dark scheme in Firefox
 * and WebKit) and a fresh context, page or reset session per `open`.
 */

export const engineNames = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof engineNames)[number];

export interface OpenOptions {
	/** The viewport in CSS pixels (default 1280 × 900). */
	width?: number;
	height?: number;
	/** false: the page loads with JavaScript switched off (default true). */
	javaScript?: boolean;
	colorScheme?: 'light' | 'dark';
}

/** Keys the tests press, named as Playwright and Puppeteer name them; `Control+v` holds Control. */
export type Key = 'Escape' | 'Tab' | 'Enter' | 'Space' | 'Control+v';

export interface WaitOptions {
	timeout: number;
	/** What is awaited, for the error when it does not come. */
	what: string;
}

export interface EnginePage {
	readonly engine: EngineName;
	/** Loads another address in the same page and waits for its load event. */
	goto(url: string): Promise<void>;
	url(): Promise<URL>;
	/** Runs a function in the page (it must not close over anything: it is sent as text); its result comes back as JSON. */
	evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>>;
	/** Waits until the function returns a truthy value in the page, also across a navigation; fails after `timeout` ms. */
	waitFor<Args extends unknown[]>(fn: (...args: Args) => unknown, args: Args, options: WaitOptions): Promise<void>;
	/** Gives the page another viewport size; resolves once the page has it. */
	resize(width: number, height: number): Promise<void>;
	/** Presses and releases a key where the focus is. */
	press(key: Key): Promise<void>;
	/** Types text where the focus is, key by key. */
	type(text: string): Promise<void>;
	/** Clicks the first element matching a CSS selector, as a pointer would (scrolled into view first). */
	click(selector: string): Promise<void>;
	/** Moves the keyboard focus to the first element matching a CSS selector. */
	focus(selector: string): Promise<void>;
	/**
	 * What went wrong in the page since it was opened: console errors and
	 * warnings, uncaught errors and rejections, and Content-Security-Policy
	 * violations, one line each (`console.error: …`, `pageerror: …`, `CSP: …`).
	 */
	problems(): Promise<string[]>;
	/** A PNG of the viewport, or of the whole page. */
	screenshot(options?: { fullPage?: boolean }): Promise<Uint8Array>;
	close(): Promise<void>;
}

export interface Engine {
	readonly name: EngineName;
	/** The browser's own name and version, e.g. `firefox/153.8.0`. */
	readonly version: string;
	/**
	 * A script the site's server must put first into every page's `<head>`,
	 * where the engine's driver cannot inject one before the page's scripts
	 * (classic WebDriver has no preload scripts). Served from the site's own
	 * origin, so the pages' policy (`script-src 'self'`) lets it run.
	 */
	readonly headScript?: HeadScript;
	/**
	 * Chromium only: its Playwright browser, for what only DevTools can ask (the
	 * app manifest a page names) and a context of the test's own.
	 */
	readonly playwright?: import('playwright-core').Browser;
	open(url: string, options?: OpenOptions): Promise<EnginePage>;
	close(): Promise<void>;
	/**
	 * Ends the engine's processes at once, synchronously, and nothing else (a
	 * worker being stopped has half a second); `close` is the normal way, and
	 * removes the engine's folders too.
	 */
	kill(): void;
}

export interface HeadScript {
	path: string;
	source: string;
}

/**
 * A folder of the engine's own (profile, settings), in the test run's folder
 * where there is one (`LAGEBILD_ENGINE_RUN_DIR`, set by
 * tests/helpers/require-engines.ts, which removes it after the run, with
 * whatever a stopped worker left), otherwise in the system's temporary folder.
 */
export function engineHome(name: string): string {
	return mkdtempSync(join(process.env['LAGEBILD_ENGINE_RUN_DIR'] ?? tmpdir(), `${name}-`));
}

/** Notes a process the engine started in its folder, for the run's end to kill should the worker not have (`pid command`, one a line). */
export function notePid(home: string, pid: number | undefined, command: string): void {
	if (pid) appendFileSync(join(home, 'pids'), `${pid} ${command}\n`);
}

export const defaultViewport = { width: 1280, height: 900 } as const;

/** A function and its arguments (as JSON) as one expression that calls it, for drivers that take a script as text. */
export function callExpression(fn: (...args: never[]) => unknown, args: readonly unknown[]): string {
	return `(${fn.toString()})(...${JSON.stringify(args)})`;
}
