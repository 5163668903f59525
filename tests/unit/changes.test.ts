import { describe, expect, it } from 'vitest';
import {
	changesAt,
	changesAtHeading,
	changesInSentences,
	findInItems,
	isCorrection,
	itemOf,
	listedOn,
	newestFirst,
	wordDiff,
	type ChangePage,
	type ChangePlace,
	type ItemText,
} from '../../src/lib/content/changes.ts';

/**
 * An article's editorial log as readers see it (src/lib/content/changes.ts):
 * which entries are corrections, what a passage said before and says now
 * word by word, where an entry's marker stands and which pages list it.
 */
describe('corrections', () => {
	it('are corrections and clarifications: both changed published wording; an update is neither', () => {
		expect(isCorrection('korrektur')).toBe(true);
		expect(isCorrection('klarstellung')).toBe(true);
		expect(isCorrection('aktualisierung')).toBe(false);
	});
});

describe('what a passage said before and says now', () => {
	it('marks the word taken out on the one side and the word put in on the other', () => {
		expect(wordDiff('Der Rat tagte am Morgen.', 'Der Rat tagte am Abend.')).toEqual({
			before: [{ text: 'Der Rat tagte am ' }, { text: 'Morgen', changed: true }, { text: '.' }],
			after: [{ text: 'Der Rat tagte am ' }, { text: 'Abend', changed: true }, { text: '.' }],
		});
	});

	it('marks nothing where nothing changed: each side is the passage in one piece', () => {
		expect(wordDiff('Der Rat tagte.', 'Der Rat tagte.')).toEqual({
			before: [{ text: 'Der Rat tagte.' }],
			after: [{ text: 'Der Rat tagte.' }],
		});
	});

	it('marks a word only one side has on that side alone', () => {
		const diff = wordDiff('Der Rat tagte am Abend.', 'Der Rat tagte erst am Abend.');
		expect(diff.before.filter((part) => part.changed)).toEqual([]);
		expect(diff.before.map((part) => part.text).join('')).toBe('Der Rat tagte am Abend.');
		expect(diff.after.filter((part) => part.changed).map((part) => part.text.trim())).toEqual(['erst']);
		expect(diff.after.map((part) => part.text).join('')).toBe('Der Rat tagte erst am Abend.');
	});

	it('ends neither side in a space', () => {
		expect(wordDiff('Der Rat tagte. ', 'Der Rat tagte. ')).toEqual({
			before: [{ text: 'Der Rat tagte.' }],
			after: [{ text: 'Der Rat tagte.' }],
		});
	});

	it('has no parts for no words', () => {
		expect(wordDiff('', '')).toEqual({ before: [], after: [] });
	});
});

describe('finding a quoted passage among the editorial items', () => {
	const items: ItemText[] = [
		{ field: 'keyPoints[0].text', item: 'keyPoints[0]', text: 'Der Rat tagte\n  am Abend.', page: 'article', section: 'eins' },
		{
			field: 'simple.parts[0].text',
			item: 'simple.parts[0]',
			text: 'Eins.\n\nDer Rat tagte.',
			page: 'simple',
			paragraphs: ['Eins.', 'Der Rat tagte.'],
		},
		{ field: 'editorialNotes[0]', item: 'editorialNotes[0]', text: 'Tagte, tagte.', page: 'article' },
	];

	it('finds the quote in a field, whitespace runs read as one space', () => {
		expect(findInItems('tagte am   Abend', items)).toEqual([{ item: items[0], paragraph: undefined }]);
	});

	it('names the paragraph of an item of several paragraphs', () => {
		expect(findInItems('Eins.', items)).toEqual([{ item: items[1], paragraph: 0 }]);
	});

	it('counts every place: twice in one item is twice', () => {
		expect(findInItems('Der Rat tagte', items)).toEqual([
			{ item: items[0], paragraph: undefined },
			{ item: items[1], paragraph: 1 },
		]);
		expect(findInItems('agte', items)).toHaveLength(4);
	});

	it('finds nothing for a quote that is not there, or a blank one', () => {
		expect(findInItems('Der Rat schwieg', items)).toEqual([]);
		expect(findInItems('  ', items)).toEqual([]);
	});
});

