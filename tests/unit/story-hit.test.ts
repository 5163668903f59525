import { describe, expect, it } from 'vitest';
import { sectionHit, sectionsNaming, type HeadingAnchor, type StoryResult } from '../../src/lib/search/story-hit.ts';

/**
 * A story as Pagefind returns it: the text of its sections, each opened by
 * its heading, and the headings' word positions (counted here as Pagefind
 * counts them: words split by spaces).
 */
function story(
	sections: Array<{ id: string; title: string; text: string; sub?: { id: string; title: string } }>,
): StoryResult & { at: (word: string, nth?: number) => number } {
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
	const at = (word: string, nth = 0) =>
		words.map((candidate, index) => (candidate.startsWith(word) ? index : -1)).filter((index) => index >= 0)[nth]!;
	return { content: words.join(' '), anchors, sub_results: [], at };
}

const summit = story([
	{ id: 'auftakt', title: 'Der Auftakt', text: 'Trump empfing Selenskyj im Weißen Haus. Das Treffen dauerte zwei Stunden.' },
	{
		id: 'garantien',
		title: 'Sicherheitsgarantien bleiben offen',
		text: 'Bodentruppen schloss Trump aus. Selenskyj nannte das Treffen gut.',
	},
	{
		id: 'gaeste',
		title: 'Wer noch kam',
		text: 'Auch Rutte und Meloni waren beim Treffen. | Rutte sprach zuletzt.',
		sub: { id: 'nato', title: 'Die Nato' },
	},
]);

describe('a story hit leads to the section that matches best', () => {
	it('among sections with the query’s word, the one with the most of Pagefind’s match positions; its heading and its own text only', () => {
		// „Treffen“ once in each section: without positions the first of equals.
		expect(sectionHit(summit, 'Treffen')).toMatchObject({ id: 'auftakt', others: 2 });
		const hit = sectionHit({ ...summit, sub_results: [{ locations: [summit.at('Treffen', 1)] }] }, 'Treffen');
		expect(hit).toMatchObject({ id: 'garantien', title: 'Sicherheitsgarantien bleiben offen', others: 2 });
		expect(hit!.text).toBe('Sicherheitsgarantien bleiben offen. Bodentruppen schloss Trump aus. Selenskyj nannte das Treffen gut.');
	});

	it('positions under a lower heading count for the section around it', () => {
		// The position is a word after „Die Nato“ (h3) in the third section.
		const hit = sectionHit({ ...summit, sub_results: [{ locations: [summit.at('zuletzt')] }] }, 'Treffen');
		expect(hit).toMatchObject({ id: 'gaeste', title: 'Wer noch kam', others: 2 });
		expect(hit!.text).toBe('Wer noch kam. Auch Rutte und Meloni waren beim Treffen. Die Nato. Rutte sprach zuletzt.');
	});

	it('more of the query’s words beat more match positions', () => {
		// Three positions in the first section; only the second has both words.
		const result = { ...summit, sub_results: [{ locations: [summit.at('Trump'), summit.at('empfing'), summit.at('Treffen')] }] };
		expect(sectionHit(result, 'Trump')!.id).toBe('auftakt');
		expect(sectionHit(result, 'Trump Bodentruppen')!.id).toBe('garantien');
	});

	it('a match on index-only terms alone (no positions) finds the word the term stands for', () => {
		const hit = sectionHit(summit, 'Truppen', 'truppen→Bodentruppen zelensky→Selenskyj');
		expect(hit).toMatchObject({ id: 'garantien', others: 0 });
		// „Zelensky“ stands for „Selenskyj“, in two sections: the first of equals.
		expect(sectionHit(summit, 'Zelensky', 'truppen→Bodentruppen zelensky→Selenskyj')).toMatchObject({ id: 'auftakt', others: 1 });
	});

	it('with the sections that name the filtered person, one of them comes first among equals, never for the name alone', () => {
		const naming = sectionsNaming(JSON.stringify({ gaeste: ['Mark Rutte', 'Giorgia Meloni'], auftakt: ['Donald Trump'] }), 'Mark Rutte');
		expect([...naming]).toEqual(['gaeste']);
		expect(sectionHit(summit, 'Treffen', undefined, naming)).toMatchObject({ id: 'gaeste', others: 2 });
		// Pagefind's positions count less than naming the person, the query's words more.
		expect(sectionHit({ ...summit, sub_results: [{ locations: [summit.at('Treffen')] }] }, 'Treffen', undefined, naming)!.id).toBe(
			'gaeste',
		);
		expect(sectionHit(summit, 'Bodentruppen', undefined, naming)!.id).toBe('garantien');
		expect([...sectionsNaming('kein JSON', 'Mark Rutte')]).toEqual([]);
		expect([...sectionsNaming(undefined, 'Mark Rutte')]).toEqual([]);
	});

	it('a story that matches in no section (its headline, say) has no section hit; nor has a page without section headings', () => {
		expect(sectionHit(summit, 'Gipfel')).toBeUndefined();
		expect(
			sectionHit({ content: 'Ein Glossar ohne Abschnitte.', anchors: [{ element: 'h3', id: 'x', text: 'X', location: 0 }] }, 'Glossar'),
		).toBeUndefined();
		expect(sectionHit({ content: 'Nur Text.' }, 'Text')).toBeUndefined();
	});

	it('a heading is found at its word position, even where its words stand earlier in the text', () => {
		const content = 'Eins. Das Ergebnis kam spät. Das Ergebnis. Zwei Sätze hier.';
		const anchors = [
			{ element: 'h2', id: 'a', text: 'Eins', location: 0 },
			{ element: 'h2', id: 'b', text: 'Das Ergebnis', location: 5 },
		];
		expect(sectionHit({ content, anchors }, 'kam')).toEqual({ id: 'a', title: 'Eins', text: 'Eins. Das Ergebnis kam spät.', others: 0 });
		expect(sectionHit({ content, anchors }, 'Sätze')).toEqual({
			id: 'b',
			title: 'Das Ergebnis',
			text: 'Das Ergebnis. Zwei Sätze hier.',
			others: 0,
		});
		// A heading whose text is not where its position says: found after the previous heading, else cut at its position.
		const odd = sectionHit(
			{
				content: 'Erster Teil. Text eins. Zweiter Teil. Text zwei.',
				anchors: [
					{ element: 'h2', id: 'a', text: 'Erster Teil', location: 0 },
					{ element: 'h2', id: 'b', text: 'Anders geschrieben', location: 4 },
				],
			},
			'zwei',
		);
		expect(odd).toEqual({ id: 'b', title: 'Anders geschrieben', text: 'Zweiter Teil. Text zwei.', others: 0 });
	});
});
