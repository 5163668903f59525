import { describe, expect, it } from 'vitest';
import { useEngine } from '../../helpers/engines/site.ts';
import { crossEngines, expected } from './expected.ts';

/**
 * Glossary definitions and source notes in every engine: a popover (the
 * page holds it; the term's `aria-describedby` names it) opens when the term
 * or marker gets the keyboard focus and closes with Escape, the focus
 * staying where it was (src/client/glossary.ts). A section page of the
 * summit copy has both: glossary terms and source markers.
 */
const sectionPath = '/gipfeltreffen/kreml-bestaetigt-telefonat-bleibt-aber-vage/';

const isOpen = (id: string) => document.getElementById(id)?.matches(':popover-open') === true;
const isClosed = (id: string) => document.getElementById(id)?.matches(':popover-open') === false;

describe.each(crossEngines)('popovers in %s', (name) => {
	const site = useEngine(name);

	it('the engine has the Popover API, as the table says', async () => {
		const page = await site.open(sectionPath);
		expect(await page.evaluate(() => 'showPopover' in HTMLElement.prototype)).toBe(expected[name].popover);
	});

	it.each([
		['a glossary term', 'article a.glossary-term'],
		['a source marker', 'article a.source-marker'],
	])('%s opens its note on keyboard focus and closes it with Escape, the focus staying', async (_what, selector) => {
		const page = await site.open(sectionPath);
		const target = await page.evaluate((css) => {
			const link = document.querySelector(css);
			return link ? { note: link.getAttribute('aria-describedby') ?? '', text: link.textContent ?? '' } : null;
		}, selector);
		expect(target?.note).toMatch(/^lb-/);
		const { note, text } = target!;
		await page.focus(selector);
		await page.waitFor(isOpen, [note], { timeout: 5_000, what: `die Notiz ${note} offen` });
		// Beside the term and inside the viewport.
		const box = await page.evaluate((id) => {
			const rect = document.getElementById(id)!.getBoundingClientRect();
			return {
				top: rect.top,
				left: rect.left,
				right: rect.right,
				bottom: rect.bottom,
				width: innerWidth,
				height: innerHeight,
				words: document.getElementById(id)!.textContent!.trim().length,
			};
		}, note);
		expect(box.words).toBeGreaterThan(10);
		expect(box.top).toBeGreaterThanOrEqual(0);
		expect(box.left).toBeGreaterThanOrEqual(0);
		expect(box.right).toBeLessThanOrEqual(box.width);
		expect(box.bottom).toBeLessThanOrEqual(box.height);
		await page.press('Escape');
		await page.waitFor(isClosed, [note], { timeout: 5_000, what: `die Notiz ${note} geschlossen` });
		expect(await page.evaluate(() => document.activeElement?.textContent ?? null)).toBe(text);
		expect(await page.problems()).toEqual([]);
	});
});
