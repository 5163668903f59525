/**
 * „Vorlesen“: reads a section (its heading, then its text) or the whole
 * article (the headline, then every section) with the browser's speech
 * synthesis and a German voice, one utterance per sentence. The sentence
 * being read is marked with the CSS Custom Highlight API (no change to the
 * text) and kept in view. Loaded on the first press of a `<read-aloud>`
 * button (reveal.ts); every later press comes here too.
 */
import { de } from '../../i18n/de.ts';
import { ids, readAloud } from '../../lib/contract.ts';
import { utterancesOf, type Utterance } from '../../lib/read-aloud/utterances.ts';
import { germanVoice } from '../../lib/read-aloud/voice.ts';

/** Elements whose text holds sentences; a text node belongs to the nearest one. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, caption, figcaption, pre, blockquote, figure, div';
/** Not read: what search leaves out (section tools, anchor links), popovers (glossary definitions), controls. */
const SKIP = '[data-pagefind-ignore], [popover], [hidden], [aria-hidden="true"], read-aloud, share-link, button, script, style, template';

interface Reading {
	control: HTMLElement;
	blocks: HTMLElement[];
	queue: Utterance[];
	index: number;
	paused: boolean;
	/** The utterance being spoken: events of any other (cancelled) one are ignored. */
	current?: SpeechSynthesisUtterance;
	voice: SpeechSynthesisVoice | undefined;
}

let reading: Reading | undefined;

/** Whether a text node is left out within `container`: inside a skipped element there. */
function skipped(node: Node, container: Element): boolean {
	const skip = node.parentElement?.closest(SKIP);
	return !!skip && container.contains(skip);
}

/** The text nodes of a block that are read: the block's own (not a nested block's), outside what is skipped. */
function textNodes(block: HTMLElement): Text[] {
	const nodes: Text[] = [];
	const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (node.parentElement?.closest(BLOCKS) === block && !skipped(node, block)) nodes.push(node as Text);
	}
	return nodes;
}

/** The blocks of text inside a root, in reading order (a root may itself be one: a heading). */
function blocksIn(root: Element | null | undefined): HTMLElement[] {
	const blocks = new Set<HTMLElement>();
	if (!root) return [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const block = node.parentElement?.closest<HTMLElement>(BLOCKS);
		if (block && root.contains(block) && node.textContent?.trim() && !skipped(node, root)) blocks.add(block);
	}
	return [...blocks];
}

/** A section's heading and text: on the long-read its `<section>`, on a section page the page's `<article>`. */
function sectionBlocks(slug: string): HTMLElement[] {
	const heading = document.getElementById(slug);
	return [...blocksIn(heading), ...blocksIn(heading?.closest('[data-section], article')?.querySelector('.prose'))];
}

/** What a control reads: its section, or the headline and then every section of the article. */
function blocksFor(control: HTMLElement): HTMLElement[] {
	const slug = control.dataset[readAloud.section];
	if (slug) return sectionBlocks(slug);
	const sections = [...document.querySelectorAll<HTMLElement>('section[data-section]')];
	return [
		...blocksIn(document.getElementById(ids.articleTitle)),
		...sections.flatMap((section) => sectionBlocks(section.dataset['section']!)),
	];
}

/** The mark on the sentence being read, and the sentence's block in view. */
function mark(block: HTMLElement, utterance: Utterance): void {
	block.scrollIntoView({ block: 'nearest' });
	if (!('highlights' in CSS)) return;
	const range = document.createRange();
	let offset = 0;
	let started = false;
	for (const node of textNodes(block)) {
		const end = offset + node.length;
		if (!started && utterance.start < end) {
			range.setStart(node, utterance.start - offset);
			started = true;
		}
		if (started && utterance.end <= end) {
			range.setEnd(node, utterance.end - offset);
			break;
		}
		offset = end;
	}
	CSS.highlights.set(readAloud.highlight, new Highlight(range));
}

