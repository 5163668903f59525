import { crossEngines } from './expected.ts';
import { describe, expect, it } from 'vitest';
import { useEngine } from '../../helpers/engines/site.ts';
import { pageTypes } from '../../helpers/page-types.ts';

/**
 * Searching in every engine: Pagefind (WebAssembly, allowed by the pages'
 * `'wasm-unsafe-eval'`) runs in each, finds names of the test content
 * (tests/fixtures/site/: Merz in two articles, Uschakow in one section,
 * Selenskyj misspelt „Selenksyj“), shows hits that lead to their section,
 * shows the one close name's hits at once for a slip, and offers „Meinten
 * Sie …?“ once the reader asks for the spelling as typed.
 */

const countText = () => document.querySelector('main [data-search-count]')?.textContent ?? '';

describe.each(crossEngines)('searching in %s', (name) => {
	const site = useEngine(name);

	it('the search page finds „Merz“, shows the hits, and a hit leads to its section with the word marked', async () => {
		const page = await site.open('/suche/?q=Merz');
		await page.waitFor(() => /^\d+ Treffer für „Merz“$/.test(document.querySelector('main [data-search-count]')?.textContent ?? ''), [], {
			timeout: 15_000,
			what: 'die Treffer für „Merz“',
		});
		const hits = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('main [data-search-results] li a')].map((link) => new URL(link.href).pathname),
		);
		expect(hits.length).toBeGreaterThan(0);
		// A hit leads to a section page of one of the two articles that name him.
		expect(hits[0]).toMatch(/^\/(gipfeltreffen|kanzlerwahl)\/[a-z0-9-]+\/$/);
		await page.click('main [data-search-results] li a');
		await page.waitFor((path) => location.pathname === path, [hits[0]!], { timeout: 10_000, what: 'die Abschnittsseite des Treffers' });
		await page.waitFor(() => [...document.querySelectorAll('mark.search-highlight')].some((mark) => mark.textContent === 'Merz'), [], {
			timeout: 10_000,
			what: 'die Markierung von „Merz“',
		});
		expect(await page.problems()).toEqual([]);
	});

	it('on a phone, „Suche“ in the header opens the field, which shows the hit as you type', async () => {
		const page = await site.open(pageTypes.section, { width: 390, height: 800 });
		await page.click('header.site-header a.search-link');
		await page.waitFor(() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'search', [], {
			timeout: 5_000,
			what: 'der Fokus im Suchfeld',
		});
		await page.type('Uschakow');
		await page.waitFor(() => document.querySelector('header [data-search-status]')?.textContent === '1 Treffer für „Uschakow“', [], {
			timeout: 15_000,
			what: 'der eine Treffer für „Uschakow“',
		});
		const hit = await page.evaluate(() => {
			const link = document.querySelector<HTMLAnchorElement>('header [data-search-results] a');
			const rect = link?.getBoundingClientRect();
			return { path: link ? new URL(link.href).pathname : null, shown: !!rect && rect.width > 0 && rect.height > 0 };
		});
		expect(hit).toEqual({ path: '/gipfeltreffen/kreml-bestaetigt-telefonat-bleibt-aber-vage/', shown: true });
		expect(await page.problems()).toEqual([]);
	});

	it('„Selenksyj“, one slip from one name, shows Selenskyj’s hits at once; „Stattdessen suchen nach“ searches as typed and then offers „Meinten Sie „Selenskyj“?“, whose link finds him', async () => {
		const page = await site.open('/suche/?q=Selenksyj');
		const line = () =>
			(document.querySelector<HTMLElement>('main [data-search-suggestion]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
		await page.waitFor(
			(expected) =>
				(document.querySelector<HTMLElement>('main [data-search-suggestion]')?.textContent ?? '').replace(/\s+/g, ' ').trim() === expected,
			['Ergebnisse für „Selenskyj“ · Stattdessen suchen nach „Selenksyj“'],
			{ timeout: 15_000, what: 'die Treffer für „Selenskyj“ unter der Zeile' },
		);
		expect(await page.evaluate(countText)).toBe('Keine Treffer für „Selenksyj“');
		const hits = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('main [data-search-results] li a')].map((link) => new URL(link.href).pathname),
		);
		expect(hits.length).toBeGreaterThan(0);
		expect(hits[0]).toMatch(/^\/gipfeltreffen\/[a-z0-9-]+\/$/);
		await page.click('main [data-search-suggestion] a');
		await page.waitFor(() => new URLSearchParams(location.search).get('genau') === '1', [], {
			timeout: 10_000,
			what: 'die Suche wie geschrieben',
		});
		await page.waitFor(
			(expected) =>
				(document.querySelector<HTMLElement>('main [data-search-suggestion]')?.textContent ?? '').replace(/\s+/g, ' ').trim() === expected,
			['Meinten Sie „Selenskyj“?'],
			{ timeout: 15_000, what: '„Meinten Sie …?“' },
		);
		expect(await page.evaluate(line)).toBe('Meinten Sie „Selenskyj“?');
		await page.click('main [data-search-suggestion] a');
		await page.waitFor(() => location.pathname === '/suche/' && new URLSearchParams(location.search).get('q') === 'Selenskyj', [], {
			timeout: 10_000,
			what: 'die Suche nach „Selenskyj“',
		});
		await page.waitFor(
			() => /^\d+ Treffer für „Selenskyj“$/.test(document.querySelector('main [data-search-count]')?.textContent ?? ''),
			[],
			{ timeout: 15_000, what: 'die Treffer für „Selenskyj“' },
		);
		expect(await page.evaluate(() => document.querySelectorAll('main [data-search-results] li').length)).toBeGreaterThan(0);
		expect(await page.problems()).toEqual([]);
	});
});
