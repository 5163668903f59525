import { describe, expect, it } from 'vitest';
import { sectionHit, type HeadingAnchor, type StoryResult } from '../../src/lib/search/story-hit.ts';
import { storySearchTerms } from '../../src/lib/search/story-index.ts';

/**
 * A story as Pagefind returns it: the text of its sections, each opened by
 * its heading, and the headings' word positions (counted here as Pagefind
 * counts them: words split by spaces).
 */
function story(sections: Array<{ id: string; title: string; text: string; sub?: { id: string; title: string } }>): StoryResult & { at: (word: string, nth?: number) => number } {
	const words: string[] = [];
	const anchors: HeadingAnchor[] = [];
	for (const section of sections) {
		anchors.push({ element: 'h2', id: section.id, text: section.title, location: words.length });
		words.push(...`${section.title}.`.split(' '));
		const [before, after] = section.sub ? section.text.split('|') : [section.text, ''];
		words.push(...before!.trim().split(' '));
		if (section.sub) {
			anchors.push({ element: 'h3', id: section.sub.id, text: section.sub.title, location: words.length });
			words.push(...`${section.sub.title}.`.split(' '), ...after!.trim().split(' '));
		}
	}
	const at = (word: string, nth = 0) => words.map((candidate, index) => (candidate.startsWith(word) ? index : -1)).filter((index) => index >= 0)[nth]!;
	return { content: words.join(' '), anchors, sub_results: [], at };
}

const summit = story([
	{ id: 'auftakt', title: 'Der Auftakt', text: 'Trump empfing Selenskyj im Weißen Haus. Das Treffen dauerte zwei Stunden.' },
	{ id: 'garantien', title: 'Sicherheitsgarantien bleiben offen', text: 'Bodentruppen schloss Trump aus. Selenskyj nannte das Treffen gut.' },
	{ id: 'gaeste', title: 'Wer noch kam', text: 'Auch Rutte und Meloni waren beim Treffen. | Rutte sprach zuletzt.', sub: { id: 'nato', title: 'Die Nato' } },
]);

describe('a story hit leads to the section the query matched best', () => {
	it('the section with the most of Pagefind’s match positions, its heading and its own text only', () => {
		const result = { ...summit, sub_results: [{ locations: [summit.at('Treffen'), summit.at('Treffen', 1)] }, { locations: [summit.at('Treffen', 2)] }] };
		// One „Treffen“ in each section: without positions the first would win; Pagefind's say the first two do.
		const hit = sectionHit({ ...result, sub_results: [{ locations: [summit.at('Treffen', 1)] }] }, 'Treffen');
		expect(hit).toMatchObject({ id: 'garantien', title: 'Sicherheitsgarantien bleiben offen', others: 2 });
		expect(hit!.text).toBe('Sicherheitsgarantien bleiben offen. Bodentruppen schloss Trump aus. Selenskyj nannte das Treffen gut.');
		expect(sectionHit(result, 'Treffen')!.id).toBe('auftakt');
	});

	it('positions under a lower heading count for the section around it', () => {
		const hit = sectionHit({ ...summit, sub_results: [{ locations: [summit.at('Rutte', 1), summit.at('Rutte')] }] }, 'Rutte');
		expect(hit).toMatchObject({ id: 'gaeste', title: 'Wer noch kam', others: 0 });
		expect(hit!.text).toBe('Wer noch kam. Auch Rutte und Meloni waren beim Treffen. Die Nato. Rutte sprach zuletzt.');
	});

	it('more of the query’s words beat more matches of one of them', () => {
		// „Trump“ twice in the first section would win on positions; only the second has „Bodentruppen“ as well.
		const result = { ...summit, sub_results: [{ locations: [summit.at('Trump'), summit.at('Trump', 1)] }] };
		expect(sectionHit(result, 'Trump Bodentruppen')!.id).toBe('garantien');
	});

	it('a match on index-only terms alone (no positions) finds the word the term stands for', () => {
		const hit = sectionHit(summit, 'Truppen', 'truppen→Bodentruppen zelensky→Selenskyj');
		expect(hit).toMatchObject({ id: 'garantien', others: 0 });
		// „Zelensky“ stands for „Selenskyj“, in two sections: the first of equals.
		expect(sectionHit(summit, 'Zelensky', 'truppen→Bodentruppen zelensky→Selenskyj')).toMatchObject({ id: 'auftakt', others: 1 });
	});

	it('with a person to prefer (the search’s person filter), a section that names them comes first among equals', () => {
		expect(sectionHit(summit, 'Treffen')!.id).toBe('auftakt');
		const hit = sectionHit(summit, 'Treffen', undefined, 'Mark Rutte');
		expect(hit).toMatchObject({ id: 'gaeste', others: 2 });
		// The person does not outrank the query: a section without the query's word is never chosen for the name alone.
		expect(sectionHit(summit, 'Bodentruppen', undefined, 'Mark Rutte')!.id).toBe('garantien');
	});

	it('a page without section headings has no section hit; a heading missing from the text still gets one', () => {
		expect(sectionHit({ content: 'Ein Glossar ohne Abschnitte.', anchors: [{ element: 'h3', id: 'x', text: 'X', location: 0 }] }, 'Glossar')).toBeUndefined();
		expect(sectionHit({ content: 'Nur Text.' }, 'Text')).toBeUndefined();
		// The second heading's text is not in the content as Pagefind reports it: its word position marks the cut.
		const odd = sectionHit({ content: 'Erster Teil. Text eins. Zweiter Teil. Text zwei.', anchors: [{ element: 'h2', id: 'a', text: 'Erster Teil', location: 0 }, { element: 'h2', id: 'b', text: 'Anders geschrieben', location: 4 }] }, 'zwei');
		expect(odd).toEqual({ id: 'b', title: 'Anders geschrieben', text: 'Zweiter Teil. Text zwei.', others: 0 });
	});
});

describe('a story’s index-only terms', () => {
	const section = (title: string, blocks: string[], searchTerms: string[]) => ({ title, blocks, searchTerms });

	it('all sections’ terms once each, without those whose typed word the story’s text holds anyway', () => {
		const terms = storySearchTerms({
			sections: [
				section('Der Auftakt', ['Trumps Gäste kamen früh.'], ['truppen→Bodentruppen', 'zelensky→Selenskyj']),
				section('Garantien', ['Selenskyj dankte Trump.'], ['zelensky→Selenskyj', 'trumps→Trump', 'reichs→Frankreichs']),
			],
		} as unknown as Parameters<typeof storySearchTerms>[0]);
		// „trumps“ is a term of the second section only: the first section's text has the word itself.
		expect(terms).toEqual(['truppen→Bodentruppen', 'zelensky→Selenskyj', 'reichs→Frankreichs']);
	});
});