describe('the item a field belongs to', () => {
	it.each([
		['timeline[2].text', 'timeline[2]'],
		['positions.sides[1].stances[0].says', 'positions.sides[1].stances[0]'],
		['positions.questions[0].label', 'positions.questions[0]'],
		['source.statement', 'source'],
		['simple.title', 'simple'],
		// An item that is a plain text is its own item; so is a top-level field.
		['editorialNotes[0]', 'editorialNotes[0]'],
		['title', 'title'],
	])('%s → %s', (field, item) => {
		expect(itemOf(field)).toBe(item);
	});
});

describe('where the entries are listed and marked', () => {
	const sentence: ChangePlace = { type: 'sentence', section: 'eins', anchor: 'beleg-der-rat' };
	const heading: ChangePlace = { type: 'heading', section: 'zwei' };
	const keyPoint: ChangePlace = { type: 'item', item: 'keyPoints[0]', page: 'article', section: 'eins' };
	const fact: ChangePlace = { type: 'item', item: 'facts.known[0]', page: 'context', section: 'eins' };
	const simple: ChangePlace = { type: 'item', item: 'simple.parts[0]', page: 'simple', paragraph: 1 };
	const definition: ChangePlace = { type: 'item', item: 'glossary[0]', page: 'glossary' };
	const places = { sentence, heading, keyPoint, fact, simple, definition, nowhere: undefined };
	const listing = (page: ChangePage) =>
		Object.entries(places)
			.filter(([, place]) => listedOn({ place }, page))
			.map(([name]) => name);

	it('the long-read lists every entry, with or without a place', () => {
		expect(listing({ type: 'article' })).toEqual(['sentence', 'heading', 'keyPoint', 'fact', 'simple', 'definition', 'nowhere']);
	});

	it('a section page lists the entries in its section shown on the long-read: sentences, its heading, key points', () => {
		expect(listing({ type: 'section', section: 'eins' })).toEqual(['sentence', 'keyPoint']);
		expect(listing({ type: 'section', section: 'zwei' })).toEqual(['heading']);
		expect(listing({ type: 'section', section: 'drei' })).toEqual([]);
	});

	it('the context page and the simple version list the items they show; the glossary lists none', () => {
		expect(listing({ type: 'context' })).toEqual(['fact']);
		expect(listing({ type: 'simple' })).toEqual(['simple']);
		expect(listing({ type: 'glossary' })).toEqual([]);
	});

	const log = [
		{ number: 1, place: sentence },
		{ number: 2, place: keyPoint },
		{ number: 3, place: heading },
		{ number: 4, place: simple },
		{ number: 5 },
		{ number: 6, place: { type: 'item' as const, item: 'simple.parts[0]', page: 'simple' as const, paragraph: 0 } },
		{ number: 7, place: { type: 'sentence' as const, section: 'zwei', anchor: 'beleg-die-sitzung' } },
	];
	const numbers = (entries: ReadonlyArray<{ number: number }>) => entries.map((entry) => entry.number);

	it('finds the entries at an item, in one paragraph of it if asked', () => {
		expect(numbers(changesAt(log, 'keyPoints[0]'))).toEqual([2]);
		expect(numbers(changesAt(log, 'simple.parts[0]'))).toEqual([4, 6]);
		expect(numbers(changesAt(log, 'simple.parts[0]', 1))).toEqual([4]);
		expect(numbers(changesAt(log, 'simple.parts[0]', 0))).toEqual([6]);
		expect(numbers(changesAt(log, 'keyPoints[1]'))).toEqual([]);
	});

	it('finds the entries at a section’s heading, and those after its sentences', () => {
		expect(numbers(changesAtHeading(log, 'zwei'))).toEqual([3]);
		expect(numbers(changesAtHeading(log, 'eins'))).toEqual([]);
		expect(numbers(changesInSentences(log, 'eins'))).toEqual([1]);
		expect(numbers(changesInSentences(log, 'zwei'))).toEqual([7]);
	});

	it('shows the log newest first, leaving the log itself as it is', () => {
		expect(numbers(newestFirst(log))).toEqual([7, 6, 5, 4, 3, 2, 1]);
		expect(numbers(log)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});
});
