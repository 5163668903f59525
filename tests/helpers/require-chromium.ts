import { assertHeadlessShell } from './browser.ts';

/** Fails the browser project at once, with the reason, when Chromium's headless shell is missing. */
export default function requireChromium(): void {
	assertHeadlessShell();
}
