import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useSite } from '../helpers/site.ts';

/**
 * Issue 28, stories first: the stories are the results, ranked by relevance,
 * each at its best section; a glossary term is never a result between them.
 * When the query names a term (the term or one of its forms, as words of the
 * query), its definition shows as a card above them, „Begriff: Kreml – …“,
 * linked to its entry; a word that only a definition holds brings no card.
 * The header's panel and the search page show the same.
 *
 * Expectations from tests/fixtures/site/articles/gipfeltreffen.md: „Zusagen“
 * stands in its text once, in „Kreml bestätigt Telefonat, bleibt aber vage“
 * („konkrete Zusagen wurden jedoch nicht gemacht“), and in the definition of
 * „Sicherheitsgarantien“; „Kreml“ and „Europäische Kommission“ are terms of
 * its glossary, and neither the election article nor the short report uses
 * these words. The definitions below are copied from its front matter.
 */
const site = useSite();

const kremlSection = '/gipfeltreffen/kreml-bestaetigt-telefonat-bleibt-aber-vage/';
const kremlCard =
	'Begriff: Kreml – Festungsanlage im Zentrum Moskaus und Amtssitz des russischen Präsidenten. Das Wort steht oft für die russische Staatsführung.';
const commissionCard =
	'Begriff: Europäische Kommission – Das ausführende Organ der Europäischen Union, in seiner Rolle mit einer Regierung vergleichbar. Die Kommission schlägt Gesetze vor und sorgt dafür, dass EU-Recht umgesetzt wird. Ihre Präsidentin ist Ursula von der Leyen.';
const guaranteesCard =
	'Begriff: Sicherheitsgarantien – Zusagen eines oder mehrerer Staaten, einem anderen Staat beizustehen, wenn er angegriffen wird – etwa mit Waffen, Truppen oder Geld. Hier geht es um Zusagen, die die Ukraine vor einem neuen russischen Angriff schützen sollen.';

type Scope = 'header' | 'main';

/** Waits until `scope` answers `query` (its count names it); what the panel shows, top to bottom. */
async function answer(page: Page, scope: Scope, query: string) {
	await page.waitForFunction(
		([within, asked]) => (document.querySelector(`${within} [data-search-count]`)?.textContent ?? '').includes(`„${asked}“`),
		[scope, query] as const,
		{ timeout: 15_000 },
	);
	return page.evaluate((within) => {
		const card = document.querySelector<HTMLElement>(`${within} [data-search-term]`);
		return {
			count: document.querySelector(`${within} [data-search-count]`)?.textContent ?? '',
			status: document.querySelector(`${within} [data-search-status]`)?.textContent ?? '',
			card:
				card && !card.hidden
					? { text: card.innerText.replace(/\s+/g, ' ').trim(), href: card.querySelector('a')?.getAttribute('href') ?? '' }
					: undefined,
			// The card stands above the list of stories.
			cardFirst:
				card !== null &&
				!card.hidden &&
				Boolean(
					card.compareDocumentPosition(document.querySelector(`${within} [data-search-results]`)!) & Node.DOCUMENT_POSITION_FOLLOWING,
				),
			results: [...document.querySelectorAll(`${within} [data-search-results] a`)].map((link) => link.getAttribute('href')!.split('?')[0]!),
			glossaryLinks: [...document.querySelectorAll(`${within} [data-search-panel] a`)].filter((link) =>
				link.getAttribute('href')!.startsWith('/glossar/'),
			).length,
		};
	}, scope);
}

/** Types a query into the header's field (on whatever page is open). */
async function inHeader(page: Page, query: string) {
	await page.locator('header input[type=search]').fill(query);
	return answer(page, 'header', query);
}

