import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Two builds of Debian's Chromium 156, never a downloaded browser:
 *
 * - `chromium` (package `chromium`), the browser readers have, with its window and toolbar: the
 *   cross-engine suite (tests/browser/engines/), what only a whole browser does (it fetches the
 *   site's icon on its own), `npm run bench` and `npm run screenshots`;
 * - `chromium-headless-shell` (package `chromium-headless-shell`), the same engine without the
 *   browser around it: the Chromium suite (tests/browser/). A fresh context with its page costs
 *   the shell about a quarter of the CPU time it costs the browser, which opens a window with
 *   two toolbar pages (the address bar's suggestion lists) for every context (measured: 90 ms
 *   against 370 ms), and each page load about half.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const headlessShellPath = process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';

const flags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

function assertBinary(path: string, what: string, debian: string, variable: string): void {
	if (!existsSync(path)) {
		throw new Error(
			`${what} fehlt: ${path} existiert nicht. Die Browser-Tests brauchen es aus Debians Paket ${debian} ` +
				`(installieren mit \`apt-get install ${debian}\`, oder ${variable} darauf setzen). Sie werden nicht übersprungen.`,
		);
	}
}

export function assertChromium(): void {
	assertBinary(chromiumPath, 'Chromium', 'chromium', 'CHROMIUM_PATH');
}

export function assertHeadlessShell(): void {
	assertBinary(headlessShellPath, 'Chromiums Headless Shell', 'chromium-headless-shell', 'CHROMIUM_HEADLESS_SHELL_PATH');
}

/** Debian's Chromium, the whole browser, headless. */
export async function launchBrowser(): Promise<Browser> {
	assertChromium();
	return chromium.launch({ executablePath: chromiumPath, headless: true, args: flags });
}

/** Debian's Chromium headless shell: the engine of the Chromium suite. */
export async function launchHeadlessShell(): Promise<Browser> {
	assertHeadlessShell();
	return chromium.launch({ executablePath: headlessShellPath, headless: true, args: flags });
}
