import { describe, expect, it } from 'vitest';
import { buildPeople } from '../../src/lib/content/people.ts';
import { articleCard, listingKey, personSummary } from '../../src/lib/content/projections.ts';
import { article, file, participant, section } from '../helpers/models.ts';

/** What the lists show of an article or a person (src/lib/content/projections.ts), on models written out by hand. */
describe('what the lists show (projections: props and cache keys)', () => {
	it('an article’s card: headline, lede, event, number of sections, reading time — and nothing else', () => {
		const story = article('gipfel', {
			title: 'Gipfel',
			description: 'Vorspann.',
			event: { date: '2025-08-18', place: 'Washington' },
			sections: [section('eins', 1), section('zwei', 2)],
			readingMinutes: 3,
		});
		expect(articleCard(story)).toEqual({
			slug: 'gipfel',
			title: 'Gipfel',
			description: 'Vorspann.',
			event: { date: '2025-08-18', place: 'Washington' },
			sectionCount: 2,
			readingMinutes: 3,
		});
	});

	it('a person’s summary counts articles and the sections that name them', () => {
		const named = (slug: string, number: number) =>
			section(slug, number, {
				mentions: {
					sentences: [{ text: 'Putin schwieg.', matches: [{ id: 'putin', start: 0, end: 5 }] }],
					people: [{ id: 'putin', count: 1 }],
					quotes: [],
				},
			});
		const stories = [
			article('a', {
				participants: [participant('putin', 'Wladimir Putin', 'Gast', 2)],
				sections: [named('eins', 1), named('zwei', 2), section('drei', 3)],
			}),
			article('b', { participants: [participant('putin', 'Wladimir Putin', 'Gast', 1)], sections: [named('eins', 1)] }),
		];
		const [person] = buildPeople(
			[{ id: 'putin', file: 'p.yaml', data: { ...file('Wladimir Putin'), role: 'Präsident', organisation: 'Russland' } }],
			stories,
		);
		// Two sections of the first story and one of the second.
		expect(personSummary(person!)).toEqual({
			id: 'putin',
			name: 'Wladimir Putin',
			role: 'Präsident',
			organisation: 'Russland',
			articles: 2,
			sections: 3,
		});
	});

	it('a listing’s key changes with anything a card shows, and only with that', () => {
		const story = article('a', { title: 'A', sections: [section('eins', 1)] });
		const key = listingKey(1, [articleCard(story)]);
		expect(listingKey(1, [articleCard({ ...story, readingMinutes: story.readingMinutes + 1 })])).not.toBe(key);
		expect(listingKey(1, [articleCard({ ...story, glossary: [], timeline: [] })])).toBe(key);
	});
});
