import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { pageTypes } from '../helpers/page-types.ts';

/** Without JavaScript, clicking through the sections (every page is reached by links: tests/build/no-javascript.test.ts). */
const site = useSite();

describe('without JavaScript', () => {
	it('the section links and pager work by clicking', async () => {
		const { page } = await site.open(pageTypes.longRead, { javaScriptEnabled: false });
		await page.getByRole('link', { name: 'Abschnitt „Das wohl wichtigste Ergebnis“ als Einzelseite öffnen' }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Das wohl wichtigste Ergebnis');
		await page.getByRole('link', { name: /Nächster Abschnitt/ }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Hochrangige Teilnahme signalisiert ernsthafte Absicht');
		await page.getByRole('link', { name: 'Im ganzen Artikel lesen' }).click();
		expect(new URL(page.url()).hash).toBe('#hochrangige-teilnahme');
	});

	it('the other article shape: section links, pager and sub-heading anchors work by clicking', async () => {
		const { page } = await site.open(pageTypes.otherLongRead, { javaScriptEnabled: false });
		await page.getByRole('link', { name: 'Abschnitt „Zwei Wahlgänge an einem Tag“ als Einzelseite öffnen' }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Zwei Wahlgänge an einem Tag');
		expect(new URL(page.url()).pathname).toBe(pageTypes.otherSection);
		await page.getByRole('link', { name: 'Link zu diesem Abschnitt: Zweiter Wahlgang' }).click();
		expect(new URL(page.url()).hash).toBe('#zweiter-wahlgang');
		await page.getByRole('link', { name: /Nächster Abschnitt/ }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Ernennung und Vereidigung');
		// The last section has no next one.
		await expect(page.getByRole('link', { name: /Nächster Abschnitt/ }).count()).resolves.toBe(0);
		await page.getByRole('link', { name: /Vorheriger Abschnitt/ }).click();
		await page.getByRole('link', { name: /Vorheriger Abschnitt/ }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe('Was das Grundgesetz vorschreibt');
	});
});
