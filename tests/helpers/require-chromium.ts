import { assertChromium } from './browser.ts';

/** Fails the browser project at once, with the reason, when Chromium is missing. */
export default function requireChromium(): void {
	assertChromium();
}
