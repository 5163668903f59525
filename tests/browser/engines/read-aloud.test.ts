import { describe, expect, it } from 'vitest';
import { useEngine } from '../../helpers/engines/site.ts';
import { election } from '../../fixtures/site-articles.ts';
import { crossEngines, expected } from './expected.ts';

/**
 * „Vorlesen“ in every engine: its controls show only where the browser can
 * speak German (src/client/read-aloud/reveal.ts). No engine here has a
 * German voice (tests/browser/engines/expected.ts: none in Chromium and
 * Firefox, English ones in WebKitGTK), so every control stays hidden and the
 * player is never loaded; the page reads as without it.
 */
describe.each(crossEngines)('„Vorlesen“ in %s', (name) => {
	const site = useEngine(name);

	it(`stays hidden without a German voice (voices: ${expected[name].voices.length === 0 ? 'none' : expected[name].voices.join(', ')})`, async () => {
		const page = await site.open(election.path);
		// The reveal runs with the page's script; after load and two frames it has looked at the voices.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		const seen = await page.evaluate(() => ({
			voices: 'speechSynthesis' in window ? speechSynthesis.getVoices().map((voice) => voice.lang) : null,
			controls: document.querySelectorAll('read-aloud').length,
			shown: document.querySelectorAll('read-aloud:not([hidden])').length,
			player: performance.getEntriesByType('resource').filter((entry) => /\/_astro\/vorlesen\./.test(entry.name)).length,
			highlights: 'highlights' in CSS,
		}));
		expect(seen.voices).toEqual(expected[name].voices);
		// One control in the head and one per section of the four-section article, all hidden.
		expect(seen.controls).toBe(5);
		expect(seen.shown).toBe(0);
		expect(seen.player).toBe(0);
		// The mark „Vorlesen“ would draw needs the Custom Highlight API, which the table says the engine has.
		expect(seen.highlights).toBe(expected[name].highlights);
		expect(await page.problems()).toEqual([]);
	});
});
