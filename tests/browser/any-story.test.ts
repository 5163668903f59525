import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useSite } from '../helpers/site.ts';
import { pageTypes } from '../helpers/page-types.ts';

/**
 * The other article shape (tests/fixtures/site/articles/kanzlerwahl.md): own
 * role labels, no event, no explainer layer, `###` sub-headings, a table, a
 * blockquote, an ordered list and an English span. Every expected value below
 * is read from that file by hand.
 */

const site = useSite();

const longRead = pageTypes.otherLongRead; // '/kanzlerwahl/'
const section = pageTypes.otherSection; // '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/'
const electionTitle = 'Zweiter Wahlgang: Wie der Bundestag Friedrich Merz zum Kanzler wählte';

/** The `###` headings of „Zwei Wahlgänge an einem Tag“, on its section page and in the long-read. */
const subHeadings = [
	{ id: 'erster-wahlgang', text: 'Erster Wahlgang' },
	{ id: 'zweiter-wahlgang', text: 'Zweiter Wahlgang' },
];
/** The `##` headings of the long-read: they carry a „#“ link too. */
const sectionHeadings = [
	'die-wahl-am-6-mai-2025',
	'was-das-grundgesetz-vorschreibt',
	'zwei-wahlgaenge-an-einem-tag',
	'ernennung-und-vereidigung',
];

interface AnchorPlacement {
	id: string;
	heading: { top: number; bottom: number };
	textStart: number;
	link: { left: number; top: number; bottom: number; width: number; height: number } | null;
}

/** Where a heading, the start of its text and its „#“ link are on screen. */
function anchorPlacement(page: Page, id: string): Promise<AnchorPlacement> {
	return page.evaluate((headingId) => {
		const heading = document.getElementById(headingId)!;
		const range = document.createRange();
		range.selectNodeContents(heading);
		const firstLine = range.getClientRects()[0]!;
		const box = heading.getBoundingClientRect();
		const link = document.querySelector(`a.anchor-link[href="#${headingId}"]`);
		const rect = link?.getBoundingClientRect();
		return {
			id: headingId,
			heading: { top: box.top, bottom: box.bottom },
			textStart: firstLine.left,
			link: rect ? { left: rect.left, top: rect.top, bottom: rect.bottom, width: rect.width, height: rect.height } : null,
		};
	}, id);
}

function expectOnHeadingLine(placement: AnchorPlacement): void {
	const { id, heading, textStart, link } = placement;
	expect(link, `#${id}: kein „#“-Link`).not.toBeNull();
	expect(link!.width * link!.height, `#${id}: „#“-Link ohne Fläche`).toBeGreaterThan(0);
	// Vertically on the heading's line: the boxes overlap.
	expect(link!.top, `#${id}: „#“-Link unter der Überschrift`).toBeLessThan(heading.bottom);
	expect(link!.bottom, `#${id}: „#“-Link über der Überschrift`).toBeGreaterThan(heading.top);
	// Beside the text, not at the start of a line of its own.
	expect(link!.left, `#${id}: „#“-Link nicht rechts vom Textanfang`).toBeGreaterThan(textStart);
}

