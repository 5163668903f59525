import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import type { Locator, Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { page as builtPage } from '../helpers/dist.ts';

/**
 * Printing (issue 14): with print media, the site's furniture (everything
 * marked `no-print`) is not rendered, and the text a reader prints for stays.
 * What must go and what must stay is written by hand per page, by role and
 * name as a reader sees them; on top, every `no-print` element the built
 * page has must be display: none.
 */

const site = useSite();

/** `no-print` elements in the built HTML, outside `<template>` (a template's content is not in the document until used). */
function noPrintInBuild(path: string): number {
	const html = builtPage(path).html.replace(/<template[\s\S]*?<\/template>/g, '');
	return load(html)('.no-print').length;
}

/** Whether the browser renders the element: false when it or an ancestor is display: none. */
const rendered = (locator: Locator) => locator.evaluateAll((elements) => elements.map((element) => element.checkVisibility()));

interface Expectation {
	/** What the reader sees it as. */
	name: string;
	locator: (page: Page) => Locator;
	/** How many the page has (counted by hand in the fixture article and the page's layout). */
	count: number;
}

/** By role (and name), including elements hidden from the accessibility tree: in print, the furniture is display: none. */
const hidden = (page: Page, role: Parameters<Page['getByRole']>[0], name?: string) =>
	page.getByRole(role, name === undefined ? { includeHidden: true } : { name, exact: true, includeHidden: true });

/** The site's header and footer, and the header's search form: on every page that has them. */
const furniture: Expectation[] = [
	{ name: 'site header', locator: (page) => hidden(page, 'banner'), count: 1 },
	{ name: 'site footer', locator: (page) => hidden(page, 'contentinfo'), count: 1 },
];
const headerSearch: Expectation = {
	name: 'header search form',
	locator: (page) => hidden(page, 'banner').getByRole('search', { includeHidden: true }),
	count: 1,
};

const pages: Array<{ path: string; what: string; gone: Expectation[]; stays: Array<(page: Page) => Locator> }> = [
	{
		path: '/gipfeltreffen/',
		what: 'the long-read',
		gone: [
			...furniture,
			headerSearch,
			{ name: 'table of contents', locator: (page) => hidden(page, 'navigation', 'Inhalt'), count: 1 },
			{ name: 'participants sidebar', locator: (page) => hidden(page, 'complementary', 'Personen im Text'), count: 1 },
			// The article has ten sections, each with its tools: position, „Als Einzelseite öffnen“, „Link teilen“.
			{ name: 'section tools', locator: (page) => page.locator('.section-tools'), count: 10 },
			{
				name: 'share controls',
				locator: (page) => page.getByRole('link', { name: /^Link teilen: Abschnitt „/, includeHidden: true }),
				count: 10,
			},
			{
				name: '„Als Einzelseite öffnen“ links',
				locator: (page) => page.getByRole('link', { name: /^Abschnitt „.*“ als Einzelseite öffnen$/, includeHidden: true }),
				count: 10,
			},
		],
		stays: [
			(page) =>
				page.getByRole('heading', {
					level: 1,
					name: 'Nach dem Treffen im Weißen Haus: Trump will Gipfel von Putin und Selenskyj vorbereiten',
				}),
			(page) => page.getByRole('heading', { level: 2, name: 'Kreml bestätigt Telefonat, bleibt aber vage' }),
			(page) =>
				page.getByText(
					'Beide Seiten hätten über die Möglichkeit gesprochen, das Verhandlungsniveau zu erhöhen – konkrete Zusagen wurden jedoch nicht gemacht.',
					{ exact: true },
				),
			(page) => page.getByText('Frankreichs Präsident Emmanuel Macron', { exact: true }),
		],
	},
	{
		path: '/gipfeltreffen/hochrangige-teilnahme/',
		what: 'a section page',
		gone: [
			...furniture,
			headerSearch,
			{
				name: 'share control',
				locator: (page) =>
					page.getByRole('link', {
						name: 'Link teilen: Abschnitt „Hochrangige Teilnahme signalisiert ernsthafte Absicht“',
						includeHidden: true,
					}),
				count: 1,
			},
			{
				name: '„Im ganzen Artikel lesen“',
				locator: (page) => page.getByRole('link', { name: 'Im ganzen Artikel lesen', includeHidden: true }),
				count: 1,
			},
			// Section 5 of 10: both a previous and a next section.
			{ name: 'section pager', locator: (page) => hidden(page, 'navigation', 'Abschnitte'), count: 1 },
			{ name: 'participants sidebar', locator: (page) => hidden(page, 'complementary', 'Personen im Text'), count: 1 },
		],
		stays: [
			(page) => page.getByRole('heading', { level: 1, name: 'Hochrangige Teilnahme signalisiert ernsthafte Absicht' }),
			(page) =>
				page.getByText(
					'Neben dem ukrainischen Präsidenten Wolodymyr Selenskyj nahmen folgende führende Staats- und Regierungschefs an dem Treffen teil:',
					{ exact: true },
				),
			(page) => page.getByText('Frankreichs Präsident Emmanuel Macron', { exact: true }),
		],
	},
	{
		path: '/personen/wolodymyr-selenskyj/',
		what: 'a person page',
		gone: [...furniture, headerSearch],
		stays: [
			(page) => page.getByRole('heading', { level: 1, name: 'Wolodymyr Selenskyj' }),
			(page) => page.getByText('Präsident der Ukraine, Ukraine', { exact: true }),
			(page) => page.getByText('„Wir sind auf ein bilaterales Treffen mit Putin vorbereitet“', { exact: true }),
		],
	},
	{
		path: '/suche/?q=Merz',
		what: 'the search page',
		// The search page has no search in its header (it has its own form).
		gone: furniture,
		stays: [
			(page) => page.getByRole('heading', { level: 1, name: 'Suche' }),
			(page) => page.getByText('2 Treffer für „Merz“', { exact: true }),
			(page) => page.locator('site-search.page [data-search-results] li').first(),
		],
	},
];

/** Opens the page with print media; on the search page, once its results are in. */
async function openForPrint(path: string) {
	const opened = await site.open(path);
	if (path.startsWith('/suche/')) {
		await opened.page.waitForFunction(() => document.querySelectorAll('site-search.page [data-search-results] li').length > 0, null, {
			timeout: 15_000,
		});
	}
	await opened.page.emulateMedia({ media: 'print' });
	await opened.page.waitForFunction(() => matchMedia('print').matches, null, { timeout: 10_000 });
	return opened;
}

describe.each(pages)('printing $what ($path)', ({ path, gone, stays }) => {
	// Red if any element marked no-print is rendered on paper: the print rule dropped or weakened (no !important
	// against a component's display), or the class on an element the build has but the DOM lost.
	it('renders none of the page’s no-print elements', async () => {
		const inBuild = noPrintInBuild(path.split('?')[0]!);
		expect(inBuild).toBeGreaterThan(0);
		const { page, problems } = await openForPrint(path);
		const displays = await page
			.locator('.no-print')
			.evaluateAll((elements) =>
				elements.map(
					(element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}: ${getComputedStyle(element).display}`,
				),
			);
		expect(displays.length).toBeGreaterThanOrEqual(inBuild);
		expect(displays.filter((entry) => !entry.endsWith(': none'))).toEqual([]);
		expect(problems).toEqual([]);
	});

	// Red if a piece of furniture is printed: it lost its no-print class (or never had it), or sits outside the element that has it.
	it('does not print the header, footer and controls listed for it', async () => {
		const { page } = await openForPrint(path);
		for (const { name, locator, count } of gone) {
			const shown = await rendered(locator(page));
			expect(shown.length, `${name}: wie viele`).toBe(count);
			expect(shown, `${name}: gedruckt`).toEqual(shown.map(() => false));
		}
	});

	// Red if the print rules hide the text itself (e.g. no-print on main, or the article hidden with the tools).
	it('prints the text', async () => {
		const { page } = await openForPrint(path);
		for (const locate of stays) {
			const shown = await rendered(locate(page));
			expect(shown.length).toBeGreaterThan(0);
			expect(shown).toEqual(shown.map(() => true));
		}
	});
});

describe('printing the controls that scripts add', () => {
	// Red if the „Zitat teilen“ control, once the template is in the page, shows up on paper over the text.
	it('a „Zitat teilen“ control open on screen is not printed', async () => {
		const { page } = await site.open('/gipfeltreffen/hochrangige-teilnahme/');
		await page.evaluate(() => {
			const item = [...document.querySelectorAll('article .prose li')].find(
				(element) => element.textContent === 'Finnlands Präsident Alexander Stubb',
			)!;
			const range = document.createRange();
			range.selectNodeContents(item);
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
		});
		const button = page.getByRole('button', { name: 'Zitat teilen' });
		await button.waitFor({ state: 'visible', timeout: 15_000 });
		await page.emulateMedia({ media: 'print' });
		await button.waitFor({ state: 'hidden', timeout: 10_000 });
		await expect(page.locator('.quote-share').evaluate((element) => getComputedStyle(element).display)).resolves.toBe('none');
	});

	// Red while the search page's form (field, „Suchen“, the filters) is printed: on paper it cannot be used, and the
	// count line above the hits already says what was searched for. (The header's form is hidden with the header.)
	it('the search page does not print its search form and filters, only the hits', async () => {
		const { page } = await openForPrint('/suche/?q=Merz');
		const form = page.getByRole('main').getByRole('search', { includeHidden: true });
		await expect(form.count()).resolves.toBe(1);
		await expect(rendered(form)).resolves.toEqual([false]);
		await expect(rendered(page.locator('site-search.page [data-search-results]'))).resolves.toEqual([true]);
	});
});
