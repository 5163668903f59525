import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';

/**
 * Arriving from a search hit, a section page marks the searched words. The
 * words come from the address (`?hervorheben=`), so hostile or useless
 * addresses must neither break the page nor claim marks that are not there.
 */
const site = useSite();
const section = '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/';
const withTerms = (terms: readonly string[]) => `${section}?${terms.map((term) => `hervorheben=${encodeURIComponent(term)}`).join('&')}`;
const marks = (page: import('playwright-core').Page) => page.locator('[data-suchtext] mark.search-highlight').allInnerTexts();

describe('marks on arrival from a search hit', () => {
	it('marks a word of the section and says so, and the button removes the marks', async () => {
		const { page, problems } = await site.open(withTerms(['Wahlgang']));
		const notice = page.locator('.highlight-notice');
		await expect(notice.waitFor({ state: 'visible', timeout: 10_000 })).resolves.toBeUndefined();
		// The status text is written after the notice shows (a live region announces a change): wait for it.
		await expect
			.poll(() => notice.locator('[role=status], span').first().innerText(), { timeout: 10_000 })
			.toBe('Ihre Suchbegriffe sind im Text markiert.');
		expect((await marks(page)).length).toBeGreaterThan(0);
		await notice.locator('button').click();
		expect(await marks(page)).toEqual([]);
		expect(new URL(page.url()).searchParams.has('hervorheben')).toBe(false);
		expect(problems).toEqual([]);
	});

	it('with 700 distinct terms: no error, the first twenty kept in the address, a real word still marked', async () => {
		const terms = ['Klöckner', ...Array.from({ length: 699 }, (_, index) => `q${index}`)];
		const { page, problems } = await site.open(withTerms(terms));
		await page.locator('.highlight-notice').waitFor({ state: 'visible', timeout: 10_000 });
		expect(await marks(page)).toContain('Klöckner');
		const kept = new URL(page.url()).searchParams.getAll('hervorheben');
		expect(kept).toHaveLength(20);
		expect(kept[0]).toBe('Klöckner');
		expect(problems).toEqual([]);
	});

	it('on the glossary, a term’s hit marks the word in the entries', async () => {
		const { page, problems } = await site.open('/glossar/?hervorheben=Treffen#bilaterales-treffen');
		await page.locator('.highlight-notice').waitFor({ state: 'visible', timeout: 10_000 });
		expect(await marks(page)).toContain('Treffen');
		expect(problems).toEqual([]);
	});

	it('when no term occurs in the text: no marks, no notice, nothing announced', async () => {
		const { page, problems } = await site.open(withTerms(['Xylophonorchester']));
		// The highlighter loads on demand; wait until it has run (its module is requested and the page is idle).
		await page.waitForLoadState('networkidle');
		await page.waitForFunction(
			() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/pagefind/pagefind-highlight.js')),
			null,
			{ timeout: 10_000 },
		);
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		expect(await marks(page)).toEqual([]);
		await expect(page.locator('.highlight-notice').count()).resolves.toBe(0);
		expect(problems).toEqual([]);
	});

	it('hostile terms are text, never markup', async () => {
		const { page, problems } = await site.open(
			withTerms(['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>', '\u0000', 'Merz']),
		);
		await page.locator('.highlight-notice').waitFor({ state: 'visible', timeout: 10_000 });
		expect(await marks(page)).toContain('Merz');
		await expect(page.locator('[data-suchtext] img, [data-suchtext] script').count()).resolves.toBe(0);
		expect(problems).toEqual([]);
	});
});
