import { matchedByQueryWord, matchesWithin, matchSummary } from './excerpt.ts';
import { lastAtOrBefore, placedWordsOf, type PlacedWords } from './words.ts';

/**
 * The search index holds one document per story (its search document,
 * `src/pages/[article]/suchdokument.astro`: each section a heading with its
 * slug as id), so that the index's metadata grows with the stories, not with
 * their sections. A hit still leads to a section: the one that matches best.
 * This module finds it in Pagefind's result data, without the DOM.
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

/** The element of a section's heading in a story's search document. */
export const SECTION_HEADING = 'h2';

/**
 * The section of a story result that matches the query best, or `undefined`
 * for a page without section headings or a story that matches in no section
 * (only in its headline, say). Best is what Pagefind would rank first if each
 * section were a page of its own: the most of the query's words (directly or
 * through the index-only terms, which Pagefind matches for the whole page
 * without a position), then a section of `prefer` (those that name the person
 * a search is filtered by), then the most of Pagefind's match positions, then
 * the most marked words; the earlier section on a tie.
 */
export function sectionHit(result: StoryResult, query: string, terms?: string, prefer?: ReadonlySet<string>): SectionHit | undefined {
	const sections = [...(result.anchors ?? [])]
		.filter((anchor) => anchor.element === SECTION_HEADING)
		.sort((a, b) => a.location - b.location);
	if (sections.length === 0) return undefined;
	const starts = sectionStarts(result.content, sections);
	const positions: number[] = sections.map(() => 0);
	for (const location of (result.sub_results ?? []).flatMap((sub) => sub.locations ?? [])) {
		positions[
			Math.max(
				0,
				sections.findLastIndex((section) => section.location <= location),
			)
		]! += 1;
	}
	const matches = sectionMatches(result.content, starts, query, terms);
	const scores = matches.map(({ queryWords, matches }, index) => ({
		queryWords,
		preferred: prefer?.has(sections[index]!.id) ? 1 : 0,
		positions: positions[index]!,
		matches,
	}));
	const matched = (score: (typeof scores)[number]) => score.queryWords > 0 || score.positions > 0;
	const rank = (score: (typeof scores)[number]) => [score.queryWords, score.preferred, score.positions, score.matches];
	const better = (a: number[], b: number[]) => {
		const differs = a.findIndex((value, index) => value !== b[index]);
		return differs >= 0 && a[differs]! > b[differs]!;
	};
	const best = scores.reduce((top, score, index) => (better(rank(score), rank(scores[top]!)) ? index : top), 0);
	if (!matched(scores[best]!)) return undefined;
	const section = sections[best]!;
	return {
		id: section.id,
		title: section.text,
		text: sectionText(result.content, starts, best),
		others: scores.filter((score, index) => index !== best && matched(score)).length,
	};
}

/**
 * Which sections of a story name each person: the search document's
 * `abschnittspersonen` metadata (`{"<section slug>": ["<name>", …]}`), read
 * into the set of sections that name `person`.
 */
export function sectionsNaming(meta: string | undefined, person: string): Set<string> {
	try {
		const bySection = JSON.parse(meta ?? '{}') as Record<string, unknown>;
		return new Set(
			Object.entries(bySection)
				.filter(([, names]) => Array.isArray(names) && names.includes(person))
				.map(([slug]) => slug),
		);
	} catch {
		return new Set();
	}
}

/** Where each section's text begins, and the story's words. */
interface Placed {
	starts: number[];
	words: PlacedWords;
}

/**
 * Where each section's text begins: at its heading. A heading stands at its word position (Pagefind counts the
 * words of `content` split at white space); where its text is not found there, the next place after the previous
 * heading where it is, else the position. Each begins where the one before it begins or later.
 */
function sectionStarts(content: string, sections: readonly HeadingAnchor[]): Placed {
	const words = placedWordsOf(content);
	let from = 0;
	const starts = sections.map((section) => {
		const placed = words.begins[section.location];
		const found =
			placed !== undefined && placed >= from && content.startsWith(section.text, placed) ? placed : content.indexOf(section.text, from);
		const at = found >= 0 ? found : Math.max(from, placed ?? content.length);
		from = found >= 0 ? found + section.text.length : at;
		return at;
	});
	return { starts, words };
}

/** A section's text: from its heading to the next section's heading. */
function sectionText(content: string, { starts }: Pick<Placed, 'starts'>, index: number): string {
	return content.slice(starts[index], starts[index + 1] ?? content.length).trim();
}

/** The index of the word that begins at `start` (the count of words where it is the text's end), if one does. */
function wordAt(words: PlacedWords, start: number, end: number): number | undefined {
	if (start === end) return words.texts.length;
	const index = lastAtOrBefore(words.begins, start);
	return words.begins[index] === start ? index : undefined;
}

/**
 * How each section matches the query (`matchSummary` of its text), from one pass over the story's words: a section
 * that begins at a word (as headings do) holds the story's words from its first up to the next section's first.
 * Where a section begins inside a word or a space, each section's text is matched on its own.
 */
function sectionMatches(
	content: string,
	placed: Placed,
	query: string,
	terms: string | undefined,
): Array<{ queryWords: number; matches: number }> {
	const first = placed.starts.map((start) => wordAt(placed.words, start, content.length));
	if (!first.every((index): index is number => index !== undefined))
		return placed.starts.map((_start, index) => matchSummary(sectionText(content, placed, index), query, terms));
	const matched = matchedByQueryWord(placed.words.texts, query, terms);
	return first.map((from, index) => {
		const { positions, queryWords } = matchesWithin(matched, from, first[index + 1] ?? placed.words.texts.length);
		return { queryWords, matches: positions.size };
	});
}
