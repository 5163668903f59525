import { describe, expect, it } from 'vitest';
import { GLOSSARY_USES_SHOWN, glossaryIndex, searchFilters } from '../../src/lib/content/derived.ts';
import type { ArticleModel, CastMember, GlossaryEntry, Section } from '../../src/lib/content/model.ts';
import { buildPeople, byNewest } from '../../src/lib/content/people.ts';
import { articleCard, listingKey, personSummary } from '../../src/lib/content/projections.ts';
import type { PersonFile } from '../../src/lib/content/schema.ts';

/** Models written out by hand: what the functions under test read, and the rest empty (the cast: fields they never read). */
function section(slug: string, number: number, fields: Partial<Section> = {}): Section {
	return ({
		slug,
		number,
		title: `Titel ${slug}`,
		titleHtml: '',
		headingHtml: '',
		bodyHtml: '',
		blocks: [],
		summary: '',
		terms: [],
		mentions: { sentences: [], people: [], quotes: [] },
		searchTerms: [],
		...fields,
	}) as Section;
}

const member = (id: string, name: string, group: string, sections: number): CastMember => ({ id, group, name, role: 'Rolle', organisation: 'Land', sections });

function article(slug: string, fields: Partial<ArticleModel> = {}): ArticleModel {
	return ({
		slug,
		file: `content/articles/${slug}.md`,
		title: `Artikel ${slug}`,
		description: '',
		event: undefined,
		source: { statement: 'Quelle.' },
		editorialNotes: [],
		translations: [],
		published: '2026-11-25T09:29+01:00',
		modified: '2026-11-25T09:29+01:00',
		changes: [],
		warnings: [],
		cast: [],
		groups: [],
		keyPoints: [],
		timeline: [],
		glossary: [],
		sections: [],
		...fields,
	}) as ArticleModel;
}

const file = (name: string, sortName?: string): PersonFile => ({ name, role: 'Rolle', organisation: 'Land', aliases: [], ...(sortName ? { sortName } : {}) });

