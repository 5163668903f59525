import { diffWords } from 'diff';
import type { ChangeKind } from './schema.ts';

/**
 * An article's editorial log, as readers see it: which entries count as
 * corrections, where an entry's marker stands, and what the corrected
 * passage said before and says now, word by word. Pure functions; the
 * article build (./article.ts) resolves each entry's place.
 */

/** A correction or a clarification changed published wording: both are listed on /korrekturen/ and in JSON-LD. */
export const isCorrection = (kind: ChangeKind) => kind === 'korrektur' || kind === 'klarstellung';

/** A run of words of one side of a word-level diff; `changed` on words the other side lacks. */
export interface DiffPart {
	text: string;
	changed?: true;
}

/** What the passage said before (the words taken out marked) and says now (the words put in marked). */
export function wordDiff(before: string, after: string): { before: DiffPart[]; after: DiffPart[] } {
	const result: { before: DiffPart[]; after: DiffPart[] } = { before: [], after: [] };
	const push = (side: DiffPart[], text: string, changed: boolean) => {
		const last = side.at(-1);
		if (last && Boolean(last.changed) === changed) last.text += text;
		else side.push(changed ? { text, changed: true } : { text });
	};
	for (const part of diffWords(before, after)) {
		if (!part.added) push(result.before, part.value, part.removed);
		if (!part.removed) push(result.after, part.value, part.added);
	}
	// A common run takes the new text's spacing: neither side ends in a space.
	for (const side of [result.before, result.after]) {
		const last = side.at(-1);
		if (last) last.text = last.text.trimEnd();
	}
	return result;
}

/**
 * Where an entry's marker stands: a sentence of the text (its anchor), a
 * section's heading, or an editorial item, named by its field path
 * (`keyPoints[4]`, `positions.sides[1].stances[0]`) on the page that shows it.
 */
export type ChangePlace =
	| { type: 'sentence'; section: string; anchor: string }
	| { type: 'heading'; section: string }
	| { type: 'item'; item: string; page: ItemPage; section?: string | undefined; paragraph?: number | undefined };

/** The page an editorial item is shown on (beside the long-read, where key points, timeline and notes stand). */
export type ItemPage = 'article' | 'context' | 'simple' | 'glossary';

/** An editorial item's text as the change log searches it: its field path, its item's path, where it is shown. */
export interface ItemText {
	/** The field (`timeline[2].text`). */
	field: string;
	/** The item the field belongs to (`timeline[2]`): where the marker stands. */
	item: string;
	text: string;
	page: ItemPage;
	section?: string | undefined;
	/** For texts of several paragraphs (the simple version's parts): paragraphs, blank-line separated. */
	paragraphs?: readonly string[];
	/** The whole item as readers see it, where more than the field (a timeline entry: „Danach: …“): what its diff compares. */
	shown?: string;
}

/** Whitespace runs as one space: a quote matches across the line breaks of YAML block text. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** An item's text (or paragraphs) squeezed once: a story's log looks up each of its quotes in the same items. */
const squeezed = new WeakMap<ItemText, string[]>();
function squeezedPieces(item: ItemText): string[] {
	let pieces = squeezed.get(item);
	if (!pieces) squeezed.set(item, (pieces = (item.paragraphs ?? [item.text]).map(squeeze)));
	return pieces;
}

/** Every place among the items where `quote` stands (twice in one field counts twice). */
export function findInItems(quote: string, items: readonly ItemText[]): Array<{ item: ItemText; paragraph?: number | undefined }> {
	const needle = squeeze(quote);
	const found: Array<{ item: ItemText; paragraph?: number | undefined }> = [];
	if (!needle) return found;
	for (const item of items) {
		squeezedPieces(item).forEach((haystack, index) => {
			for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
				found.push({ item, paragraph: item.paragraphs ? index : undefined });
			}
		});
	}
	return found;
}

/** The item path of a field: `timeline[2].text` → `timeline[2]`; an item that is a plain text (`editorialNotes[0]`) is its own item. */
export function itemOf(field: string): string {
	return field.endsWith(']') ? field : field.replace(/\.[^.[\]]+$/, '');
}

/** The pages that list an article's log entries (each lists those whose markers it shows; the long-read lists them all). */
export type ChangePage = { type: 'article' } | { type: 'section'; section: string } | { type: 'context' } | { type: 'simple' } | { type: 'glossary' };

interface Placed {
	place?: ChangePlace | undefined;
}

/** Whether a page lists the entry (and so a marker there links to the entry on the same page). */
export function listedOn(change: Placed, page: ChangePage): boolean {
	const place = change.place;
	switch (page.type) {
		case 'article':
			return true;
		case 'section':
			return place !== undefined && place.section === page.section && (place.type !== 'item' || place.page === 'article');
		case 'context':
		case 'simple':
			return place?.type === 'item' && place.page === page.type;
		case 'glossary':
			return false;
	}
}

/** The entries whose marker stands at an item (`keyPoints[4]`), optionally in one paragraph of it. */
export function changesAt<Entry extends Placed>(changes: readonly Entry[], item: string, paragraph?: number): Entry[] {
	return changes.filter((change) => change.place?.type === 'item' && change.place.item === item && (paragraph === undefined || change.place.paragraph === paragraph));
}

/** The entries whose marker stands at a section's heading. */
export function changesAtHeading<Entry extends Placed>(changes: readonly Entry[], section: string): Entry[] {
	return changes.filter((change) => change.place?.type === 'heading' && change.place.section === section);
}

/** The entries whose marker follows a sentence of a section (the marker is in the text; its popover beside it). */
export function changesInSentences<Entry extends Placed>(changes: readonly Entry[], section: string): Entry[] {
	return changes.filter((change) => change.place?.type === 'sentence' && change.place.section === section);
}

/** Newest first, as readers scan a log; entries of the same time in reverse order of the log. */
export function newestFirst<Entry extends { number: number }>(changes: readonly Entry[]): Entry[] {
	return [...changes].sort((a, b) => b.number - a.number);
}
