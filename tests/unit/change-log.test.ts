import { describe, expect, it } from 'vitest';
import { changeLogOf, itemTexts, modifiedAt } from '../../src/lib/content/change-log.ts';
import type { QuoteAt, References } from '../../src/lib/content/depth.ts';
import type { Reference } from '../../src/lib/content/model.ts';
import type { ArticleFrontmatter } from '../../src/lib/content/schema.ts';
import type { ReferenceAnchor } from '../../src/lib/markdown/rehype-references.ts';

/**
 * The editorial log → what readers see (src/lib/content/change-log.ts), called
 * directly: the texts an entry may quote, each entry checked (after
 * `published`, in time order, its passage found exactly once) and placed.
 * Only the front matter fields it reads are given; the passages found in the
 * text (anchors) are written out as the Markdown pipeline would report them.
 */
const frontmatter = (data: Record<string, unknown>) =>
	({
		title: 'Titel',
		description: 'Vorspann.',
		source: { statement: 'Quelle.' },
		published: '2026-11-25T09:29+01:00',
		editorialNotes: [],
		keyPoints: [],
		timeline: [],
		glossary: [],
		changes: [],
		...data,
	}) as unknown as ArticleFrontmatter;

const reference = (section: string): Reference => ({ quote: 'q', id: `beleg-${section}`, section, sentence: 'Satz.' });

/** A stand-in for fail(): throws its path and reason. */
const fail = (path: PropertyKey[], reason: string): never => {
	throw new Error(`${path.join('.')}: ${reason}`);
};

describe('the editorial texts an entry may quote', () => {
	it('lists every field readers see, with its item, its page and the section of its evidence', () => {
		const data = frontmatter({
			editorialNotes: ['Gekürzt.'],
			keyPoints: [{ text: 'Punkt.', quote: 'q1' }],
			timeline: [
				{ marker: 'Danach', text: 'Es geschah.', quote: 'q2' },
				{ date: '2025-01-01', text: 'Dann.' },
			],
			positions: {
				questions: [{ id: 'frage', label: 'Frage?' }],
				sides: [{ label: 'USA', stances: [{ question: 'frage', says: 'Ja.', quote: 'q3' }] }],
			},
			facts: { known: [{ says: 'Bekannt.', quote: 'q4' }], open: [{ says: 'Offen.' }] },
			glossary: [{ term: 'Kreml', definition: 'Amtssitz.' }],
			simple: { title: 'Einfach', parts: [{ section: 'eins', text: 'Eins.\n\nZwei  Wörter.\n' }] },
			translations: [{ original: 'peace', lang: 'en', translation: 'Frieden' }],
		});
		const references: References = new Map([
			['keyPoints[0].quote', reference('eins')],
			['timeline[0].quote', reference('zwei')],
			['positions.sides[0].stances[0].quote', reference('eins')],
			['facts.known[0].quote', reference('zwei')],
		]);
		// Translations stand in the text, where their correction is marked: they are not among the items.
		expect(itemTexts(data, references)).toEqual([
			{ field: 'title', item: 'title', text: 'Titel', page: 'article' },
			{ field: 'description', item: 'description', text: 'Vorspann.', page: 'article' },
			{ field: 'source.statement', item: 'source', text: 'Quelle.', page: 'article' },
			{ field: 'editorialNotes[0]', item: 'editorialNotes[0]', text: 'Gekürzt.', page: 'article' },
			{ field: 'keyPoints[0].text', item: 'keyPoints[0]', text: 'Punkt.', page: 'article', section: 'eins' },
			// A timeline entry is shown as „marker: text“: both fields compare against that.
			{ field: 'timeline[0].marker', item: 'timeline[0]', text: 'Danach', page: 'article', section: 'zwei', shown: 'Danach: Es geschah.' },
			{
				field: 'timeline[0].text',
				item: 'timeline[0]',
				text: 'Es geschah.',
				page: 'article',
				section: 'zwei',
				shown: 'Danach: Es geschah.',
			},
			{ field: 'timeline[1].text', item: 'timeline[1]', text: 'Dann.', page: 'article', shown: 'Dann.' },
			{ field: 'positions.questions[0].label', item: 'positions.questions[0]', text: 'Frage?', page: 'context' },
			{ field: 'positions.sides[0].label', item: 'positions.sides[0]', text: 'USA', page: 'context' },
			{ field: 'positions.sides[0].stances[0].says', item: 'positions.sides[0].stances[0]', text: 'Ja.', page: 'context', section: 'eins' },
			{ field: 'facts.known[0].says', item: 'facts.known[0]', text: 'Bekannt.', page: 'context', section: 'zwei' },
			{ field: 'facts.open[0].says', item: 'facts.open[0]', text: 'Offen.', page: 'context' },
			{ field: 'glossary[0].definition', item: 'glossary[0]', text: 'Amtssitz.', page: 'glossary' },
			{ field: 'simple.title', item: 'simple', text: 'Einfach', page: 'simple' },
			{
				field: 'simple.parts[0].text',
				item: 'simple.parts[0]',
				text: 'Eins.\n\nZwei  Wörter.\n',
				page: 'simple',
				paragraphs: ['Eins.', 'Zwei Wörter.'],
			},
		]);
	});

	it('lists only the fields an article has', () => {
		expect(itemTexts(frontmatter({}), new Map()).map((item) => item.field)).toEqual(['title', 'description', 'source.statement']);
	});
});

