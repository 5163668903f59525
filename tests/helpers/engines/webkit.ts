import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Client, RemoteConfig } from 'webdriver';
import {
	callExpression,
	defaultViewport,
	engineHome,
	notePid,
	type Engine,
	type EnginePage,
	type HeadScript,
	type Key,
	type OpenOptions,
} from './engine.ts';

/** Debian's WebKitGTK driver and browser (package webkit2gtk-driver) and the X server they need (xvfb); override with the variables. */
export const webkitDriverPath = process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = process.env['XVFB_PATH'] ?? '/usr/bin/Xvfb';

/** Where the head script keeps what it saw: sessionStorage survives the navigations of one test in one tab. */
const problemsKey = 'lagebild-probleme';

/**
 * Runs first in every page served to WebKit (see `Engine.headScript`): it
 * records console errors and warnings, uncaught errors and rejections,
 * failed loads of scripts and styles, and CSP violations, for `problems()`.
 * Sent as text, so it closes over nothing.
 */
function probe(key: string): void {
	const report = (line: string) => {
		try {
			const list = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
			list.push(line);
			sessionStorage.setItem(key, JSON.stringify(list));
		} catch {
			// No storage (an opaque origin): nothing to report to.
		}
	};
	document.addEventListener('securitypolicyviolation', (event) => report(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
	addEventListener(
		'error',
		(event: Event) => {
			if (event instanceof ErrorEvent) report(`pageerror: ${event.message}`);
			else {
				const target = event.target as { src?: string; href?: string; tagName?: string } | null;
				report(`requestfailed: ${target?.src ?? target?.href ?? target?.tagName ?? '?'}`);
			}
		},
		true,
	);
	addEventListener('unhandledrejection', (event) =>
		report(`pageerror: ${event.reason instanceof Error ? event.reason.message : String(event.reason)}`),
	);
	for (const [method, type] of [
		['error', 'error'],
		['warn', 'warning'],
	] as const) {
		const original = console[method];
		console[method] = (...args: unknown[]) => {
			report(`console.${type}: ${args.map(String).join(' ')}`);
			original.apply(console, args);
		};
	}
}

const headScript: HeadScript = { path: '/__lagebild-probe.js', source: `(${probe.toString()})(${JSON.stringify(problemsKey)});\n` };

/** WebDriver's codes for the keys the tests press (WebDriver spec, „Keyboard actions“). */
const keyCodes: Record<Exclude<Key, 'Control+v'>, string> = { Escape: '\uE00C', Tab: '\uE004', Enter: '\uE007', Space: '\uE00D' };
const elementKey = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * The GTK stylesheet of the browser's own window: MiniBrowser's toolbar
 * would keep the window at least 447 px wide; shrunk, the window (and the
 * page's viewport) can be as narrow as a phone.
 */
const gtkStylesheet = 'window * { min-width: 0; min-height: 0; margin: 0; padding: 0; border: 0; font-size: 1px; }\n';

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver: the
 * Debian build has no BiDi), with the `webdriver` client. WebKitGTK has no
 * headless mode: it draws on an Xvfb of its own, started on a free display
 * (`-displayfd`) and stopped with the engine. A driver holds one session,
 * and one session is one MiniBrowser window: the engine keeps that session
 * for every page and resets it between them (storage and cookies cleared,
 * `about:blank`); JavaScript off or the dark scheme are options of the
 * browser's command line, so they get a second driver and session, once,
 * when first asked for.
 *
 * Problems: classic WebDriver has no log events and no preload scripts, so
 * the site's server puts `headScript` first into every page; it records
 * what it sees in `sessionStorage`, and `problems()` reads it. Messages only
 * WebKit itself writes to its console (no JavaScript call, no event) are
 * not seen.
 */
export async function launchWebKit(): Promise<Engine> {
	const home = engineHome('webkit');
	mkdirSync(join(home, 'config', 'gtk-3.0'), { recursive: true });
	writeFileSync(join(home, 'config', 'gtk-3.0', 'gtk.css'), gtkStylesheet);
	const children: ChildProcess[] = [];
	/** The drivers first, then Xvfb: a MiniBrowser ends when its display does. */
	const kill = () => {
		for (const child of children.reverse()) child.kill('SIGKILL');
		children.length = 0;
	};
	const killAll = () => {
		kill();
		rmSync(home, { recursive: true, force: true });
	};
	try {
		const display = await startXvfb(children);
		notePid(home, children[0]?.pid, xvfbPath);
		const env = {
			...process.env,
			DISPLAY: `:${display}`,
			XDG_CONFIG_HOME: join(home, 'config'),
			XDG_CACHE_HOME: join(home, 'cache'),
			XDG_DATA_HOME: join(home, 'data'),
		};
		const sessions = new Map<string, Promise<Session>>();
		const session = (javaScript: boolean, scheme: 'light' | 'dark') => {
			const key = `${javaScript}-${scheme}`;
			let started = sessions.get(key);
			if (!started) {
				const args = ['--automation', ...(javaScript ? [] : ['--enable-javascript=false']), ...(scheme === 'dark' ? ['--dark-mode'] : [])];
				started = startSession(env, args, children, home);
				sessions.set(key, started);
			}
			return started;
		};
		const first = await session(true, 'light');
		const version = `webkitgtk/${String(first.client.capabilities.browserVersion)}`;
		return {
			name: 'webkit',
			version,
			headScript,
			async open(url, options: OpenOptions = {}) {
				const current = await session(options.javaScript ?? true, options.colorScheme ?? 'light');
				await current.page?.close();
				const { client } = current;
				const width = options.width ?? defaultViewport.width;
				const height = options.height ?? defaultViewport.height;
				await client.setWindowRect(0, 0, width, height + current.toolbar);
				await client.navigateTo(url);
				const page = webkitPage(client, current.toolbar, () => {
					current.page = undefined;
					return reset(client);
				});
				current.page = page;
				await loaded(page);
				return page;
			},
			async close() {
				for (const started of sessions.values()) {
					const { client } = await started;
					await client.deleteSession().catch(() => undefined);
				}
				killAll();
			},
			kill,
		};
	} catch (error) {
		killAll();
		throw error;
	}
}

interface Session {
	client: Client;
	/** The height of MiniBrowser's (shrunk) toolbar: the window is that much taller than the viewport. */
	toolbar: number;
	page: EnginePage | undefined;
}

/** Starts Xvfb on the first free display; resolves with its number once it accepts connections. */
function startXvfb(children: ChildProcess[]): Promise<number> {
	return new Promise((resolve, reject) => {
		// Tall enough for a whole page in one screenshot (`fullPage`), wide enough for every viewport the tests use.
		const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1920x8192x24', '-nolisten', 'tcp'], {
			stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
		});
		children.push(xvfb);
		let said = '';
		let errors = '';
		xvfb.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
		xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
			said += chunk.toString();
			if (said.endsWith('\n')) resolve(Number(said.trim()));
		});
		xvfb.once('error', reject);
		xvfb.once('exit', (code) => reject(new Error(`Xvfb endete beim Start (Code ${code}): ${errors.trim()}`)));
	});
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	await new Promise((resolve) => server.close(resolve));
	if (!address || typeof address === 'string') throw new Error('Kein freier Port');
	return address.port;
}

