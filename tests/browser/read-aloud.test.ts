import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, settledLayoutShift, useSite } from '../helpers/site.ts';

/**
 * „Vorlesen“ with a test double of the Web Speech API, installed before the
 * page's scripts: `speechSynthesis` records what is spoken, paused, resumed
 * and cancelled, and the test ends each utterance itself (as the engine
 * would, when it has said it). Expected texts are written by hand from
 * tests/fixtures/site/articles/kanzlerwahl.md.
 */

const site = useSite();

const sectionPath = '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/';
const sectionLabel = 'Abschnitt „Zwei Wahlgänge an einem Tag“';
/** The player module, as the build names it: it loads on the first press only. */
const playerModule = /\/_astro\/vorlesen\.[\w-]+\.js$/;

/** The section „Zwei Wahlgänge an einem Tag“, sentence by sentence: heading, paragraph, the table cell by cell, sub-headings and paragraphs. */
const sectionSentences = [
	'Zwei Wahlgänge an einem Tag',
	'Erst im zweiten Wahlgang erreichte Merz die nötige Mehrheit von 316 Stimmen.',
	'Wahlgang',
	'Ja-Stimmen',
	'Nötig',
	'Ergebnis',
	'Erster Wahlgang',
	'310',
	'316',
	'nicht gewählt',
	'Zweiter Wahlgang',
	'325',
	'316',
	'gewählt',
	'Erster Wahlgang',
	'Im ersten Wahlgang erhielt Merz 310 Stimmen, sechs weniger als die erforderlichen 316.',
	'Damit war er nicht gewählt.',
	'Zum ersten Mal in der Geschichte der Bundesrepublik scheiterte ein Kandidat für das Kanzleramt nach einer Koalitionsvereinbarung im ersten Wahlgang.',
	'Zweiter Wahlgang',
	'Noch am selben Tag stimmte der Bundestag ein zweites Mal ab, also innerhalb der Frist von vierzehn Tagen, die Artikel 63 Absatz 3 vorsieht.',
	'Merz erhielt 325 Stimmen und war damit gewählt.',
	'Klöckner gab auch dieses Ergebnis bekannt.',
];

interface VoiceSpec {
	name: string;
	lang: string;
}

interface SpeechConfig {
	/** The voices the browser offers; `null`: no speech synthesis at all. */
	voices: readonly VoiceSpec[] | null;
	/** The voice list arrives later (after `voiceschanged`), as in Chromium. */
	later?: boolean;
}

interface Spoken {
	text: string;
	lang: string;
	voice: string | null;
}

/** Opens a page with the speech double installed before any of the page's scripts run. */
async function openWithSpeech(path: string, config: SpeechConfig, viewport = { width: 1280, height: 900 }) {
	const context = await site.browser.newContext({ viewport });
	await context.addInitScript((speech: SpeechConfig) => {
		const target = window as unknown as Record<string, unknown>;
		if (speech.voices === null) {
			delete target['speechSynthesis'];
			delete target['SpeechSynthesisUtterance'];
			return;
		}
		const voices = speech.voices.map((voice) => ({ ...voice, voiceURI: voice.name, default: false, localService: true }));
		let available = !speech.later;
		const spoken: FakeUtterance[] = [];
		const calls: string[] = [];
		class FakeUtterance extends EventTarget {
			text: string;
			lang = '';
			voice: unknown = null;
			rate = 1;
			pitch = 1;
			volume = 1;
			onend: ((event: Event) => void) | null = null;
			onerror: ((event: Event) => void) | null = null;
			onstart: ((event: Event) => void) | null = null;
			constructor(text = '') {
				super();
				this.text = text;
			}
			/** What the engine does when it has said the utterance. */
			finish(): void {
				const event = new Event('end');
				this.dispatchEvent(event);
				this.onend?.call(this, event);
			}
		}
		class FakeSynthesis extends EventTarget {
			paused = false;
			speaking = false;
			pending = false;
			onvoiceschanged: ((event: Event) => void) | null = null;
			getVoices() {
				return available ? voices : [];
			}
			speak(utterance: FakeUtterance) {
				calls.push('speak');
				spoken.push(utterance);
			}
			pause() {
				calls.push('pause');
				this.paused = true;
			}
			resume() {
				calls.push('resume');
				this.paused = false;
			}
			cancel() {
				calls.push('cancel');
			}
		}
		const synthesis = new FakeSynthesis();
		Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synthesis });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
		target['__speech'] = {
			spoken,
			calls,
			voices,
			arrive() {
				available = true;
				const event = new Event('voiceschanged');
				synthesis.dispatchEvent(event);
				synthesis.onvoiceschanged?.(event);
			},
		};
	}, config);
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	await page.goto(site.origin + path);
	return { page, problems };
}

