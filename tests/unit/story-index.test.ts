import { describe, expect, it } from 'vitest';
import { storySearchTerms, storySectionPeople } from '../../src/lib/search/story-index.ts';

/** What a story's search document carries beside its text (src/lib/search/story-index.ts). */
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

describe('which sections name whom', () => {
	it('the names of the people each section names, by its slug; sections that name nobody are left out', () => {
		const article = {
			participants: [
				{ id: 'trump', name: 'Donald Trump' },
				{ id: 'rutte', name: 'Mark Rutte' },
			],
			sections: [
				{ slug: 'auftakt', mentions: { people: [{ id: 'trump', count: 2 }] } },
				{ slug: 'ohne', mentions: { people: [] } },
				{
					slug: 'gaeste',
					mentions: {
						people: [
							{ id: 'rutte', count: 1 },
							{ id: 'trump', count: 1 },
						],
					},
				},
			],
		} as unknown as Parameters<typeof storySectionPeople>[0];
		expect(storySectionPeople(article)).toEqual({ auftakt: ['Donald Trump'], gaeste: ['Mark Rutte', 'Donald Trump'] });
	});
});