/**
 * One log entry per case, quoting `quote`; `lines` are the Markdown lines the
 * pipeline found it on, `anchor` the sentence or heading it found it in.
 */
function logOf(entries: Array<Record<string, unknown>>, found: Array<Partial<ReferenceAnchor>> = [], data: Record<string, unknown> = {}) {
	const front = frontmatter({ ...data, changes: entries });
	const quotes: QuoteAt[] = [];
	const anchors: ReferenceAnchor[] = [];
	entries.forEach((entry, index) => {
		if (entry.quote === undefined) return;
		quotes.push({ quote: entry.quote as string, path: ['changes', index, 'quote'], role: 'change', index });
		anchors.push({ quote: entry.quote as string, lines: [], ...found[quotes.length - 1] });
	});
	return changeLogOf('test', front, quotes, anchors, new Map(), fail);
}

describe('checking the log', () => {
	const entry = (at: string) => ({ at, kind: 'aktualisierung', note: 'Neu.' });

	it('refuses an entry before the article was published, and takes one at the same minute', () => {
		expect(() => logOf([entry('2026-11-25T08:28Z')])).toThrow(
			'changes.0.at: 2026-11-25T08:28Z liegt vor der Veröffentlichung (published: 2026-11-25T09:29+01:00). Ein Eintrag kann erst danach kommen.',
		);
		// 08:29 UTC is 09:29 in UTC+1: the same point in time.
		expect(logOf([entry('2026-11-25T08:29Z')]).map((change) => change.at)).toEqual(['2026-11-25T08:29Z']);
	});

	it('refuses an entry earlier than the one before it, and takes two at the same time', () => {
		expect(() => logOf([entry('2026-11-26T10:00+01:00'), entry('2026-11-27T10:00+01:00'), entry('2026-11-27T08:59Z')])).toThrow(
			'changes.2.at: 2026-11-27T08:59Z liegt vor dem Eintrag davor (2026-11-27T10:00+01:00). Die Einträge stehen in zeitlicher Reihenfolge, der neueste zuletzt.',
		);
		expect(logOf([entry('2026-11-27T10:00+01:00'), entry('2026-11-27T09:00Z')]).map((change) => change.number)).toEqual([1, 2]);
	});

	it('refuses a quoted passage that stands nowhere', () => {
		expect(() => logOf([{ ...entry('2026-11-26T10:00Z'), quote: 'Der Rat schwieg' }])).toThrow(
			'changes.0.quote: „Der Rat schwieg“ steht weder im Text noch in einem redaktionellen Eintrag. Kopieren Sie die geänderte Stelle wörtlich, wie sie jetzt steht.',
		);
	});

	it('refuses a passage that stands more than once, naming every line and field', () => {
		const data = { keyPoints: [{ text: 'Der Rat tagte.', quote: 'x' }] };
		expect(() => logOf([{ ...entry('2026-11-26T10:00Z'), quote: 'Der Rat tagte' }], [{ lines: [3, 9] }], data)).toThrow(
			'changes.0.quote: „Der Rat tagte“ steht 3-mal (Zeile 3, Zeile 9, keyPoints[0].text). Die geänderte Stelle muss genau einmal vorkommen: Nehmen Sie mehr Wörter dazu.',
		);
	});
});

