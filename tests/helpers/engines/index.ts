import { existsSync } from 'node:fs';
import { chromiumPath } from '../browser.ts';
import { launchChromium } from './chromium.ts';
import { engineNames, type Engine, type EngineName } from './engine.ts';
import { firefoxPath, launchFirefox } from './firefox.ts';
import { launchWebKit, miniBrowserPath, webkitDriverPath, xvfbPath } from './webkit.ts';

export * from './engine.ts';

const launchers: Record<EngineName, () => Promise<Engine>> = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };

/** What each engine needs on the machine, with the Debian package that brings it (scripts/ensure-browsers.sh installs them). */
export const requirements: Record<EngineName, Array<{ path: string; what: string; variable: string; debian: string }>> = {
	chromium: [{ path: chromiumPath, what: 'Chromium', variable: 'CHROMIUM_PATH', debian: 'chromium' }],
	firefox: [{ path: firefoxPath, what: 'Firefox ESR', variable: 'FIREFOX_PATH', debian: 'firefox-esr' }],
	webkit: [
		{ path: webkitDriverPath, what: 'WebKitWebDriver', variable: 'WEBKIT_DRIVER_PATH', debian: 'webkit2gtk-driver' },
		{ path: miniBrowserPath, what: 'WebKitGTK MiniBrowser', variable: 'MINIBROWSER_PATH', debian: 'webkit2gtk-driver' },
		{ path: xvfbPath, what: 'Xvfb (für WebKitGTK)', variable: 'XVFB_PATH', debian: 'xvfb' },
	],
};

/** What the engines need and is missing, one German line each (empty: they are all there). */
export function missingEngines(names: readonly EngineName[] = engineNames): string[] {
	return names
		.flatMap((name) => requirements[name])
		.filter(({ path }) => !existsSync(path))
		.map(({ path, what, variable, debian }) => `${what} fehlt: ${path} existiert nicht (Debian-Paket ${debian}, oder ${variable} setzen)`);
}

/** Starts an engine of its own (the caller closes it): `npm run screenshots`. */
export function launchEngine(name: EngineName): Promise<Engine> {
	return launchers[name]();
}

const running = new Map<EngineName, Promise<Engine>>();
/** The engines that have started: what a stopping worker kills. */
const started = new Map<EngineName, Engine>();
let watching = false;

/** Kills this worker's engines synchronously: an exiting process runs no more promise callbacks. */
function killStarted(): void {
	for (const engine of started.values()) engine.kill();
	started.clear();
}

/**
 * This worker's browser of an engine: started when first asked for and kept
 * for every later test file of the worker (the engines project runs its
 * files in one module graph per worker, `isolate: false`). It ends with the
 * worker: Vitest stops a worker with SIGTERM (SIGKILL half a second later),
 * and the engines' processes are killed at once then, or when the worker
 * exits otherwise.
 */
export function workerEngine(name: EngineName): Promise<Engine> {
	let engine = running.get(name);
	if (!engine) {
		if (!watching) {
			watching = true;
			process.once('exit', killStarted);
			for (const [signal, code] of [
				['SIGTERM', 143],
				['SIGINT', 130],
				['SIGHUP', 129],
			] as const) {
				process.once(signal, () => {
					killStarted();
					process.exit(code);
				});
			}
		}
		engine = launchers[name]();
		running.set(name, engine);
		engine.then(
			(ready) => started.set(name, ready),
			() => running.delete(name),
		);
	}
	return engine;
}
