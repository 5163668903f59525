import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../browser.ts';
import { defaultViewport, type Engine, type EnginePage, type OpenOptions } from './engine.ts';

/**
 * Debian's Chromium through playwright-core, started with the flags of the
 * Chromium suite (../browser.ts). One browser; a new context per `open`.
 * Problems: Playwright's `console` and `pageerror` events; CSP violations
 * from a `securitypolicyviolation` listener added before the page's scripts
 * (`addInitScript`), reported at once through `exposeFunction`.
 */
export async function launchChromium(): Promise<Engine> {
	const browser: Browser = await launchBrowser();
	return {
		name: 'chromium',
		version: `chromium/${browser.version()}`,
		playwright: browser,
		async open(url, options: OpenOptions = {}) {
			const context = await browser.newContext({
				viewport: { width: options.width ?? defaultViewport.width, height: options.height ?? defaultViewport.height },
				javaScriptEnabled: options.javaScript ?? true,
				colorScheme: options.colorScheme ?? 'light',
			});
			const page = await context.newPage();
			const problems: string[] = [];
			await page.exposeFunction('__lagebildReportViolation', (line: string) => problems.push(line));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					(window as unknown as { __lagebildReportViolation(line: string): void }).__lagebildReportViolation(
						`CSP: ${event.violatedDirective} ${event.blockedURI}`,
					);
				});
			});
			page.on('console', (message) => {
				if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
			await page.goto(url, { waitUntil: 'load' });
			return chromiumPage(page, problems, () => context.close());
		},
		close: () => browser.close(),
		// Playwright ends the browsers it started when the process exits.
		kill() {},
	};
}

function chromiumPage(page: Page, problems: string[], close: () => Promise<void>): EnginePage {
	return {
		engine: 'chromium',
		async goto(url) {
			await page.goto(url, { waitUntil: 'load' });
		},
		url: async () => new URL(page.url()),
		evaluate: (fn, ...args) => page.evaluate(calling(fn), args) as never,
		async waitFor(fn, args, { timeout, what }) {
			await page.waitForFunction(calling(fn), args, { timeout }).catch((error: Error) => {
				throw new Error(`Chromium: ${what} kam nicht in ${timeout} ms (${error.message.split('\n')[0]})`);
			});
		},
		async resize(width, height) {
			await page.setViewportSize({ width, height });
		},
		async press(key) {
			await page.keyboard.press(key);
		},
		async type(text) {
			await page.keyboard.type(text);
		},
		async click(selector) {
			await page.locator(selector).first().click({ timeout: 5_000 });
		},
		async focus(selector) {
			await page.locator(selector).first().focus({ timeout: 5_000 });
		},
		problems: async () => [...problems],
		screenshot: (options = {}) => page.screenshot({ fullPage: options.fullPage ?? false }),
		close,
	};
}

/**
 * The function, called with the array of its arguments: Playwright passes
 * one argument. A function object (not a string: the page would evaluate a
 * string itself, and its policy forbids that), which Playwright sends as
 * its source and compiles through the DevTools protocol.
 */
function calling(fn: (...args: never[]) => unknown): (args: unknown[]) => unknown {
	return new Function('args', `return (${fn.toString()})(...args);`) as (args: unknown[]) => unknown;
}
