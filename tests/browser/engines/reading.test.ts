import { describe, expect, it } from 'vitest';
import type { EnginePage } from '../../helpers/engines/index.ts';
import { useEngine } from '../../helpers/engines/site.ts';
import { pageTypes } from '../../helpers/page-types.ts';
import { crossEngines, expected } from './expected.ts';

/**
 * Reading in every engine (Chromium, Firefox ESR, WebKitGTK): every page
 * type loads without a console error, page error or CSP violation and is no
 * wider than a phone's screen; with JavaScript off the text is there; the
 * long-read's table of contents marks the section being read where the
 * engine has scroll-driven animations (tests/browser/engines/expected.ts).
 */

/** Every page type, and the search page with results (Merz stands in two test articles). */
const everyPage = { ...pageTypes, searchResults: '/suche/?q=Merz' } as const;

/** Waits for the search page's answer, on the pages that search on arrival. */
async function settled(page: EnginePage, path: string): Promise<void> {
	if (path.includes('?q='))
		await page.waitFor(() => (document.querySelector('site-search.page [data-search-count]')?.textContent ?? '') !== '', [], {
			timeout: 15_000,
			what: 'die Trefferzahl',
		});
}

describe.each(crossEngines)('reading in %s', (name) => {
	const site = useEngine(name);

	it('every page type is no wider than the screen at 320 and 390 px, and loads without an error or CSP violation', async () => {
		const wide: string[] = [];
		const problems: string[] = [];
		// One page for the test, led from page type to page type (a fresh one for each would cost a context each).
		const page = await site.open(pageTypes.home, { width: 320, height: 700 });
		for (const path of Object.values(everyPage)) {
			await page.resize(320, 700);
			await page.goto(site.origin + path);
			await settled(page, path);
			for (const width of [320, 390]) {
				if (width !== 320) await page.resize(width, 700);
				const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
				expect(widths.inner, path).toBe(width);
				if (widths.scroll > widths.inner) wide.push(`${path} at ${width} px: ${widths.scroll} px`);
			}
			const seen = await page.problems();
			problems.push(...seen.slice(problems.length).map((problem) => `${path}: ${problem}`));
		}
		expect(wide).toEqual([]);
		expect(problems).toEqual([]);
	}, 60_000);

	it('the test sees what goes wrong: an inline script smuggled into a page is blocked by the policy and reported, and so is a console error', async () => {
		const page = await site.open(pageTypes.home);
		expect(await page.problems()).toEqual([]);
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__inlineRan = true';
			document.body.append(script);
			console.error('Lagebild-Probe');
			return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
		});
		expect(ran).toBe(false);
		await expect
			.poll(async () => (await page.problems()).some((problem) => problem.startsWith('CSP: script-src')), { timeout: 5_000 })
			.toBe(true);
		expect(await page.problems()).toContain('console.error: Lagebild-Probe');
	});

	it('with JavaScript off every page type shows its heading and text, and no script runs', async () => {
		const unread: string[] = [];
		const page = await site.open(pageTypes.home, { javaScript: false, width: 390, height: 800 });
		for (const path of Object.values(pageTypes)) {
			await page.goto(site.origin + path);
			const shown = await page.evaluate(() => ({
				headings: document.querySelectorAll('h1').length,
				text: (document.querySelector('main') as HTMLElement | null)?.innerText.trim().length ?? 0,
				// The one script defines the custom elements: with JavaScript off none is defined.
				enhanced: customElements.get('share-link') !== undefined,
			}));
			if (shown.headings !== 1 || shown.text < 40 || shown.enhanced) unread.push(`${path}: ${JSON.stringify(shown)}`);
		}
		expect(unread).toEqual([]);
	}, 60_000);

	it(`the long-read's table of contents ${expected[name].scrollDrivenAnimations ? 'marks the section being read' : 'stays in view, unmarked (no scroll-driven animations)'} on a wide screen`, async () => {
		const page = await site.open(pageTypes.longRead, { width: 1280, height: 900 });
		const links = await page.evaluate(() => document.querySelectorAll('nav.toc ol a').length);
		expect(links).toBeGreaterThanOrEqual(5);
		// Section 5 starts a tenth of the screen below the top, as a reader has it (scrolled until it stays: later sections render only near the screen).
		await page.waitFor(
			() => {
				const off = document.querySelectorAll('section.article-section')[4]!.getBoundingClientRect().top - Math.round(innerHeight / 10);
				scrollBy(0, off);
				return Math.abs(off) < 2;
			},
			[],
			{ timeout: 5_000, what: 'Abschnitt 5 oben auf dem Schirm' },
		);
		/** The start-edge border of each TOC link, the accent (#0b5cad, src/styles/tokens.css) where it is marked. */
		const marked = () =>
			[...document.querySelectorAll('nav.toc ol a')].map((link) => getComputedStyle(link).borderInlineStartColor === 'rgb(11, 92, 173)');
		if (expected[name].scrollDrivenAnimations) {
			await page.waitFor(
				(fifth) =>
					[...document.querySelectorAll('nav.toc ol a')].map(
						(link) => getComputedStyle(link).borderInlineStartColor === 'rgb(11, 92, 173)',
					)[fifth] === true,
				[4],
				{ timeout: 5_000, what: 'die Markierung des 5. Abschnitts' },
			);
			expect((await page.evaluate(marked)).map((mark, index) => (mark ? index + 1 : 0)).filter(Boolean)).toEqual([5]);
		} else {
			// Two frames after the scroll: an animation that ran would have drawn its mark.
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
			expect((await page.evaluate(marked)).some(Boolean)).toBe(false);
		}
		const toc = await page.evaluate(() => {
			const rect = document.querySelector('nav.toc')!.getBoundingClientRect();
			return { top: rect.top, bottom: rect.bottom, height: innerHeight, scrolled: scrollY };
		});
		expect(toc.scrolled).toBeGreaterThan(1000);
		expect(toc.top).toBeGreaterThanOrEqual(0);
		expect(toc.bottom).toBeLessThanOrEqual(toc.height);
	});
});
