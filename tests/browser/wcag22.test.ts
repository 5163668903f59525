import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { undersized } from '../helpers/checks.ts';
import { useSite } from '../helpers/site.ts';
import { pageTypes } from '../helpers/page-types.ts';

/**
 * WCAG 2.2 AA beyond what axe checks alone (axe and 2.5.8, target size, run on
 * every page type in every-page-*.test.ts): 2.1.4 (no single-key shortcut),
 * 1.4.13 (the glossary definitions on hover and focus), 2.4.11 (focus not
 * obscured), each in Chromium, each waiting for states, never for time.
 */
const site = useSite();

describe('2.1.4 character key shortcuts: there are none', () => {
	it('/ (once the search shortcut), s, g and ? pressed on the page move no focus and go nowhere', async () => {
		const { page, problems } = await site.open(pageTypes.section);
		const before = page.url();
		for (const key of ['/', 's', 'g', '?']) {
			await page.keyboard.press(key);
			await expect(page.evaluate(() => document.activeElement === document.body)).resolves.toBe(true);
		}
		expect(page.url()).toBe(before);
		await expect(page.locator('header input[type=search]').inputValue()).resolves.toBe('');
		// Nor is one announced: the search field describes no shortcut.
		await expect(page.locator('header input[type=search]').getAttribute('aria-describedby')).resolves.toBeNull();
		await expect(page.locator('body').innerText()).resolves.not.toMatch(/Taste \//);
		expect(problems).toEqual([]);
	});
});

describe('1.4.13 content on hover or focus: the glossary definitions', () => {
	const sectionPath = '/gipfeltreffen/kreml-bestaetigt-telefonat-bleibt-aber-vage/';
	const definitionId = 'lb-def-kreml-bestaetigt-telefonat-bleibt-aber-vage--kreml';
	const term = (page: Page) => page.locator('article a.glossary-term[data-term="kreml"]');
	const definition = (page: Page) => page.locator(`#${definitionId}`);
	const isOpen = (page: Page) => definition(page).evaluate((element) => element.matches(':popover-open'));
	const becomes = (page: Page, open: boolean) =>
		page.waitForFunction(
			([id, wanted]) => document.getElementById(id as string)?.matches(':popover-open') === wanted,
			[definitionId, open] as const,
			{ timeout: 5_000 },
		);
	/** The page's timers run on a fake clock: „it stays open“ is checked after the clock has run past every close delay. */
	const openWithClock = async () => {
		const { page, problems } = await site.open(sectionPath);
		await page.clock.install();
		return { page, problems };
	};
	const centre = async (locator: ReturnType<Page['locator']>) => {
		const box = (await locator.boundingBox())!;
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	};

	it('dismissible: Escape closes a definition opened by hover, with the pointer still on the term and the focus where it was', async () => {
		const { page } = await openWithClock();
		await term(page).hover();
		await becomes(page, true);
		const focusBefore = await page.evaluate(() => document.activeElement?.tagName);
		await page.keyboard.press('Escape');
		await becomes(page, false);
		await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe(focusBefore);
		await expect(term(page).evaluate((element) => element.matches(':hover'))).resolves.toBe(true);
	});

	it('dismissible: Escape closes a definition opened by keyboard focus, and the focus stays on the term', async () => {
		const { page } = await openWithClock();
		await term(page).focus();
		await becomes(page, true);
		await page.keyboard.press('Escape');
		await becomes(page, false);
		await expect(term(page).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
	});

	it('hoverable: the pointer moves from the term onto the definition and it stays open; leaving it closes it', async () => {
		const { page, problems } = await openWithClock();
		await term(page).hover();
		await becomes(page, true);
		const target = await centre(definition(page));
		await page.mouse.move(target.x, target.y, { steps: 8 });
		await expect(definition(page).evaluate((element) => element.matches(':hover'))).resolves.toBe(true);
		await page.clock.runFor(2_000);
		await expect(isOpen(page)).resolves.toBe(true);
		// Its own link can be reached with the pointer.
		await expect(definition(page).locator('a').isVisible()).resolves.toBe(true);
		await page.mouse.move(2, 2, { steps: 4 });
		await page.clock.runFor(2_000);
		await becomes(page, false);
		expect(problems).toEqual([]);
	});

	it('persistent: opened by focus, it stays while the pointer comes and goes, and closes when the focus leaves', async () => {
		const { page } = await openWithClock();
		await term(page).focus();
		await becomes(page, true);
		await term(page).hover();
		await page.mouse.move(2, 2, { steps: 4 });
		await page.clock.runFor(2_000);
		await expect(isOpen(page)).resolves.toBe(true);
		await page.keyboard.press('Tab');
		await page.clock.runFor(100);
		await becomes(page, false);
	});

	it('persistent: opened by hover, it stays while the pointer rests on the term', async () => {
		const { page } = await openWithClock();
		await term(page).hover();
		await becomes(page, true);
		await page.clock.runFor(5_000);
		await expect(isOpen(page)).resolves.toBe(true);
	});
});

describe('2.4.11 focus not obscured: tabbing through the long-read at 390 px', () => {
	it('every focused element is in view and not covered by anything (the point at its centre belongs to it)', async () => {
		const { page } = await site.open(pageTypes.longRead, { viewport: { width: 390, height: 844 } });
		const seen: string[] = [];
		const hidden: string[] = [];
		for (let step = 0; step < 400; step += 1) {
			await page.keyboard.press('Tab');
			// A glossary definition closes a moment after its term loses focus: wait until only the focused term's own is
			// open (or the one the focus went into: the Tab after a section's last term reaches its open definition's link).
			await page.waitForFunction(
				() =>
					[...document.querySelectorAll(':popover-open')].every(
						(open) => open.contains(document.activeElement) || document.activeElement?.getAttribute('aria-describedby') === open.id,
					),
				null,
				{ timeout: 5_000 },
			);
			const state = await page.evaluate(() => {
				const element = document.activeElement;
				if (!element || element === document.body) return null;
				const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
				const x = rect.left + rect.width / 2;
				const y = rect.top + rect.height / 2;
				const hit = document.elementFromPoint(x, y);
				// With its target: several links may share a text („Zur Stelle“ in the log), the walk must tell them apart.
				const name = `${element.tagName.toLowerCase()} „${(element.textContent ?? '').trim().slice(0, 40)}“${element.getAttribute('href') ? ` → ${element.getAttribute('href')}` : ''}`;
				// Scrolled into view to the pixel: fractions of a pixel at the edge are rounding, not hiding.
				const inView = rect.top >= -1 && rect.bottom <= innerHeight + 1 && rect.width > 0;
				const uncovered = hit !== null && (hit === element || element.contains(hit) || hit.contains(element));
				return {
					name,
					ok: inView && uncovered,
					at: `${Math.round(x)},${Math.round(y)} → ${hit?.tagName.toLowerCase() ?? 'nichts'}${hit?.className ? `.${String(hit.className).split(' ')[0]}` : ''}`,
				};
			});
			if (!state) break;
			if (seen.at(-1) === state.name && seen.length > 1 && seen.at(-2) === state.name) break;
			seen.push(state.name);
			if (!state.ok) hidden.push(`${state.name} (${state.at})`);
		}
		// The walk went through the page: skip link, header, table of contents, the sections' links, the sidebar, the footer.
		expect(seen.length).toBeGreaterThan(60);
		expect(seen[0]).toBe('a „Zum Inhalt springen“ → #main');
		expect(seen.at(-1)).toBe('a „Korrekturen“ → /korrekturen/');
		expect(hidden).toEqual([]);
	}, 60_000);

	it('the check itself sees a covering bar (a fixed element laid over the page)', async () => {
		const { page } = await site.open(pageTypes.longRead, { viewport: { width: 390, height: 844 } });
		await page.evaluate(() => {
			const bar = document.createElement('div');
			bar.style.cssText = 'position:fixed;inset:0 0 auto;block-size:300px;background:red';
			document.body.append(bar);
			const link = document.querySelector<HTMLElement>('.site-nav a')!;
			link.focus();
		});
		const covered = await page.evaluate(() => {
			const element = document.activeElement!;
			const rect = element.getBoundingClientRect();
			const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
			return hit !== element && !element.contains(hit);
		});
		expect(covered).toBe(true);
	});
});

/** 2.5.8 target size (minimum) is checked on every page type (every-page-*.test.ts); here, that the check finds a violation. */
describe('2.5.8 target size', () => {
	it('the check itself finds two small buttons side by side', async () => {
		const { page } = await site.open(pageTypes.notFound, { viewport: { width: 390, height: 844 } });
		await page.evaluate(() => {
			// Styled through the CSSOM: the page's Content-Security-Policy refuses style attributes.
			const box = document.createElement('p');
			for (const label of ['a', 'b']) {
				const button = document.createElement('button');
				button.textContent = label;
				button.style.cssText = 'all:unset;display:inline-block;inline-size:16px;block-size:16px';
				box.append(button);
			}
			document.querySelector('main')!.append(box);
		});
		const { failures } = await undersized(page);
		expect(failures).toHaveLength(2);
	});
});