describe('people and where the articles name them', () => {
	const gipfel = article('gipfel', {
		cast: [member('trump', 'Donald Trump', 'Gastgeber', 1), member('putin', 'Wladimir Putin', 'Erwähnt', 1)],
		sections: [
			section('eins', 1, {
				mentions: {
					sentences: [
						{ text: 'Trump rief Putin an.', matches: [{ id: 'trump', start: 0, end: 5 }, { id: 'putin', start: 11, end: 16 }] },
						{ text: 'Putin schwieg.', matches: [{ id: 'putin', start: 0, end: 5 }] },
					],
					people: [{ id: 'trump', count: 1 }, { id: 'putin', count: 2 }],
					quotes: [{ id: 'trump', text: 'Ja', sentence: '„Ja“, sagte Trump.' }, { id: 'putin', text: 'Nein', sentence: '„Nein“, sagte Putin.' }],
				},
			}),
			section('zwei', 2, { mentions: { sentences: [{ text: 'Putin nicht.', matches: [{ id: 'putin', start: 0, end: 5 }] }], people: [{ id: 'putin', count: 1 }], quotes: [] } }),
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
					sections: [{ slug: 'eins', number: 1, title: 'Titel eins', sentences: [{ text: 'Trump rief Putin an.', matches: [{ id: 'trump', start: 0, end: 5 }] }] }],
					quotes: [{ id: 'trump', text: 'Ja', sentence: '„Ja“, sagte Trump.', section: 'eins', sectionTitle: 'Titel eins' }],
				},
			],
		});
	});

	it('lists a person’s articles in the order given, and none for a person no article casts', () => {
		const other = article('andere', { cast: [member('putin', 'Wladimir Putin', 'Gast', 0)] });
		const people = buildPeople([{ id: 'putin', file: 'p.yaml', data: file('Wladimir Putin') }, { id: 'merz', file: 'm.yaml', data: file('Friedrich Merz') }], [other, gipfel]);
		expect(people.map((person) => [person.id, person.sortKey, person.appearances.map((appearance) => [appearance.article, appearance.group, appearance.sections.length])])).toEqual([
			['merz', 'Friedrich Merz', []],
			['putin', 'Wladimir Putin', [['andere', 'Gast', 0], ['gipfel', 'Erwähnt', 2]]],
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

describe('the glossary across articles', () => {
	const kreml: GlossaryEntry = { slug: 'kreml', term: 'Kreml', aliases: ['Kreml', 'Kremls'], definition: 'Amtssitz.' };
	const oel: GlossaryEntry = { slug: 'oelpreis', term: 'Ölpreis', aliases: [], definition: 'Preis.' };
	const nato: GlossaryEntry = { slug: 'nato', term: 'NATO', aliases: ['Nordatlantikpakt'], definition: 'Bündnis.' };

	it('lists each term once, alphabetically as German sorts (Ö with O), with every article and section that uses it', () => {
		const a = article('a', { glossary: [kreml, oel], sections: [section('eins', 1, { terms: ['kreml'] }), section('zwei', 2, { terms: ['oelpreis', 'kreml'] })] });
		const b = article('b', { glossary: [nato, { ...kreml, aliases: [] }], sections: [section('drei', 1, { terms: [] })] });
		const index = glossaryIndex([a, b]);
		expect(index.map((term) => term.term)).toEqual(['Kreml', 'NATO', 'Ölpreis']);
		expect(index[0]).toEqual({
			slug: 'kreml',
			term: 'Kreml',
			uses: [
				{ article: { slug: 'a', title: 'Artikel a' }, entry: kreml, sections: [{ slug: 'eins', title: 'Titel eins' }, { slug: 'zwei', title: 'Titel zwei' }], also: ['Kremls'], changes: [] },
				{ article: { slug: 'b', title: 'Artikel b' }, entry: { ...kreml, aliases: [] }, sections: [], also: [], changes: [] },
			],
			more: 0,
		});
		expect(index[1]!.uses[0]!.also).toEqual(['Nordatlantikpakt']);
	});

	it('gives each use the log entries that changed its definition in that article', () => {
		const correction = { number: 1, id: 'aenderung-1', noteId: 'lb-aenderung-1', at: '2026-11-26T10:00+01:00', kind: 'korrektur' as const, note: 'N.', place: { type: 'item' as const, item: 'glossary[1]', page: 'glossary' as const } };
		const elsewhere = { ...correction, number: 2, place: { type: 'item' as const, item: 'keyPoints[1]', page: 'article' as const } };
		const a = article('a', { glossary: [kreml, oel], changes: [correction, elsewhere], sections: [section('eins', 1, { terms: ['kreml', 'oelpreis'] })] });
		const [kremlTerm, oelTerm] = glossaryIndex([a]);
		expect(kremlTerm!.uses[0]!.changes).toEqual([]);
		expect(oelTerm!.uses[0]!.changes).toEqual([correction]);
	});

	it('shows the newest uses of a term only, and counts the older ones: the page does not grow with the archive', () => {
		const stories = Array.from({ length: 12 }, (_, index) => article(`s${index}`, { glossary: [kreml], sections: [section('eins', 1, { terms: ['kreml'] })] }));
		const [term] = glossaryIndex(stories);
		expect(GLOSSARY_USES_SHOWN).toBe(5);
		expect(term!.uses.map((use) => use.article.slug)).toEqual(['s0', 's1', 's2', 's3', 's4']);
		expect(term!.more).toBe(7);
		const [two] = glossaryIndex(stories.slice(0, 2), 1);
		expect(two!.uses.map((use) => use.article.slug)).toEqual(['s0']);
		expect(two!.more).toBe(1);
	});
});

describe('the search page’s filters', () => {
	it('offers the people the texts name, once, by sort name, and the articles in their order', () => {
		const a = article('a', { title: 'Gipfel', cast: [member('trump', 'Donald Trump', 'G', 2), member('stubb', 'Alexander Stubb', 'G', 0)] });
		const b = article('b', { title: 'Wahl', cast: [member('merz', 'Friedrich Merz', 'G', 1), member('trump', 'Donald Trump', 'G', 1), member('aerger', 'Änne Ärger', 'G', 1)] });
		const filters = searchFilters([a, b], new Map([['trump', 'Trump, Donald'], ['merz', 'Merz, Friedrich']]));
		expect(filters).toEqual({
			// „Änne Ärger“ has no sort key: her name sorts, Ä as A. Stubb is cast but never named.
			people: [
				{ value: 'Änne Ärger', label: 'Änne Ärger' },
				{ value: 'Friedrich Merz', label: 'Friedrich Merz' },
				{ value: 'Donald Trump', label: 'Donald Trump' },
			],
			articles: [
				{ value: 'Gipfel', label: 'Gipfel' },
				{ value: 'Wahl', label: 'Wahl' },
			],
			// Neither has a date.
			months: [],
		});
	});

	it('offers the months of the dated articles once each, in the articles’ order (newest first)', () => {
		const dated = (slug: string, date: string) => article(slug, { event: { date, place: 'Berlin' } });
		const filters = searchFilters([dated('c', '2025-08-18'), dated('b', '2025-08-01'), article('u'), dated('a', '2024-12-31')], new Map());
		expect(filters.months).toEqual([
			{ value: 'August 2025', label: 'August 2025' },
			{ value: 'Dezember 2024', label: 'Dezember 2024' },
		]);
	});
});

describe('what the lists show (projections: props and cache keys)', () => {
	it('an article’s card: headline, lede, event, number of sections, reading time — and nothing else', () => {
		const story = article('gipfel', { title: 'Gipfel', description: 'Vorspann.', event: { date: '2025-08-18', place: 'Washington' }, sections: [section('eins', 1), section('zwei', 2)], readingMinutes: 3 });
		expect(articleCard(story)).toEqual({ slug: 'gipfel', title: 'Gipfel', description: 'Vorspann.', event: { date: '2025-08-18', place: 'Washington' }, sectionCount: 2, readingMinutes: 3 });
	});

	it('a person’s summary counts articles and the sections that name them', () => {
		const named = (slug: string, number: number) => section(slug, number, { mentions: { sentences: [{ text: 'Putin schwieg.', matches: [{ id: 'putin', start: 0, end: 5 }] }], people: [{ id: 'putin', count: 1 }], quotes: [] } });
		const stories = [article('a', { cast: [member('putin', 'Wladimir Putin', 'Gast', 2)], sections: [named('eins', 1), named('zwei', 2), section('drei', 3)] }), article('b', { cast: [member('putin', 'Wladimir Putin', 'Gast', 1)], sections: [named('eins', 1)] })];
		const [person] = buildPeople([{ id: 'putin', file: 'p.yaml', data: { ...file('Wladimir Putin'), role: 'Präsident', organisation: 'Russland' } }], stories);
		// Two sections of the first story and one of the second.
		expect(personSummary(person!)).toEqual({ id: 'putin', name: 'Wladimir Putin', role: 'Präsident', organisation: 'Russland', articles: 2, sections: 3 });
	});

	it('a listing’s key changes with anything a card shows, and only with that', () => {
		const story = article('a', { title: 'A', sections: [section('eins', 1)] });
		const key = listingKey(1, [articleCard(story)]);
		expect(listingKey(1, [articleCard({ ...story, readingMinutes: story.readingMinutes + 1 })])).not.toBe(key);
		expect(listingKey(1, [articleCard({ ...story, glossary: [] , timeline: [] })])).toBe(key);
	});
});
