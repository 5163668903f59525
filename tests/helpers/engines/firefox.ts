import { rmSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { defaultViewport, engineHome, notePid, type Engine, type EnginePage, type OpenOptions } from './engine.ts';

/** Debian's Firefox ESR; override with FIREFOX_PATH. Never a downloaded browser. */
export const firefoxPath = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi (Puppeteer's
 * `browser: 'firefox'`), headless. One browser, a new browser context (BiDi
 * user context) per `open`.
 *
 * Firefox 153 has no per-context switch for JavaScript
 * (`emulation.setScriptingEnabled` is unknown to it) nor for the colour
 * scheme over BiDi: a page opened with JavaScript off or in the dark scheme
 * gets a second Firefox started with the preference for it
 * (`javascript.enabled`, `layout.css.prefers-color-scheme.content-override`),
 * once, when first asked for.
 *
 * Problems: Puppeteer's `console` and `pageerror` events (BiDi
 * `log.entryAdded`; Firefox reports a CSP violation there too, as an
 * error), and a `securitypolicyviolation` listener added before the page's
 * scripts (`evaluateOnNewDocument`, BiDi `script.addPreloadScript`) that
 * reports through `exposeFunction`.
 */
export async function launchFirefox(): Promise<Engine> {
	const profiles = new Map<string, Promise<{ browser: Browser; dir: string }>>();
	const started: Array<{ browser: Browser; dir: string }> = [];
	const start = (javaScript: boolean, scheme: 'light' | 'dark') => {
		const key = `${javaScript}-${scheme}`;
		let profile = profiles.get(key);
		if (!profile) {
			// Our own profile folder: removed when the engine closes, or at the end of the test run.
			const dir = engineHome('firefox');
			profile = puppeteer
				.launch({
					browser: 'firefox',
					executablePath: firefoxPath,
					headless: true,
					userDataDir: dir,
					extraPrefsFirefox: {
						'javascript.enabled': javaScript,
						...(scheme === 'dark' ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
					},
				})
				.then((browser) => {
					notePid(dir, browser.process()?.pid, firefoxPath);
					started.push({ browser, dir });
					return { browser, dir };
				});
			profiles.set(key, profile);
		}
		return profile;
	};
	const { browser: first } = await start(true, 'light');
	const version = await first.version();
	return {
		name: 'firefox',
		version,
		async open(url, options: OpenOptions = {}) {
			const { browser } = await start(options.javaScript ?? true, options.colorScheme ?? 'light');
			const context = await browser.createBrowserContext();
			const page = await context.newPage();
			await page.setViewport({ width: options.width ?? defaultViewport.width, height: options.height ?? defaultViewport.height });
			const problems: string[] = [];
			if (options.javaScript !== false) {
				await page.exposeFunction('__lagebildReportViolation', (line: string) => problems.push(line));
				await page.evaluateOnNewDocument(() => {
					document.addEventListener('securitypolicyviolation', (event) => {
						void (window as unknown as { __lagebildReportViolation(line: string): Promise<void> }).__lagebildReportViolation(
							`CSP: ${event.violatedDirective} ${event.blockedURI}`,
						);
					});
				});
			}
			page.on('console', (message) => {
				if (message.type() === 'error' || message.type() === 'warn')
					problems.push(`console.${message.type() === 'warn' ? 'warning' : 'error'}: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
			await page.goto(url, { waitUntil: 'load' });
			return firefoxPage(page, problems, () => context.close());
		},
		async close() {
			await Promise.all(started.map(({ browser }) => browser.close()));
			for (const { dir } of started) rmSync(dir, { recursive: true, force: true });
		},
		kill() {
			for (const { browser } of started) {
				const pid = browser.process()?.pid;
				if (pid) {
					try {
						// Puppeteer starts Firefox as the leader of its own process group: this ends its content processes too.
						process.kill(-pid, 'SIGKILL');
					} catch {
						// Already gone.
					}
				}
			}
		},
	};
}

function firefoxPage(page: Page, problems: string[], close: () => Promise<void>): EnginePage {
	return {
		engine: 'firefox',
		async goto(url) {
			await page.goto(url, { waitUntil: 'load' });
		},
		url: async () => new URL(page.url()),
		evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
		async waitFor(fn, args, { timeout, what }) {
			await page.waitForFunction(fn as never, { timeout }, ...(args as unknown as never[])).catch((error: Error) => {
				throw new Error(`Firefox: ${what} kam nicht in ${timeout} ms (${error.message.split('\n')[0]})`);
			});
		},
		async resize(width, height) {
			await page.setViewport({ width, height });
		},
		async press(key) {
			if (key === 'Control+v') {
				await page.keyboard.down('Control');
				await page.keyboard.press('v');
				await page.keyboard.up('Control');
			} else await page.keyboard.press(key);
		},
		async type(text) {
			await page.keyboard.type(text);
		},
		async click(selector) {
			// The locator waits for the element to stand still in view; page.click aimed before Firefox had scrolled.
			await page.locator(selector).setTimeout(5_000).click();
		},
		async focus(selector) {
			await page.focus(selector);
		},
		problems: async () => [...problems],
		screenshot: async (options = {}) => page.screenshot({ fullPage: options.fullPage ?? false }),
		close,
	};
}