describe('another article shape (kanzlerwahl): layout', () => {
	// A `###` heading sits one level below its section's heading: h3 in the long-read (section = h2),
	// h2 on the section page (section = h1), so the outline never skips a level.
	const subHeadingTag = { [section]: 'H2', [longRead]: 'H3' };
	for (const width of [1280, 320]) {
		for (const path of [section, longRead]) {
			it(`at ${width} px on ${path} the „#“ link of each ### heading sits on the heading's line`, async () => {
				const { page, problems } = await site.open(path, { viewport: { width, height: 800 } });
				for (const { id, text } of subHeadings) {
					const heading = page.locator(`#${id}`);
					await expect(heading.evaluate((element) => element.tagName)).resolves.toBe(subHeadingTag[path]);
					await expect(heading.innerText()).resolves.toBe(text);
					expectOnHeadingLine(await anchorPlacement(page, id));
				}
				if (path === longRead) for (const id of sectionHeadings) expectOnHeadingLine(await anchorPlacement(page, id));
				expect(problems).toEqual([]);
			});
		}
	}

	for (const path of [section, longRead]) {
		it(`at 320 px on ${path} the table scrolls inside its region, not the page, and the region is reached with Tab`, async () => {
			const { page, problems } = await site.open(path, { viewport: { width: 320, height: 700 } });
			const regions = page.locator('.table-scroll');
			await expect(regions.count()).resolves.toBe(1);
			const region = regions.first();
			await expect(region.getAttribute('role')).resolves.toBe('region');
			await expect(region.getAttribute('tabindex')).resolves.toBe('0');
			expect(((await region.getAttribute('aria-label')) ?? '').trim()).not.toBe('');
			// The table is the one of the fixture: four columns, the two ballots.
			await expect(region.locator('th').allInnerTexts()).resolves.toEqual(['Wahlgang', 'Ja-Stimmen', 'Nötig', 'Ergebnis']);
			await expect(region.locator('tbody tr').count()).resolves.toBe(2);

			const sizes = await page.evaluate(() => {
				const element = document.querySelector('.table-scroll')!;
				return {
					scrollWidth: element.scrollWidth,
					clientWidth: element.clientWidth,
					pageScrollWidth: document.documentElement.scrollWidth,
					innerWidth: window.innerWidth,
				};
			});
			expect(sizes.scrollWidth, 'die Tabelle ist breiter als ihr Bereich').toBeGreaterThan(sizes.clientWidth);
			expect(sizes.pageScrollWidth, 'die Seite selbst scrollt nicht seitwärts').toBeLessThanOrEqual(sizes.innerWidth);

			// Tab from the top of the page until the region has focus.
			let reached = false;
			for (let step = 0; step < 150 && !reached; step += 1) {
				await page.keyboard.press('Tab');
				reached = await page.evaluate(() => document.activeElement?.matches('.table-scroll') ?? false);
			}
			expect(reached, 'der Tabellenbereich ist mit Tab erreichbar').toBe(true);
			// Focused, it scrolls with the arrow keys.
			await page.keyboard.press('ArrowRight');
			await page.waitForFunction(() => document.querySelector('.table-scroll')!.scrollLeft > 0, null, { timeout: 5_000 });
			expect(problems).toEqual([]);
		});
	}
});

