import { describe, expect, it } from 'vitest';
import { correctionsIndex, GLOSSARY_USES_SHOWN, glossaryIndex, neighbours, searchFilterOptions } from '../../src/lib/content/derived.ts';
import type { Change, GlossaryEntry } from '../../src/lib/content/model.ts';
import { testContent } from '../helpers/content.ts';
import { article, participant, section } from '../helpers/models.ts';

/** What the site derives from all articles (src/lib/content/derived.ts): the glossary page, the search filters, the corrections page, a section's neighbours. */
describe('the glossary across articles', () => {
	const kreml: GlossaryEntry = { slug: 'kreml', term: 'Kreml', aliases: ['Kreml', 'Kremls'], definition: 'Amtssitz.' };
	const oel: GlossaryEntry = { slug: 'oelpreis', term: 'Ölpreis', aliases: [], definition: 'Preis.' };
	const nato: GlossaryEntry = { slug: 'nato', term: 'NATO', aliases: ['Nordatlantikpakt'], definition: 'Bündnis.' };

	it('lists each term once, alphabetically as German sorts (Ö with O), with every article and section that uses it', () => {
		const a = article('a', {
			glossary: [kreml, oel],
			sections: [section('eins', 1, { terms: ['kreml'] }), section('zwei', 2, { terms: ['oelpreis', 'kreml'] })],
		});
		const b = article('b', { glossary: [nato, { ...kreml, aliases: [] }], sections: [section('drei', 1, { terms: [] })] });
		const index = glossaryIndex([a, b]);
		expect(index.map((term) => term.term)).toEqual(['Kreml', 'NATO', 'Ölpreis']);
		expect(index[0]).toEqual({
			slug: 'kreml',
			term: 'Kreml',
			uses: [
				{
					article: { slug: 'a', title: 'Artikel a' },
					entry: kreml,
					sections: [
						{ slug: 'eins', title: 'Titel eins' },
						{ slug: 'zwei', title: 'Titel zwei' },
					],
					also: ['Kremls'],
					changes: [],
				},
				{ article: { slug: 'b', title: 'Artikel b' }, entry: { ...kreml, aliases: [] }, sections: [], also: [], changes: [] },
			],
			more: 0,
		});
		expect(index[1]!.uses[0]!.also).toEqual(['Nordatlantikpakt']);
	});

	it('gives each use the log entries that changed its definition in that article', () => {
		const correction = {
			number: 1,
			id: 'aenderung-1',
			noteId: 'lb-aenderung-1',
			at: '2026-11-26T10:00+01:00',
			kind: 'korrektur' as const,
			note: 'N.',
			place: { type: 'item' as const, item: 'glossary[1]', page: 'glossary' as const },
		};
		const elsewhere = { ...correction, number: 2, place: { type: 'item' as const, item: 'keyPoints[1]', page: 'article' as const } };
		const a = article('a', {
			glossary: [kreml, oel],
			changes: [correction, elsewhere],
			sections: [section('eins', 1, { terms: ['kreml', 'oelpreis'] })],
		});
		const [kremlTerm, oelTerm] = glossaryIndex([a]);
		expect(kremlTerm!.uses[0]!.changes).toEqual([]);
		expect(oelTerm!.uses[0]!.changes).toEqual([correction]);
	});

	it('shows the newest uses of a term only, and counts the older ones: the page does not grow with the archive', () => {
		const stories = Array.from({ length: 12 }, (_, index) =>
			article(`s${index}`, { glossary: [kreml], sections: [section('eins', 1, { terms: ['kreml'] })] }),
		);
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
		const a = article('a', {
			title: 'Gipfel',
			participants: [participant('trump', 'Donald Trump', 'G', 2), participant('stubb', 'Alexander Stubb', 'G', 0)],
		});
		const b = article('b', {
			title: 'Wahl',
			participants: [
				participant('merz', 'Friedrich Merz', 'G', 1),
				participant('trump', 'Donald Trump', 'G', 1),
				participant('aerger', 'Änne Ärger', 'G', 1),
			],
		});
		const filters = searchFilterOptions(
			[a, b],
			new Map([
				['trump', 'Trump, Donald'],
				['merz', 'Merz, Friedrich'],
			]),
		);
		expect(filters).toEqual({
			// „Änne Ärger“ has no sort key: her name sorts, Ä as A. Stubb takes part but is never named.
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
		const filters = searchFilterOptions(
			[dated('c', '2025-08-18'), dated('b', '2025-08-01'), article('u'), dated('a', '2024-12-31')],
			new Map(),
		);
		expect(filters.months).toEqual([
			{ value: 'August 2025', label: 'August 2025' },
			{ value: 'Dezember 2024', label: 'Dezember 2024' },
		]);
	});
});

describe('a section’s neighbours', () => {
	it('are the sections before and after it: none before the first and none after the last', async () => {
		const article = (await testContent()).articles.find((candidate) => candidate.slug === 'kanzlerwahl')!;
		const slugs = (found: ReturnType<typeof neighbours>) => [found.previous?.slug, found.next?.slug];
		// kanzlerwahl.md has four ## sections, in this order (the ### sub-headings are not sections).
		expect(article.sections.map((section) => [section.number, section.slug])).toEqual([
			[1, 'die-wahl-am-6-mai-2025'],
			[2, 'was-das-grundgesetz-vorschreibt'],
			[3, 'zwei-wahlgaenge-an-einem-tag'],
			[4, 'ernennung-und-vereidigung'],
		]);
		const [first, second, third, fourth] = article.sections;
		expect(slugs(neighbours(article, first!))).toEqual([undefined, 'was-das-grundgesetz-vorschreibt']);
		expect(slugs(neighbours(article, second!))).toEqual(['die-wahl-am-6-mai-2025', 'zwei-wahlgaenge-an-einem-tag']);
		expect(slugs(neighbours(article, third!))).toEqual(['was-das-grundgesetz-vorschreibt', 'ernennung-und-vereidigung']);
		expect(slugs(neighbours(article, fourth!))).toEqual(['zwei-wahlgaenge-an-einem-tag', undefined]);
	});

	it('are none for the only section of an article', async () => {
		const article = (await testContent()).articles.find((candidate) => candidate.slug === 'kurzmeldung')!;
		expect(article.sections).toHaveLength(1);
		expect(neighbours(article, article.sections[0]!)).toEqual({ previous: undefined, next: undefined });
	});
});

describe('the corrections page across articles', () => {
	const change = (number: number, at: string, kind: Change['kind']): Change => ({
		number,
		id: `aenderung-${number}`,
		noteId: `aenderung-${number}-notiz`,
		at,
		kind,
		note: `Eintrag ${number}.`,
	});
	const listed = (entries: ReturnType<typeof correctionsIndex>) => entries.map((entry) => `${entry.article.slug} ${entry.change.number}`);

	it('lists corrections and clarifications of every article, newest first, and leaves updates out', () => {
		const a = article('a', {
			changes: [change(1, '2025-08-19T10:00:00+02:00', 'korrektur'), change(2, '2025-08-21T09:00:00+02:00', 'aktualisierung')],
		});
		const b = article('b', {
			changes: [change(1, '2025-08-18T12:00:00+02:00', 'klarstellung'), change(2, '2025-08-20T08:00:00+02:00', 'korrektur')],
		});
		const entries = correctionsIndex([a, b, article('c')]);
		expect(listed(entries)).toEqual(['b 2', 'a 1', 'b 1']);
		expect(entries[1]).toEqual({ article: { slug: 'a', title: 'Artikel a' }, change: a.changes[0] });
	});

	it('compares the moments, not the written times: an entry in another time zone sorts where it happened', () => {
		// 09:30 in New York is 15:30 in Berlin, after 14:00 in Berlin although it reads earlier.
		const a = article('a', { changes: [change(1, '2025-08-19T14:00:00+02:00', 'korrektur')] });
		const b = article('b', { changes: [change(1, '2025-08-19T09:30:00-04:00', 'korrektur')] });
		expect(listed(correctionsIndex([a, b]))).toEqual(['b 1', 'a 1']);
	});

	it('puts entries of the same moment in the order of the articles’ addresses, and an article’s later entry first', () => {
		const at = '2025-08-19T10:00:00+02:00';
		const z = article('z', { changes: [change(1, at, 'korrektur')] });
		const a = article('a', { changes: [change(1, at, 'korrektur'), change(2, at, 'klarstellung')] });
		expect(listed(correctionsIndex([z, a]))).toEqual(['a 2', 'a 1', 'z 1']);
	});

	it('is empty when no article has a correction', () => {
		expect(correctionsIndex([article('a', { changes: [change(1, '2025-08-19T10:00:00+02:00', 'aktualisierung')] }), article('b')])).toEqual(
			[],
		);
	});
});