/** Starts a WebKitWebDriver, waits until it answers, and opens its one session. */
async function startSession(env: NodeJS.ProcessEnv, args: string[], children: ChildProcess[], home: string): Promise<Session> {
	const port = await freePort();
	const driver = spawn(webkitDriverPath, [`--port=${port}`, '--host=local'], { env, stdio: 'ignore' });
	children.push(driver);
	notePid(home, driver.pid, webkitDriverPath);
	const exited = new Promise<never>((_resolve, reject) =>
		driver.once('exit', (code) => reject(new Error(`WebKitWebDriver endete (Code ${code})`))),
	);
	exited.catch(() => undefined);
	// Ready when its status says so (polled: the driver tells nobody when it listens).
	const deadline = Date.now() + 10_000;
	for (;;) {
		const ready = await fetch(`http://127.0.0.1:${port}/status`)
			.then((response) => response.json() as Promise<{ value?: { ready?: boolean } }>)
			.then((status) => status.value?.ready === true)
			.catch(() => false);
		if (ready) break;
		if (Date.now() > deadline) throw new Error('WebKitWebDriver antwortet nicht.');
		await Promise.race([new Promise((resolve) => setTimeout(resolve, 50)), exited]);
	}
	// The client's helpers log each connection at level info unless told otherwise before they load.
	process.env['WDIO_LOG_LEVEL'] ??= 'error';
	const { default: WebDriver } = await import('webdriver');
	const client = await WebDriver.newSession({
		hostname: '127.0.0.1',
		port,
		logLevel: 'error',
		connectionRetryCount: 0,
		capabilities: {
			browserName: 'MiniBrowser',
			'webkitgtk:browserOptions': { binary: miniBrowserPath, args },
			// The Debian build has no BiDi: a request for it (the client's default) fails the session.
			'wdio:enforceWebDriverClassic': true,
		} as RemoteConfig['capabilities'],
	});
	await client.setWindowRect(0, 0, defaultViewport.width, defaultViewport.height);
	const inner = (await client.executeScript('return innerHeight', [])) as number;
	return { client, toolbar: defaultViewport.height - inner, page: undefined };
}