describe('another article shape (kanzlerwahl): people, accessibility, search', () => {
	it('the long-read sidebar shows its own labels in order: Gewählt, Sitzungsleitung, Erwähnt', async () => {
		const { page, problems } = await site.open(longRead, { viewport: { width: 1280, height: 900 } });
		const aside = page.getByRole('complementary', { name: 'Personen im Text' });
		await expect(aside.isVisible()).resolves.toBe(true);
		const groups = aside.locator('section.group');
		await expect(groups.locator('h3').allTextContents()).resolves.toEqual(['Gewählt', 'Sitzungsleitung', 'Erwähnt']);
		await expect(groups.evaluateAll((sections) => sections.map((group) => group.getAttribute('data-group')))).resolves.toEqual([
			'gewaehlt',
			'sitzungsleitung',
			'erwaehnt',
		]);
		await expect(groups.locator('h3').evaluateAll((headings) => headings.map((heading) => heading.id))).resolves.toEqual([
			'lb-group-gewaehlt',
			'lb-group-sitzungsleitung',
			'lb-group-erwaehnt',
		]);
		const people = await groups.evaluateAll((sections) =>
			sections.map((group) => [...group.querySelectorAll('li.person a')].map((link) => link.textContent?.trim())),
		);
		expect(people).toEqual([['Friedrich Merz'], ['Julia Klöckner'], ['Frank-Walter Steinmeier']]);
		// The labels are the fixture's words (CSS may set them in capitals).
		await expect(groups.locator('h3').first().isVisible()).resolves.toBe(true);
		await expect(aside.locator('li.person a').first().isVisible()).resolves.toBe(true);
		// The summit article's labels belong to it alone.
		await expect(aside.textContent()).resolves.not.toMatch(/Gastgeber|Beim Treffen dabei|Am Telefon beteiligt/);
		expect(problems).toEqual([]);
	});

	it('the section page puts the people it names under „In diesem Abschnitt“ and the others under their label', async () => {
		const { page, problems } = await site.open(section, { viewport: { width: 1280, height: 900 } });
		const groups = page.getByRole('complementary', { name: 'Personen im Text' }).locator('section.group');
		// Merz and Klöckner stand in „Zwei Wahlgänge an einem Tag“; Steinmeier has no label: „Erwähnt“.
		await expect(groups.locator('h3').allTextContents()).resolves.toEqual(['In diesem Abschnitt', 'Erwähnt']);
		await expect(groups.evaluateAll((sections) => sections.map((group) => group.getAttribute('data-group')))).resolves.toEqual([
			'hier',
			'erwaehnt',
		]);
		const people = await groups.evaluateAll((sections) =>
			sections.map((group) => [...group.querySelectorAll('li.person a')].map((link) => link.textContent?.trim())),
		);
		expect(people).toEqual([['Friedrich Merz', 'Julia Klöckner'], ['Frank-Walter Steinmeier']]);
		expect(problems).toEqual([]);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it.each([
			['otherLongRead', longRead],
			['otherSection', section],
		])(`%s has no axe violations in the ${colorScheme} scheme`, async (_type, path) => {
			const { page, problems } = await site.open(path, { colorScheme });
			expect(await axeViolations(page)).toEqual([]);
			expect(problems).toEqual([]);
		});
	}

	it('the English span keeps its language, the quote and the ordered list render as such', async () => {
		const { page, problems } = await site.open(longRead);
		await expect(page.locator('article [lang="en"]').allInnerTexts()).resolves.toEqual(['Federal Chancellor']);
		await expect(page.locator('section[data-section="was-das-grundgesetz-vorschreibt"] blockquote').innerText()).resolves.toBe(
			'„Der Bundeskanzler wird auf Vorschlag des Bundespräsidenten vom Bundestage ohne Aussprache gewählt.“',
		);
		await expect(page.locator('section[data-section="was-das-grundgesetz-vorschreibt"] ol > li').count()).resolves.toBe(3);
		expect(problems).toEqual([]);
	});

	it('search for „Klöckner“ finds the election article, at a section that names her, and says where else she stands', async () => {
		const { page, problems } = await site.open('/suche/?q=Kl%C3%B6ckner');
		await page.waitForFunction(() => (document.querySelector('site-search.page [data-search-count]')?.textContent ?? '') !== '', null, {
			timeout: 15_000,
		});
		await expect(page.locator('site-search.page input[type=search]').inputValue()).resolves.toBe('Klöckner');
		const results = page.locator('site-search.page [data-search-results] a');
		const paths = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('?')[0]!));
		// „Julia Klöckner“ in „Die Wahl am 6. Mai 2025“, „Klöckner“ in „Zwei Wahlgänge an einem Tag“, once each; nowhere else.
		// One hit for the one story, at the first of the two equal sections.
		expect(paths).toEqual(['/kanzlerwahl/die-wahl-am-6-mai-2025/']);
		await expect(results.locator('.result-article').allInnerTexts()).resolves.toEqual([
			`${electionTitle} · auch in einem weiteren Abschnitt`,
		]);
		await expect(page.locator('site-search.page [data-search-count]').innerText()).resolves.toBe('1 Treffer für „Klöckner“');
		const marks = await results.locator('.result-excerpt mark').allInnerTexts();
		expect(marks).toContain('Klöckner');
		expect(problems).toEqual([]);
	});
});
