import { describe, expect, it } from 'vitest';
import { attributeQuotes, createMatcher, type NamedPerson } from '../../src/lib/mentions.ts';

const people: NamedPerson[] = [
	{ id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'] },
	{ id: 'wladimir-putin', name: 'Wladimir Putin', aliases: ['Putin'] },
	{ id: 'emmanuel-macron', name: 'Emmanuel Macron', aliases: ['Macron'] },
];
const matcher = createMatcher(people);
const quotes = (sentence: string) => attributeQuotes(sentence, matcher.find(sentence)).map((quote) => [quote.id, quote.text]);

describe('the longest name form wins, whatever order the people are listed in', () => {
	const father = { id: 'donald-trump', name: 'Donald Trump', aliases: [] };
	const son = { id: 'donald-trump-jr', name: 'Donald Trump Jr.', aliases: [] };

	// „Donald Trump“ is a prefix of „Donald Trump Jr.“ and is followed by a space, not a letter:
	// only trying the longer form first finds the son.
	it.each([
		['father first', [father, son]],
		['son first', [son, father]],
	])('„Donald Trump Jr.“ is the son (%s)', (_order, list) => {
		expect(createMatcher(list).find('Gestern sprach Donald Trump Jr. in Florida.')).toEqual([{ id: 'donald-trump-jr', start: 15, end: 31 }]);
	});
});

describe('the speaker after a verb of saying, when the sentence’s subject is someone else', () => {
	// Macron comes first in each sentence: without the verb rule, the quote would be his.
	it.each([
		['Macron: „Ja“ sagt Trump.', 'no comma'],
		['Macron: „Ja“ , sagte Trump.', 'a space before the comma'],
		['Macron: „Ja“,sagte Trump.', 'no space after the comma'],
		['Macron: „Ja“, sagte  Trump.', 'two spaces before the name'],
	])('%s (%s)', (sentence) => {
		expect(quotes(sentence)).toEqual([['donald-trump', 'Ja']]);
	});

	it('the verb must follow the quote directly: „so“ later in the sentence does not make a speaker', () => {
		// After the quote: „ und Trump, so …“. A verb found later must not count, even where its length
		// happens to point at a name (5 characters „, so “ → „Trump“ at offset 5).
		expect(quotes('Putin: „Ja“ und Trump, so hieß es.')).toEqual([['wladimir-putin', 'Ja']]);
	});
});

describe('names inside quotes when a sentence has several quotes', () => {
	it('a name inside one of two quotes is not the subject', () => {
		// Trump stands inside the first quote only; Putin is the first name outside every quote.
		expect(quotes('„Trump kommt“, hieß es, „bald“, und Putin schwieg.')).toEqual([
			['wladimir-putin', 'Trump kommt'],
			['wladimir-putin', 'bald'],
		]);
	});
});