describe('placing an entry', () => {
	const at = '2026-11-26T10:00+01:00';

	it('after a sentence of the text, linked to the sentence in the long-read; its diff against the sentence as it stands', () => {
		const [change] = logOf(
			[{ at, kind: 'korrektur', note: 'Abends.', before: 'Der Rat tagte am Morgen.', quote: 'tagte am Abend' }],
			[{ lines: [3], id: 'beleg-der-rat-tagte', section: 'eins', sentence: 'Der Rat  tagte\nam Abend.' }],
		);
		expect(change).toEqual({
			number: 1,
			id: 'aenderung-1',
			noteId: 'lb-aenderung-1',
			at,
			kind: 'korrektur',
			note: 'Abends.',
			// The sentence's whitespace runs read as one space.
			before: [{ text: 'Der Rat tagte am ' }, { text: 'Morgen', changed: true }, { text: '.' }],
			after: [{ text: 'Der Rat tagte am ' }, { text: 'Abend', changed: true }, { text: '.' }],
			place: { type: 'sentence', section: 'eins', anchor: 'beleg-der-rat-tagte' },
			placeHref: '/test/#beleg-der-rat-tagte',
		});
	});

	it('at a heading, when the passage is the section’s heading (its anchor is the section’s slug)', () => {
		const [change] = logOf(
			[{ at, kind: 'klarstellung', note: 'Titel.', quote: 'Der zweite Teil' }],
			[{ lines: [5], id: 'der-zweite-teil', section: 'der-zweite-teil', sentence: 'Der zweite Teil' }],
		);
		expect([change!.place, change!.placeHref]).toEqual([{ type: 'heading', section: 'der-zweite-teil' }, '/test/#der-zweite-teil']);
	});

	it('at an item, on the page that shows it, with its own anchor there', () => {
		const data = {
			keyPoints: [{ text: 'Der Rat tagte lange.', quote: 'x' }],
			facts: { known: [{ says: 'Die Brücke ist zu.', quote: 'y' }], open: [] },
			timeline: [{ marker: 'Danach', text: 'Die Sitzung endete.', quote: 'z' }],
		};
		const log = logOf(
			[
				{ at, kind: 'klarstellung', note: 'A.', before: 'Der Rat tagte kurz.', quote: 'Rat tagte lange' },
				{ at, kind: 'aktualisierung', note: 'B.', quote: 'Brücke ist zu' },
				{ at, kind: 'klarstellung', note: 'C.', before: 'Später: Die Sitzung endete.', quote: 'Sitzung endete' },
			],
			[],
			data,
		);
		expect(log.map((change) => [change.place, change.placeHref])).toEqual([
			[{ type: 'item', item: 'keyPoints[0]', page: 'article', section: undefined, paragraph: undefined }, '/test/#aenderung-1-stelle'],
			[
				{ type: 'item', item: 'facts.known[0]', page: 'context', section: undefined, paragraph: undefined },
				'/test/einordnung/#aenderung-2-stelle',
			],
			[{ type: 'item', item: 'timeline[0]', page: 'article', section: undefined, paragraph: undefined }, '/test/#aenderung-3-stelle'],
		]);
		expect(log[0]!.after).toEqual([{ text: 'Der Rat tagte ' }, { text: 'lange', changed: true }, { text: '.' }]);
		// Without `before` there is nothing to compare.
		expect([log[1]!.before, log[1]!.after]).toEqual([undefined, undefined]);
		// A timeline entry compares as shown: „marker: text“.
		expect(log[2]!.before).toEqual([{ text: 'Später', changed: true }, { text: ': Die Sitzung endete.' }]);
		expect(log[2]!.after).toEqual([{ text: 'Danach', changed: true }, { text: ': Die Sitzung endete.' }]);
	});

	it('in a paragraph of the simple version, compared with that paragraph', () => {
		const data = { simple: { title: 'Einfach', parts: [{ section: 'eins', text: 'Der Rat hat getagt.\n\nEr hat Geld.' }] } };
		const [change] = logOf([{ at, kind: 'korrektur', note: 'Geld.', before: 'Er hat kein Geld.', quote: 'Er hat Geld' }], [], data);
		expect([change!.place, change!.placeHref]).toEqual([
			{ type: 'item', item: 'simple.parts[0]', page: 'simple', section: undefined, paragraph: 1 },
			'/test/einfach/#aenderung-1-stelle',
		]);
		expect(change!.after!.map((part) => part.text).join('')).toBe('Er hat Geld.');
	});

	it('at a glossary definition, linked to the term on the glossary page', () => {
		const data = {
			glossary: [
				{ term: 'Bundestag', definition: 'Das Parlament.' },
				{ term: 'Ölpreis', definition: 'Der Preis für ein Fass Öl.' },
			],
		};
		const [change] = logOf([{ at, kind: 'klarstellung', note: 'Fass.', quote: 'Preis für ein Fass' }], [], data);
		expect([change!.place, change!.placeHref]).toEqual([
			{ type: 'item', item: 'glossary[1]', page: 'glossary', section: undefined, paragraph: undefined },
			'/glossar/#oelpreis',
		]);
	});

	it('nowhere without a quote: the earlier wording is shown as it was, unmarked', () => {
		const [change] = logOf([{ at, kind: 'aktualisierung', note: 'Neu.', before: 'Vorher so.' }]);
		expect(change).toMatchObject({ before: [{ text: 'Vorher so.' }], after: undefined, place: undefined, placeHref: undefined });
	});
});

describe('when an article last changed', () => {
	it('at its newest log entry, or when it was published', () => {
		expect(modifiedAt({ published: '2026-11-25T09:29+01:00', changes: [] })).toBe('2026-11-25T09:29+01:00');
		const changes = [{ at: '2026-11-26T10:00+01:00' }, { at: '2026-11-27T10:00Z' }] as ArticleFrontmatter['changes'];
		expect(modifiedAt({ published: '2026-11-25T09:29+01:00', changes })).toBe('2026-11-27T10:00Z');
	});
});
