import { describe, expect, it } from 'vitest';
import type { EnginePage } from '../../helpers/engines/index.ts';
import { useEngine, type EngineSite } from '../../helpers/engines/site.ts';
import { siteOrigin } from '../../helpers/dist.ts';
import { summit } from '../../fixtures/site-articles.ts';
import { crossEngines, expected, type CrossEngine } from './expected.ts';

/**
 * Sharing in every engine: „Link teilen“ has no share sheet to open on
 * Linux and copies the section's canonical link, or says it could not
 * (src/client/share.ts); „Zitat teilen“ makes a text-fragment link, which
 * the engine scrolls to and marks where it supports text fragments — as
 * tests/browser/engines/expected.ts says per engine.
 */

const section = summit.sections[6];

/** Waits for the fonts, then two frames: what the engine does on its own after load (scroll to a fragment, mark it) has been drawn by then, in the final fonts. */
const settle = async () => {
	await document.fonts.ready;
	await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
};

/** Pastes the clipboard into a field put on the page for it: what the page copied. */
async function pasted(page: EnginePage): Promise<string> {
	await page.evaluate(() => {
		const field = document.createElement('input');
		field.id = 'lagebild-einfuegen';
		field.style.cssText = 'position: fixed; top: 0; left: 0; width: 20rem; z-index: 100';
		document.body.append(field);
	});
	await page.click('#lagebild-einfuegen');
	await page.press('Control+v');
	await page.waitFor(() => (document.getElementById('lagebild-einfuegen') as HTMLInputElement).value !== '', [], {
		timeout: 5_000,
		what: 'der eingefügte Link',
	});
	return page.evaluate(() => (document.getElementById('lagebild-einfuegen') as HTMLInputElement).value);
}

/**
 * „Zitat teilen“ on the long-read for a passage the test picks (`which`):
 * it selects it as a reader would, presses the button, and returns the
 * link the control made (the quote's words come from the page, not from
 * the test) and the passage's first words.
 */
async function quoteLink(site: EngineSite, which: 'inside' | 'beforeMarker'): Promise<{ link: URL; start: string }> {
	const page = await site.open(summit.path, { width: 1280, height: 900 });
	const start = await page.evaluate((kind) => {
		const paragraphs = [...document.querySelectorAll('.prose p')];
		const range = document.createRange();
		if (kind === 'inside') {
			// A paragraph of more than eleven words and no source marker: the link names its first and last words.
			const paragraph = paragraphs.find((p) => !p.querySelector('.source-marker') && (p.textContent ?? '').split(/\s+/).length > 11)!;
			range.selectNodeContents(paragraph);
		} else {
			// A sentence with its source marker right after it (after the space the pipeline puts before it): the whole sentence, as a reader selects it.
			const sentence = paragraphs
				.map((p) => p.lastElementChild?.previousElementSibling?.previousElementSibling)
				.find(
					(element) =>
						element?.id.startsWith('beleg-') &&
						element.nextElementSibling?.matches('.marker-space') &&
						element.nextElementSibling.nextElementSibling?.matches('.source-marker'),
				)!;
			range.selectNodeContents(sentence);
		}
		range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
		const selection = document.getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
		return range.toString().trim().split(/\s+/).slice(0, 3).join(' ');
	}, which);
	await page.waitFor(() => document.querySelector('.quote-share:not([hidden]) button') !== null, [], {
		timeout: 5_000,
		what: 'der Knopf „Zitat teilen“',
	});
	await page.click('.quote-share button');
	await page.waitFor(() => (document.querySelector('.quote-share [role=status]')?.textContent ?? '') !== '', [], {
		timeout: 5_000,
		what: 'die Meldung von „Zitat teilen“',
	});
	const control = await page.evaluate(() => ({
		url: (document.querySelector('.quote-share') as HTMLElement).dataset['url'] ?? '',
		status: document.querySelector('.quote-share [role=status]')!.textContent,
	}));
	expect(control.status).toBe(
		expected[site.engine.name as CrossEngine].shareStatus === 'Link kopiert'
			? 'Link zum Zitat kopiert'
			: expected[site.engine.name as CrossEngine].shareStatus,
	);
	await page.close();
	const link = new URL(control.url);
	expect(link.hash.startsWith('#:~:text=')).toBe(true);
	return { link, start };
}