type SpeechHandle = {
	spoken: Array<{ text: string; lang: string; voice: { name: string } | null; finish(): void }>;
	calls: string[];
	arrive(): void;
};
const speech = (page: Page) =>
	page.evaluate(() =>
		(window as unknown as { __speech: SpeechHandle }).__speech.spoken.map((u) => ({
			text: u.text,
			lang: u.lang,
			voice: u.voice?.name ?? null,
		})),
	);
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.calls);
const spokenCount = (page: Page) => page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.spoken.length);

/** Ends utterance `index` (0-based), as the engine does when it has said it; returns how many were spoken by then. */
const finish = (page: Page, index: number) =>
	page.evaluate((at) => {
		const handle = (window as unknown as { __speech: SpeechHandle }).__speech;
		handle.spoken[at]!.finish();
		return handle.spoken.length;
	}, index);

/** The text the `vorlesen` highlight covers now (null: no highlight). */
const marked = (page: Page) =>
	page.evaluate(() => {
		const highlight = CSS.highlights.get('vorlesen');
		return highlight ? [...highlight].map((range) => range.toString()).join('|') : null;
	});

const scripts = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
const status = (page: Page, control: string) => page.locator(`${control} [role=status]`).innerText();

const german = { name: 'Deutsch (Deutschland)', lang: 'de-DE' };
const english = { name: 'English (United States)', lang: 'en-US' };

