import { describe, expect, it } from 'vitest';
import { analyseSection, attributeQuotes, createMatcher, type NamedPerson } from '../../src/lib/mentions.ts';

const people: NamedPerson[] = [
	// The name given again as an alias, and a blank alias: neither is a second owner.
	{ id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump', 'Donald Trump', '  '] },
	{ id: 'wladimir-putin', name: 'Wladimir Putin', aliases: ['Putin'] },
	{ id: 'emmanuel-macron', name: 'Emmanuel Macron', aliases: ['Macron'] },
];
const matcher = createMatcher(people);
const ids = (text: string) => matcher.find(text).map((match) => match.id);

describe('compiling names', () => {
	it('lets a person list the same form twice and ignores blank forms', () => {
		expect(ids('Donald Trump und Trump')).toEqual(['donald-trump', 'donald-trump']);
	});

	it('finds nobody when nobody has a name', () => {
		expect(createMatcher([]).find('Ein Satz ohne Namen.')).toEqual([]);
		expect(createMatcher([{ id: 'leer', name: ' ', aliases: [] }]).find('Ein Satz.')).toEqual([]);
	});

	it('matches forms with trimmed spaces', () => {
		expect(createMatcher([{ id: 'olaf-scholz', name: ' Olaf Scholz ', aliases: [] }]).find('Olaf Scholz sprach.')).toEqual([{ id: 'olaf-scholz', start: 0, end: 11 }]);
	});

	it('does not count a name touching a digit or a letter before it', () => {
		expect(ids('G7Trump, 2Putin, Putin7, UNMacron')).toEqual([]);
	});
});

describe('quotes in a section', () => {
	it('collects the quotes of every sentence that names someone, and counts names inside quotes too', () => {
		const result = analyseSection('Gipfel', ['„Putin kommt“, sagte Trump. Macron schwieg.'], matcher);
		expect(result.quotes).toEqual([{ id: 'donald-trump', text: 'Putin kommt', sentence: '„Putin kommt“, sagte Trump.' }]);
		expect(result.people).toEqual([
			{ id: 'wladimir-putin', count: 1 },
			{ id: 'donald-trump', count: 1 },
			{ id: 'emmanuel-macron', count: 1 },
		]);
	});
});

describe('attributing quotes to their speakers', () => {
	const quotes = (sentence: string) => attributeQuotes(sentence, matcher.find(sentence)).map((quote) => [quote.id, quote.text]);

	it('gives each quote of a sentence its own speaker', () => {
		// Macron is the subject, but the first quote has Trump after its verb; the second has a pronoun.
		expect(quotes('Macron zitierte: „Wir kommen“, schrieb Trump, und „Wir bleiben“, sagte er.')).toEqual([
			['donald-trump', 'Wir kommen'],
			['emmanuel-macron', 'Wir bleiben'],
		]);
	});

	it.each([
		['„Ja“, so Trump, und Macron nickte.', 'so'],
		['„Ja“ sagt Trump, und Macron nickte.', 'sagt, without a comma'],
		['„Ja“,   erklärte   Trump, und Macron nickte.', 'several spaces'],
		['„Ja“, betonte Trump, und Macron nickte.', 'betonte'],
	])('knows the speaker after a verb of saying: %s (%s)', (sentence) => {
		expect(quotes(sentence)).toEqual([['donald-trump', 'Ja']]);
	});

	it('needs the name right after the verb: a name later in the sentence is not the speaker', () => {
		// „sagte dann Trump“: the name does not follow the verb directly, so the subject (Macron) speaks.
		expect(quotes('Macron: „Ja“, sagte dann Trump.')).toEqual([['emmanuel-macron', 'Ja']]);
	});

	it('needs a verb of saying: a name after other words is not the speaker', () => {
		// „hoffte Trump“ is not a verb of saying; „sagtest“ only starts like one.
		expect(quotes('Macron: „Ja“, hoffte Trump.')).toEqual([['emmanuel-macron', 'Ja']]);
		expect(quotes('Macron: „Ja“, sagtest Trump.')).toEqual([['emmanuel-macron', 'Ja']]);
	});

	it('trims the quoted words', () => {
		expect(quotes('„ Ja, gern “, sagte Trump.')).toEqual([['donald-trump', 'Ja, gern']]);
	});

	it('does not take a name inside the quote for the speaker', () => {
		expect(quotes('„Trump kommt“, hieß es, und Putin schwieg.')).toEqual([['wladimir-putin', 'Trump kommt']]);
	});
});
