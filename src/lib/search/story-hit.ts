import { matchSummary } from './excerpt.ts';

/**
 * The search index holds one document per story (its long-read), so that
 * the index's metadata grows with the stories, not with their sections. A
 * hit still leads to a section: the one where the query matched most. This
 * module finds it in Pagefind's result data, without the DOM.
 */

/** A heading with an id in the indexed text, as Pagefind reports it (`location`: its word position). */
export interface HeadingAnchor {
	element: string;
	id: string;
	text: string;
	location: number;
}

/** The part of a Pagefind result this module reads. */
export interface StoryResult {
	content: string;
	anchors?: readonly HeadingAnchor[] | undefined;
	/** Pagefind's matches by heading: `locations` are word positions in `content`. */
	sub_results?: ReadonlyArray<{ locations?: readonly number[] | undefined }> | undefined;
}

export interface SectionHit {
	/** The section's heading id: its slug. */
	id: string;
	title: string;
	/** The section's text, for the excerpt. */
	text: string;
	/** Other sections of the story where the query matched too. */
	others: number;
}

/** The level of a section heading in a long-read: the level below the story's headline. */
const SECTION_HEADING = 'h2';

/**
 * The section of a story result that matches the query best, or `undefined`
 * for a page without section headings. Best is what Pagefind would rank first
 * if each section were a page of its own: the most of the query's words
 * (directly or through the index-only terms, which Pagefind matches for the
 * whole page without a position), then the most words of `prefer` (the
 * person a search is filtered by), then the most of Pagefind's match
 * positions, then the most marked words; the earlier section on a tie.
 */
export function sectionHit(result: StoryResult, query: string, terms?: string, prefer?: string): SectionHit | undefined {
	const sections = [...(result.anchors ?? [])].filter((anchor) => anchor.element === SECTION_HEADING).sort((a, b) => a.location - b.location);
	if (sections.length === 0) return undefined;
	const texts = sectionTexts(result.content, sections);
	const positions: number[] = sections.map(() => 0);
	for (const location of (result.sub_results ?? []).flatMap((sub) => sub.locations ?? [])) {
		positions[Math.max(0, sections.findLastIndex((section) => section.location <= location))]! += 1;
	}
	const scores = texts.map((text, index) => {
		const { queryWords, matches } = matchSummary(text, query, terms);
		const preferred = prefer ? matchSummary(text, prefer).queryWords : 0;
		return [queryWords, preferred, positions[index]!, matches] as const;
	});
	const better = (a: readonly number[], b: readonly number[]) => {
		const differs = a.findIndex((value, index) => value !== b[index]);
		return differs >= 0 && a[differs]! > b[differs]!;
	};
	const best = scores.reduce((top, score, index) => (better(score, scores[top]!) ? index : top), 0);
	const section = sections[best]!;
	const matched = scores.filter(([queryWords, , found], index) => index !== best && (queryWords > 0 || found > 0)).length;
	return { id: section.id, title: section.text, text: texts[best]!, others: matched };
}

/**
 * Each section's text: from its heading to the next section's heading, found
 * by the heading's words in order (Pagefind's word positions do not always
 * map to characters of `content`: it counts some words differently from a
 * split at spaces), or by its word position where the heading's text is not
 * found.
 */
function sectionTexts(content: string, sections: readonly HeadingAnchor[]): string[] {
	const wordStarts = Array.from(content.matchAll(/\S+/g), (match) => match.index);
	let from = 0;
	const starts = sections.map((section) => {
		const found = content.indexOf(section.text, from);
		const at = found >= 0 ? found : Math.max(from, wordStarts[section.location] ?? content.length);
		from = found >= 0 ? found + section.text.length : at;
		return at;
	});
	return starts.map((start, index) => content.slice(start, starts[index + 1] ?? content.length).trim());
}