describe('stories first, a named term as a card above them', () => {
	it('„Zusagen“, reported by the summit story and used in a definition, finds the story’s section first, no glossary entry and no card: header and search page alike', async () => {
		const { page, problems } = await site.open('/gipfeltreffen/was-geschieht-gerade/');
		for (const [scope, shown] of [
			['header', await inHeader(page, 'Zusagen')],
			['main', await page.goto(`${site.origin}/suche/?q=Zusagen`).then(() => answer(page, 'main', 'Zusagen'))],
		] as const) {
			expect(shown.count, scope).toBe('1 Treffer für „Zusagen“');
			expect(shown.results, scope).toEqual([kremlSection]);
			expect(shown.card, scope).toBeUndefined();
			expect(shown.glossaryLinks, scope).toBe(0);
			expect(shown.status, scope).toBe('1 Treffer für „Zusagen“');
		}
		// The excerpt is the section's own sentence, not a window across the glossary.
		const excerpt = page.locator('main [data-search-results] li').first().locator('.result-excerpt');
		await expect(excerpt.innerText()).resolves.toContain('konkrete Zusagen wurden jedoch nicht gemacht');
		await expect(excerpt.locator('mark').allInnerTexts()).resolves.toEqual(['Zusagen']);
		expect(problems).toEqual([]);
	});

	it('„Kreml“ names a term: its card first, with the definition as the front matter writes it and a link to its entry; the story below; announced; header and search page alike', async () => {
		const { page, problems } = await site.open('/kurzmeldung/');
		const inBar = await inHeader(page, 'Kreml');
		// The search page has no field in its header: its own field answers there.
		await page.goto(`${site.origin}/suche/?q=Kreml`);
		const onPage = await answer(page, 'main', 'Kreml');
		for (const [scope, shown] of [
			['header', inBar],
			['main', onPage],
		] as const) {
			expect(shown.card, scope).toEqual({ text: kremlCard, href: '/glossar/#kreml' });
			expect(shown.cardFirst, scope).toBe(true);
			// The count and the list are the stories': the term is not a hit among them.
			expect(shown.count, scope).toBe('1 Treffer für „Kreml“');
			expect(shown.results, scope).toEqual([kremlSection]);
			expect(shown.status, scope).toBe('1 Treffer für „Kreml“. Erklärung im Glossar: Kreml');
		}
		expect(await axeViolations(page)).toEqual([]);
		await page.locator('main [data-search-term] a').click();
		await page.waitForURL((url) => url.pathname === '/glossar/' && url.hash === '#kreml', { timeout: 10_000 });
		await expect(page.locator('#kreml').isVisible()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	it('„Europäische Kommission“, in any case and with the umlaut written out, shows its card first; „Garantien“, a form of „Sicherheitsgarantien“, that term’s; „Kommission“ alone names no term', async () => {
		const { page, problems } = await site.open('/suche/?q=Europ%C3%A4ische%20Kommission');
		const cases: Array<[query: string, card: string | undefined, first: string]> = [
			// Both words stand in „Hochrangige Teilnahme“ only („Präsidentin der Europäischen Kommission“).
			['Europäische Kommission', commissionCard, '/gipfeltreffen/hochrangige-teilnahme/'],
			['europaeische kommission', commissionCard, '/gipfeltreffen/hochrangige-teilnahme/'],
			['Kommission', undefined, '/gipfeltreffen/hochrangige-teilnahme/'],
			// „Garantien“ stands beside „Sicherheitsgarantien“ in „USA wollen europäische Sicherheitsgarantien unterstützen“ only.
			['Garantien', guaranteesCard, '/gipfeltreffen/usa-wollen-europaeische-sicherheitsgarantien-unterstuetzen/'],
		];
		for (const [index, [query, card, first]] of cases.entries()) {
			if (index > 0) await page.goto(`${site.origin}/suche/?q=${encodeURIComponent(query)}`);
			const shown = await answer(page, 'main', query);
			expect(shown.card?.text, query).toBe(card);
			expect(shown.results[0], query).toBe(first);
			expect(shown.glossaryLinks, query).toBe(card ? 1 : 0);
		}
		expect(problems).toEqual([]);
	});

	it('in the header the card is the arrow keys’ first stop: down to it, down to the story, up again to the field; Enter opens the entry', async () => {
		const { page, problems } = await site.open('/kanzlerwahl/');
		const input = page.locator('header input[type=search]');
		await input.focus();
		await page.keyboard.type('Kreml');
		await answer(page, 'header', 'Kreml');
		const focused = () =>
			page.evaluate(() => document.activeElement?.getAttribute('href')?.split('?')[0] ?? document.activeElement?.tagName);
		const order: string[] = [];
		for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
			await page.keyboard.press(key);
			order.push((await focused()) ?? '');
		}
		expect(order).toEqual(['/glossar/#kreml', kremlSection, kremlSection, '/glossar/#kreml', 'INPUT']);
		await page.keyboard.press('ArrowDown');
		await Promise.all([
			page.waitForURL((url) => url.pathname === '/glossar/' && url.hash === '#kreml', { timeout: 10_000 }),
			page.keyboard.press('Enter'),
		]);
		expect(problems).toEqual([]);
	});

	it('a query that finds stories and glossary records lists stories only, one per story, in the story order: „Treffen“ and „Sicherheitsgarantien“', async () => {
		const { page, problems } = await site.open('/suche/?q=Treffen');
		// „Treffen“ is a word of two terms („Bilaterales Treffen“, „Dreiseitiges Treffen“) but names neither; it stands in the summit story only.
		const treffen = await answer(page, 'main', 'Treffen');
		expect(treffen.card).toBeUndefined();
		expect(treffen.results).toEqual(['/gipfeltreffen/trump-telefoniert-mit-putin-um-prozess-in-gang-zu-setzen/']);
		await page.goto(`${site.origin}/suche/?q=Sicherheitsgarantien`);
		const guarantees = await answer(page, 'main', 'Sicherheitsgarantien');
		expect(guarantees.card?.text).toBe(guaranteesCard);
		expect(guarantees.results.filter((href) => href.startsWith('/glossar/'))).toEqual([]);
		expect(guarantees.results).toEqual(['/gipfeltreffen/usa-wollen-europaeische-sicherheitsgarantien-unterstuetzen/']);
		expect(problems).toEqual([]);
	});
});