/** A button's accessible name: its action and what the control reads (as the server wrote it in ReadAloud.astro). */
function label(control: HTMLElement, action: string): string {
	const slug = control.dataset[readAloud.section];
	return de.readAloudLabel(action, slug ? document.getElementById(slug)?.textContent?.trim() : undefined);
}

function buttons(control: HTMLElement): { main: HTMLButtonElement; stop: HTMLButtonElement } {
	const main = control.querySelector<HTMLButtonElement>('button:not([data-stop])')!;
	let stop = control.querySelector<HTMLButtonElement>('button[data-stop]');
	if (!stop) {
		stop = document.createElement('button');
		stop.type = 'button';
		stop.dataset['stop'] = '';
		stop.textContent = de.readAloudStop;
		stop.setAttribute('aria-label', label(control, de.readAloudStop));
		stop.hidden = true;
		main.after(stop);
	}
	return { main, stop };
}

/** The control's buttons and live region for its state: idle, reading or paused. */
function show(control: HTMLElement, state: 'idle' | 'reading' | 'paused', announcement: string): void {
	const { main, stop } = buttons(control);
	const action = state === 'idle' ? de.readAloud : state === 'reading' ? de.readAloudPause : de.readAloudResume;
	main.textContent = action;
	main.setAttribute('aria-label', label(control, action));
	if (state === 'idle' && stop.contains(document.activeElement)) main.focus();
	stop.hidden = state === 'idle';
	const status = control.querySelector('[role=status]');
	if (status) status.textContent = announcement;
}

function speak(current: Reading): void {
	const item = current.queue[current.index];
	if (!item) return stop(de.readAloudStopped);
	const utterance = new SpeechSynthesisUtterance(item.text);
	utterance.lang = 'de-DE';
	if (current.voice) utterance.voice = current.voice;
	utterance.onend = () => {
		if (reading !== current || current.current !== utterance) return;
		current.index += 1;
		speak(current);
	};
	utterance.onerror = (event) => {
		// Cancelled by stop() or by another reading: that one has already said so.
		if (reading !== current || current.current !== utterance || event.error === 'interrupted' || event.error === 'canceled') return;
		stop(de.readAloudStopped);
	};
	current.current = utterance;
	mark(current.blocks[item.block]!, item);
	speechSynthesis.speak(utterance);
}

/** Ends the reading (if any): speech cancelled, mark removed, the control back to „Vorlesen“. */
function stop(announcement?: string): void {
	const ended = reading;
	if (!ended) return;
	reading = undefined;
	speechSynthesis.cancel();
	if ('highlights' in CSS) CSS.highlights.delete(readAloud.highlight);
	show(ended.control, 'idle', announcement ?? '');
}

function start(control: HTMLElement): void {
	const blocks = blocksFor(control);
	const queue = utterancesOf(
		blocks.map((block) =>
			textNodes(block)
				.map((node) => node.data)
				.join(''),
		),
	);
	if (queue.length === 0) return;
	// After a pause, Chromium keeps new utterances paused until it is resumed.
	if (speechSynthesis.paused) speechSynthesis.resume();
	reading = { control, blocks, queue, index: 0, paused: false, voice: germanVoice(speechSynthesis.getVoices()) };
	show(control, 'reading', de.readAloudStarted);
	speak(reading);
}

/** A click in a `<read-aloud>` control: on its main button or its stop button. */
export function press(target: EventTarget | null): void {
	const button = target instanceof Element ? target.closest('button') : null;
	const control = button?.closest<HTMLElement>('read-aloud');
	if (!button || !control) return;
	if (reading?.control !== control) {
		stop();
		start(control);
	} else if (button.hasAttribute('data-stop')) {
		stop(de.readAloudStopped);
	} else if (reading.paused) {
		reading.paused = false;
		speechSynthesis.resume();
		show(control, 'reading', de.readAloudResumed);
	} else {
		reading.paused = true;
		speechSynthesis.pause();
		show(control, 'paused', de.readAloudPaused);
	}
}

// Leaving the page: the browser would go on speaking.
addEventListener('pagehide', () => stop());