/** Back to a blank page with no storage or cookies of the last test. */
async function reset(client: Client): Promise<void> {
	await client.executeScript('try { sessionStorage.clear(); localStorage.clear(); } catch {} return true', []).catch(() => undefined);
	await client.deleteAllCookies().catch(() => undefined);
	await client.releaseActions().catch(() => undefined);
	await client.navigateTo('about:blank');
}

/** WebKitWebDriver returns from a navigation before the load event: wait for it. */
async function loaded(page: EnginePage): Promise<void> {
	await page.waitFor(() => document.readyState === 'complete', [], { timeout: 15_000, what: 'das Laden der Seite' });
}

function webkitPage(client: Client, toolbar: number, close: () => Promise<void>): EnginePage {
	const evaluate = <Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>> =>
		// WebDriver awaits a returned promise.
		client.executeScript(`return ${callExpression(fn as (...args: never[]) => unknown, args)}`, []) as Promise<Awaited<Result>>;
	const keys = async (values: string[]) => {
		await client.performActions([
			{
				type: 'key',
				id: 'keyboard',
				actions: [...values.map((value) => ({ type: 'keyDown', value })), ...values.reverse().map((value) => ({ type: 'keyUp', value }))],
			},
		]);
	};
	const element = async (selector: string) => {
		const found = await client.findElement('css selector', selector);
		const id = (found as unknown as Record<string, string>)[elementKey];
		if (!id) throw new Error(`WebKit: kein Element für ${selector}`);
		return id;
	};
	const page: EnginePage = {
		engine: 'webkit',
		async goto(url) {
			await client.navigateTo(url);
			await loaded(page);
		},
		url: async () => new URL(await client.getUrl()),
		evaluate,
		async waitFor(fn, args, { timeout, what }) {
			// The condition is checked in the page on every frame for up to a second per call; a navigation ends a call, the next one checks the new page.
			const deadline = Date.now() + timeout;
			let last = '';
			while (Date.now() < deadline) {
				const slice = Math.min(1_000, Math.max(50, deadline - Date.now()));
				const met = await client
					.executeAsyncScript(
						`const done = arguments[arguments.length - 1];
						const until = performance.now() + ${slice};
						const check = () => {
							let value;
							try { value = ${callExpression(fn as (...args: never[]) => unknown, args)}; } catch (error) { value = false; }
							if (value) done(true);
							else if (performance.now() > until) done(false);
							else requestAnimationFrame(check);
						};
						check();`,
						[],
					)
					.catch((error: Error) => {
						last = error.message;
						return false;
					});
				if (met === true) return;
			}
			throw new Error(`WebKit: ${what} kam nicht in ${timeout} ms${last ? ` (${last.split('\n')[0]})` : ''}`);
		},
		async resize(width, height) {
			await client.setWindowRect(0, 0, width, height + toolbar);
			// The X server resizes the window on its own time.
			await page.waitFor((w, h) => innerWidth === w && innerHeight === h, [width, height], {
				timeout: 5_000,
				what: `ein Fenster von ${width} × ${height}`,
			});
		},
		async press(key) {
			await keys(key === 'Control+v' ? ['\uE009', 'v'] : [keyCodes[key]]);
		},
		async type(text) {
			for (const character of text) await keys([character]);
		},
		async click(selector) {
			const id = await element(selector);
			// WebKitWebDriver refuses an element outside the viewport („element not interactable“) instead of scrolling to it.
			await client.executeScript('arguments[0].scrollIntoView({ block: "center", inline: "center" }); return true', [{ [elementKey]: id }]);
			await client.elementClick(id);
		},
		async focus(selector) {
			await client.executeScript('arguments[0].focus(); return true', [{ [elementKey]: await element(selector) }]);
		},
		async problems() {
			const list = (await client.executeScript(
				`try { return JSON.parse(sessionStorage.getItem(${JSON.stringify(problemsKey)}) || '[]'); } catch { return []; }`,
				[],
			)) as string[];
			return list;
		},
		async screenshot(options = {}) {
			if (!options.fullPage) return Buffer.from(await client.takeScreenshot(), 'base64');
			// WebDriver shoots the viewport: the window grows to the page's height for the shot, then returns.
			const [width, height, full] = (await client.executeScript(
				'return [innerWidth, innerHeight, document.documentElement.scrollHeight]',
				[],
			)) as [number, number, number];
			await page.resize(width, full);
			const shot = Buffer.from(await client.takeScreenshot(), 'base64');
			await page.resize(width, height);
			return shot;
		},
		close,
	};
	return page;
}
