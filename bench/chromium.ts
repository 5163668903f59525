import * as chromeLauncher from 'chrome-launcher';
import type { BrowserContextOptions } from 'playwright-core';
import { assertChromium, chromiumPath } from '../tests/helpers/browser.ts';
import { childGroups } from './util.ts';

/** A mid-range phone as the bench's page loads and searches see it (Lighthouse's mobile screen: 412 × 823 CSS px). */
export const phoneContext: BrowserContextOptions = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true,
};

export interface DebuggableChromium {
	port: number;
	close(): Promise<void>;
}

/**
 * Debian's Chromium started by Lighthouse's own launcher (chrome-launcher, as `lighthouse <url>`
 * starts it), with its default flags and a throw-away profile, headless: what Lighthouse's default
 * configuration measures. `--no-sandbox` only because the bench may run as root.
 *
 * The bench used to start Chromium itself with the tests' flags (among them `--disable-gpu`), and
 * without the flags Lighthouse's launcher adds: those that keep the page's renderer from being
 * treated as a background tab (`--disable-renderer-backgrounding`,
 * `--disable-backgrounding-occluded-windows`, `--disable-background-timer-throttling`) and the
 * one that turns off RenderDocument, which Lighthouse's trace processing does not yet follow. The
 * configuration was the same (mobile, simulated throttling); the browser was not.
 */
export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
	assertChromium();
	const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox'] });
	// chrome-launcher starts Chromium as the leader of its own process group: the bench's Ctrl+C ends it too.
	childGroups.add(chrome.pid);
	return {
		port: chrome.port,
		close: async () => {
			chrome.kill();
			childGroups.delete(chrome.pid);
		},
	};
}
