import { matchSummary } from './excerpt.ts';

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
	const texts = sectionTexts(result.content, sections);
	const positions: number[] = sections.map(() => 0);
	for (const location of (result.sub_results ?? []).flatMap((sub) => sub.locations ?? [])) {
		positions[
			Math.max(
				0,
				sections.findLastIndex((section) => section.location <= location),
			)
		]! += 1;
	}
	const scores = texts.map((text, index) => {
		const { queryWords, matches } = matchSummary(text, query, terms);
		return { queryWords, preferred: prefer?.has(sections[index]!.id) ? 1 : 0, positions: positions[index]!, matches };
	});
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
		text: texts[best]!,
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

/**
 * Each section's text: from its heading to the next section's heading. A
 * heading stands at its word position (Pagefind counts the words of
 * `content` split at white space); where its text is not found there, the
 * next place after the previous heading where it is, else the position.
 */
function sectionTexts(content: string, sections: readonly HeadingAnchor[]): string[] {
	const wordStarts = Array.from(content.matchAll(/\S+/g), (match) => match.index);
	let from = 0;
	const starts = sections.map((section) => {
		const placed = wordStarts[section.location];
		const found =
			placed !== undefined && placed >= from && content.startsWith(section.text, placed) ? placed : content.indexOf(section.text, from);
		const at = found >= 0 ? found : Math.max(from, placed ?? content.length);
		from = found >= 0 ? found + section.text.length : at;
		return at;
	});
	return starts.map((start, index) => content.slice(start, starts[index + 1] ?? content.length).trim());
}