describe('„Vorlesen“ with a German voice', () => {
	it('on a section page reads the heading, then every sentence, one utterance each, in German; the mark follows; the player loads on the first press', async () => {
		const { page, problems } = await openWithSpeech(sectionPath, { voices: [english, german] }, { width: 390, height: 640 });
		const button = page.getByRole('button', { name: `Vorlesen: ${sectionLabel}` });
		await button.waitFor({ state: 'visible', timeout: 5_000 });
		await page.waitForLoadState('networkidle');
		const before = await scripts(page);
		expect(before.some((path) => path.startsWith('/_astro/'))).toBe(true);
		expect(before.filter((path) => playerModule.test(path))).toEqual([]);
		// The last sentence is far below the small screen before reading starts.
		const lastParagraph = page.locator('article .prose p').last();
		expect(await lastParagraph.evaluate((element) => element.getBoundingClientRect().top > innerHeight)).toBe(true);

		const loaded = page.waitForResponse((response) => playerModule.test(new URL(response.url()).pathname), { timeout: 5_000 });
		await button.click();
		await loaded;
		await page.waitForFunction(() => (window as unknown as { __speech: SpeechHandle }).__speech.spoken.length === 1, null, {
			timeout: 5_000,
		});
		expect((await scripts(page)).filter((path) => playerModule.test(path))).toHaveLength(1);
		expect(await speech(page)).toEqual([{ text: 'Zwei Wahlgänge an einem Tag', lang: 'de-DE', voice: german.name }]);
		expect(await marked(page)).toBe('Zwei Wahlgänge an einem Tag');
		expect(await status(page, 'article read-aloud')).toBe('Vorlesen gestartet');

		// Ending utterance 1 speaks sentence 2 and moves the mark onto it.
		expect(await finish(page, 0)).toBe(2);
		expect(await marked(page)).toBe('Erst im zweiten Wahlgang erreichte Merz die nötige Mehrheit von 316 Stimmen.');

		for (let index = 1; index < sectionSentences.length - 1; index += 1) expect(await finish(page, index)).toBe(index + 2);
		const spoken: Spoken[] = await speech(page);
		expect(spoken.map((utterance) => utterance.text)).toEqual(sectionSentences);
		expect(spoken.every((utterance) => utterance.lang === 'de-DE' && utterance.voice === german.name)).toBe(true);
		expect(await marked(page)).toBe('Klöckner gab auch dieses Ergebnis bekannt.');
		// The sentence being read was scrolled into view (within a pixel: layout rounds).
		const box = await lastParagraph.evaluate((element) => ({
			top: element.getBoundingClientRect().top,
			bottom: element.getBoundingClientRect().bottom,
			height: innerHeight,
		}));
		expect(box.top).toBeGreaterThanOrEqual(-1);
		expect(box.bottom).toBeLessThanOrEqual(box.height + 1);

		// The last one ends: reading is over, the mark is gone, the control is back to „Vorlesen“.
		expect(await finish(page, sectionSentences.length - 1)).toBe(sectionSentences.length);
		expect(await marked(page)).toBeNull();
		expect(await status(page, 'article read-aloud')).toBe('Beendet');
		await expect(button.isVisible()).resolves.toBe(true);
		expect(problems).toEqual([]);
	});

	it('pause, continue and stop work from the keyboard, call pause/resume/cancel and say so', async () => {
		const { page, problems } = await openWithSpeech(sectionPath, { voices: [german] });
		const control = 'article read-aloud';
		await page.getByRole('button', { name: `Vorlesen: ${sectionLabel}` }).waitFor({ state: 'visible', timeout: 5_000 });
		// Tab from the link above reaches the control's button.
		await page.locator('article .kicker a').focus();
		await page.keyboard.press('Tab');
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
		expect(await focused()).toBe(`Vorlesen: ${sectionLabel}`);

		await page.keyboard.press('Enter');
		await page.waitForFunction(() => (window as unknown as { __speech: SpeechHandle }).__speech.spoken.length === 1, null, {
			timeout: 5_000,
		});
		await expect.poll(() => status(page, control), { timeout: 5_000 }).toBe('Vorlesen gestartet');
		expect(await focused()).toBe(`Pausieren: ${sectionLabel}`);
		// Reading, with both buttons showing and the sentence marked: no accessibility violation.
		expect(await axeViolations(page)).toEqual([]);

		await page.keyboard.press('Space');
		await expect.poll(() => status(page, control), { timeout: 5_000 }).toBe('Pausiert');
		expect(await calls(page)).toEqual(['speak', 'pause']);
		expect(await focused()).toBe(`Fortsetzen: ${sectionLabel}`);
		expect(await marked(page)).toBe('Zwei Wahlgänge an einem Tag');

		await page.keyboard.press('Enter');
		await expect.poll(() => status(page, control), { timeout: 5_000 }).toBe('Fortgesetzt');
		expect(await calls(page)).toEqual(['speak', 'pause', 'resume']);
		expect(await focused()).toBe(`Pausieren: ${sectionLabel}`);

		await page.keyboard.press('Tab');
		expect(await focused()).toBe(`Beenden: ${sectionLabel}`);
		await page.keyboard.press('Space');
		await expect.poll(() => status(page, control), { timeout: 5_000 }).toBe('Beendet');
		expect(await calls(page)).toEqual(['speak', 'pause', 'resume', 'cancel']);
		expect(await marked(page)).toBeNull();
		// The stop button is gone; focus is back on „Vorlesen“.
		expect(await focused()).toBe(`Vorlesen: ${sectionLabel}`);
		await expect(page.getByRole('button', { name: `Beenden: ${sectionLabel}` }).count()).resolves.toBe(0);
		// The engine ending the cancelled utterance late starts nothing new.
		expect(await finish(page, 0)).toBe(1);
		expect(await spokenCount(page)).toBe(1);
		expect(problems).toEqual([]);
	});

	it('the article’s control reads the headline, then section 1’s heading and sentences, then section 2', async () => {
		const { page, problems } = await openWithSpeech('/kanzlerwahl/', { voices: [german] });
		const button = page.getByRole('button', { name: 'Vorlesen: ganzer Artikel' });
		await button.waitFor({ state: 'visible', timeout: 5_000 });
		// One control in the head and one per section (four sections).
		expect(await page.locator('read-aloud:not([hidden])').count()).toBe(5);
		await button.click();
		await page.waitForFunction(() => (window as unknown as { __speech: SpeechHandle }).__speech.spoken.length === 1, null, {
			timeout: 5_000,
		});
		for (let index = 0; index < 5; index += 1) expect(await finish(page, index)).toBe(index + 2);
		expect((await speech(page)).map((utterance) => utterance.text)).toEqual([
			'Zweiter Wahlgang: Wie der Bundestag Friedrich Merz zum Kanzler wählte',
			'Die Wahl am 6. Mai 2025',
			'Der Bundestag hat Friedrich Merz am 6. Mai 2025 zum Bundeskanzler gewählt, allerdings erst im zweiten Wahlgang.',
			'Bundespräsident Frank-Walter Steinmeier hatte Merz dem Bundestag zur Wahl vorgeschlagen.',
			'Die Sitzung leitete Bundestagspräsidentin Julia Klöckner; sie gab auch die Ergebnisse der Wahlgänge bekannt.',
			'Was das Grundgesetz vorschreibt',
		]);
		expect(await marked(page)).toBe('Was das Grundgesetz vorschreibt');
		expect(await status(page, 'header read-aloud')).toBe('Vorlesen gestartet');
		expect(problems).toEqual([]);
	});

	it('a section’s control in the long-read reads only that section; starting another control stops the first', async () => {
		const { page } = await openWithSpeech('/kanzlerwahl/', { voices: [german] });
		const last = page.getByRole('button', { name: 'Vorlesen: Abschnitt „Ernennung und Vereidigung“' });
		await last.waitFor({ state: 'visible', timeout: 5_000 });
		await last.click();
		await page.waitForFunction(() => (window as unknown as { __speech: SpeechHandle }).__speech.spoken.length === 1, null, {
			timeout: 5_000,
		});
		expect(await finish(page, 0)).toBe(2);
		expect((await speech(page)).map((utterance) => utterance.text)).toEqual([
			'Ernennung und Vereidigung',
			'Nach der Wahl ernannte Bundespräsident Steinmeier den Gewählten, wie es Artikel 63 Absatz 2 verlangt.',
		]);
		// The section tools (share link, „Als Einzelseite öffnen“) are not read.
		expect((await speech(page)).some((utterance) => /Link teilen|Einzelseite|Abschnitt \d/.test(utterance.text))).toBe(false);

		await page.getByRole('button', { name: 'Vorlesen: ganzer Artikel' }).click();
		await page.waitForFunction(() => (window as unknown as { __speech: SpeechHandle }).__speech.spoken.length === 3, null, {
			timeout: 5_000,
		});
		expect((await speech(page))[2]!.text).toBe('Zweiter Wahlgang: Wie der Bundestag Friedrich Merz zum Kanzler wählte');
		expect(await calls(page)).toEqual(['speak', 'speak', 'cancel', 'speak']);
		await expect(page.getByRole('button', { name: 'Pausieren: Abschnitt „Ernennung und Vereidigung“' }).count()).resolves.toBe(0);
		expect(await page.getByRole('button', { name: 'Vorlesen: Abschnitt „Ernennung und Vereidigung“' }).isVisible()).toBe(true);
	});

	it('shows the controls when the German voice arrives later (voiceschanged)', async () => {
		const { page } = await openWithSpeech(sectionPath, { voices: [german], later: true });
		await page.waitForLoadState('networkidle');
		expect(await page.locator('article read-aloud').isHidden()).toBe(true);
		await page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.arrive());
		await page.getByRole('button', { name: `Vorlesen: ${sectionLabel}` }).waitFor({ state: 'visible', timeout: 5_000 });
	});

	it.each([
		['the long-read at 320 px', '/kanzlerwahl/', 320],
		['a section page at 320 px', sectionPath, 320],
		['the long-read at 1280 px', '/kanzlerwahl/', 1280],
		['a section page at 1280 px', sectionPath, 1280],
	])('on %s the controls appear without moving anything (no layout shift when the voice arrives)', async (_name, path, width) => {
		const { page, problems } = await openWithSpeech(path, { voices: [german], later: true }, { width, height: 800 });
		await settledLayoutShift(page);
		const controls = page.locator('read-aloud');
		expect(await controls.count()).toBeGreaterThan(0);
		expect(await controls.first().isHidden()).toBe(true);
		await page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.arrive());
		await controls.first().locator('button').waitFor({ state: 'visible', timeout: 5_000 });
		expect(await settledLayoutShift(page)).toBe(0);
		expect(problems).toEqual([]);
	});

	it('leaving the page cancels the speech', async () => {
		const { page } = await openWithSpeech(sectionPath, { voices: [german] });
		await page.getByRole('button', { name: `Vorlesen: ${sectionLabel}` }).click();
		await page.waitForFunction(() => (window as unknown as { __speech: SpeechHandle }).__speech.spoken.length === 1, null, {
			timeout: 5_000,
		});
		await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
		expect(await calls(page)).toEqual(['speak', 'cancel']);
		expect(await marked(page)).toBeNull();
	});
});

describe('„Vorlesen“ without a German voice', () => {
	it.each([
		['only an English voice', { voices: [english] }],
		['no speech synthesis at all', { voices: null }],
	] as const)('%s: no control shows, no player module is requested', async (_case, config) => {
		const { page, problems } = await openWithSpeech(sectionPath, config);
		await page.waitForLoadState('networkidle');
		if (config.voices) await page.evaluate(() => (window as unknown as { __speech: SpeechHandle }).__speech.arrive());
		const controls = page.locator('read-aloud');
		expect(await controls.count()).toBe(1);
		expect(await controls.isHidden()).toBe(true);
		await expect(page.getByRole('button', { name: /^Vorlesen/ }).count()).resolves.toBe(0);
		const loaded = await scripts(page);
		expect(loaded.some((path) => path.startsWith('/_astro/'))).toBe(true);
		expect(loaded.filter((path) => playerModule.test(path))).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('the long-read shows none of its five controls with only an English voice', async () => {
		const { page } = await openWithSpeech('/kanzlerwahl/', { voices: [english] });
		await page.waitForLoadState('networkidle');
		expect(await page.locator('read-aloud').count()).toBe(5);
		expect(await page.locator('read-aloud:not([hidden])').count()).toBe(0);
	});
});
