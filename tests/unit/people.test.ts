import { describe, expect, it } from 'vitest';
import { buildPeople, byNewest } from '../../src/lib/content/people.ts';
import { article, file, participant, section } from '../helpers/models.ts';

/** The people of the site and the order of articles (src/lib/content/people.ts), on models written out by hand. */

describe('people and where the articles name them', () => {
	const gipfel = article('gipfel', {
		participants: [participant('trump', 'Donald Trump', 'Gastgeber', 1), participant('putin', 'Wladimir Putin', 'Erwähnt', 1)],
		sections: [
			section('eins', 1, {
				mentions: {
					sentences: [
						{
							text: 'Trump rief Putin an.',
							matches: [
								{ id: 'trump', start: 0, end: 5 },
								{ id: 'putin', start: 11, end: 16 },
							],
						},
						{ text: 'Putin schwieg.', matches: [{ id: 'putin', start: 0, end: 5 }] },
					],
					people: [
						{ id: 'trump', count: 1 },
						{ id: 'putin', count: 2 },
					],
					quotes: [
						{ id: 'trump', text: 'Ja', sentence: '„Ja“, sagte Trump.' },
						{ id: 'putin', text: 'Nein', sentence: '„Nein“, sagte Putin.' },
					],
				},
			}),
			section('zwei', 2, {
				mentions: {
					sentences: [{ text: 'Putin nicht.', matches: [{ id: 'putin', start: 0, end: 5 }] }],
					people: [{ id: 'putin', count: 1 }],
					quotes: [],
				},
			}),
		],
	});

	it('gives each person the sections that name them, with only their own names marked, and their quotes', () => {
		const [trump] = buildPeople([{ id: 'trump', file: 'participants/trump.yaml', data: file('Donald Trump', 'Trump, Donald') }], [gipfel]);
		expect(trump).toEqual({
			name: 'Donald Trump',
			role: 'Rolle',
			organisation: 'Land',
			aliases: [],
			sortName: 'Trump, Donald',
			id: 'trump',
			file: 'participants/trump.yaml',
			sortKey: 'Trump, Donald',
			appearances: [
				{
					article: 'gipfel',
					headline: 'Artikel gipfel',
					// The article's dates: its entry in the person's feed carries them.
					published: '2026-11-25T09:29+01:00',
					modified: '2026-11-25T09:29+01:00',
					hasChanges: false,
					group: 'Gastgeber',
					sections: [
						{
							slug: 'eins',
							number: 1,
							title: 'Titel eins',
							sentences: [{ text: 'Trump rief Putin an.', matches: [{ id: 'trump', start: 0, end: 5 }] }],
						},
					],
					quotes: [{ id: 'trump', text: 'Ja', sentence: '„Ja“, sagte Trump.', section: 'eins', sectionTitle: 'Titel eins' }],
				},
			],
		});
	});

	it('lists a person’s articles in the order given, and none for a person in no article', () => {
		const other = article('andere', { participants: [participant('putin', 'Wladimir Putin', 'Gast', 0)] });
		const people = buildPeople(
			[
				{ id: 'putin', file: 'p.yaml', data: file('Wladimir Putin') },
				{ id: 'merz', file: 'm.yaml', data: file('Friedrich Merz') },
			],
			[other, gipfel],
		);
		expect(
			people.map((person) => [
				person.id,
				person.sortKey,
				person.appearances.map((appearance) => [appearance.article, appearance.group, appearance.sections.length]),
			]),
		).toEqual([
			['merz', 'Friedrich Merz', []],
			[
				'putin',
				'Wladimir Putin',
				[
					['andere', 'Gast', 0],
					['gipfel', 'Erwähnt', 2],
				],
			],
		]);
	});

	it('sorts people by sort key as German does (Ä with A), then by id', () => {
		const people = buildPeople(
			[
				{ id: 'b', file: 'b.yaml', data: file('Zora') },
				{ id: 'c', file: 'c.yaml', data: file('Ärger') },
				{ id: 'a', file: 'a.yaml', data: file('Zora') },
				{ id: 'd', file: 'd.yaml', data: file('Bernd') },
			],
			[],
		);
		expect(people.map((person) => person.id)).toEqual(['c', 'd', 'a', 'b']);
	});
});

describe('articles, newest first', () => {
	it('sorts by event date, descending; articles without an event last; the same date by slug', () => {
		const articles = [
			article('ohne-b'),
			article('alt', { event: { date: '2024-05-01', place: 'Berlin' } }),
			article('ohne-a'),
			article('neu-b', { event: { date: '2025-01-02', place: 'Berlin' } }),
			article('neu-a', { event: { date: '2025-01-02', place: 'Berlin' } }),
		];
		expect(articles.sort(byNewest).map((item) => item.slug)).toEqual(['neu-a', 'neu-b', 'alt', 'ohne-a', 'ohne-b']);
	});
});