/**
 * Opens a text-fragment link on a small screen and tells whether the engine
 * marked the passage: scrolled to it (each engine that finds a passage
 * scrolls it towards the middle of the screen), has it in view, and draws it
 * differently from the same page, scrolled alike, without the fragment (the
 * two screenshots differ). `marks` is what the table expects: where it says
 * yes, the test waits for the scroll; where it says no, for the fonts and
 * two frames after load.
 */
async function marksPassage(site: EngineSite, link: URL, start: string, marks: boolean): Promise<boolean> {
	const size = { width: 360, height: 480 };
	const page = await site.open(link.pathname + link.hash, size);
	if (marks) await page.waitFor(() => scrollY > 0, [], { timeout: 5_000, what: 'der Sprung zum Zitat' });
	await page.evaluate(settle);
	const seen = await page.evaluate((words) => {
		const paragraph = [...document.querySelectorAll('.prose p')].find((p) => (p.textContent ?? '').replace(/\s+/g, ' ').includes(words))!;
		const rect = paragraph.getBoundingClientRect();
		return { scrolled: scrollY, inView: rect.bottom > 0 && rect.top < innerHeight };
	}, start);
	const withFragment = await page.screenshot();
	await page.close();
	const plain = await site.open(link.pathname, size);
	await plain.evaluate(settle);
	await plain.evaluate((y) => scrollTo(0, y), seen.scrolled);
	await plain.evaluate(settle);
	const without = await plain.screenshot();
	const differs = Buffer.compare(Buffer.from(withFragment), Buffer.from(without)) !== 0;
	return seen.scrolled > 0 && seen.inView && differs;
}

describe.each(crossEngines)('sharing in %s', (name) => {
	const site = useEngine(name);

	it(`„Link teilen“ ${expected[name].shareSheet ? 'opens the share sheet' : `finds no share sheet and says „${expected[name].shareStatus}“`}`, async () => {
		const page = await site.open(summit.path);
		expect(await page.evaluate(() => typeof navigator.share === 'function')).toBe(expected[name].shareSheet);
		await page.click(`section[data-section="${section}"] share-link a`);
		const status = (slug: string) => document.querySelector(`section[data-section="${slug}"] share-link [role=status]`)?.textContent ?? '';
		await page.waitFor(
			(slug) => (document.querySelector(`section[data-section="${slug}"] share-link [role=status]`)?.textContent ?? '') !== '',
			[section],
			{ timeout: 5_000, what: 'die Meldung von „Link teilen“' },
		);
		expect(await page.evaluate(status, section)).toBe(expected[name].shareStatus);
		// The reader stays on the long-read.
		expect((await page.url()).pathname).toBe(summit.path);
		if (expected[name].shareStatus === 'Link kopiert') expect(await pasted(page)).toBe(`${siteOrigin()}${summit.path}${section}/`);
		expect(await page.problems()).toEqual([]);
	});

	it(`a text-fragment link to a passage inside a paragraph ${expected[name].textFragments ? 'is scrolled to and marked' : 'opens the section page unmarked'}`, async () => {
		const { link, start } = await quoteLink(site, 'inside');
		expect(await marksPassage(site, link, start, expected[name].textFragments)).toBe(expected[name].textFragments);
	});

	it(`„Zitat teilen“ for a sentence followed by its source marker: the link ${expected[name].textFragments ? 'is scrolled to and marked (the space before the marker ends the sentence’s last word)' : 'opens the section page unmarked'}`, async () => {
		const { link, start } = await quoteLink(site, 'beforeMarker');
		expect(await marksPassage(site, link, start, expected[name].textFragments)).toBe(expected[name].textFragments);
	});
});
