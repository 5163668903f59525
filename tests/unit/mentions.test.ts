import { describe, expect, it } from 'vitest';
import { analyseSection, attributeQuotes, createMatcher, type NamedPerson } from '../../src/lib/mentions.ts';

/**
 * Who the text names and whose quotes it carries (src/lib/mentions.ts): names
 * on word boundaries, the longest form first, and each direct quote („…“)
 * given to the person named after it with a verb of saying, else to the
 * sentence's subject. Positions and speakers are worked out by hand.
 */
const people: NamedPerson[] = [
	{ id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump', 'Trumps'] },
	{ id: 'melania-trump', name: 'Melania Trump', aliases: ['Melania'] },
	{ id: 'wladimir-putin', name: 'Wladimir Putin', aliases: ['Putin', 'Putins', 'Vladimir Putin'] },
	{ id: 'wolodymyr-selenskyj', name: 'Wolodymyr Selenskyj', aliases: ['Selenskyj', 'Selenskyjs', 'Zelensky'] },
	{ id: 'olena-selenska', name: 'Olena Selenska', aliases: ['Selenska'] },
];
const matcher = createMatcher(people);
const ids = (text: string) => matcher.find(text).map((match) => match.id);

/** A second set of participants, with Macron to be the subject of a sentence, and two forms that give nobody a second owner. */
const speakers: NamedPerson[] = [
	// The name given again as an alias, and a blank alias: neither is a second owner.
	{ id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump', 'Donald Trump', '  '] },
	{ id: 'wladimir-putin', name: 'Wladimir Putin', aliases: ['Putin'] },
	{ id: 'emmanuel-macron', name: 'Emmanuel Macron', aliases: ['Macron'] },
];
const speakerMatcher = createMatcher(speakers);
const speakerIds = (text: string) => speakerMatcher.find(text).map((match) => match.id);

describe('finding names', () => {
	it('„Melania Trump“ is Melania, not Donald', () => {
		expect(ids('einen Brief, adressiert an Melania Trump.')).toEqual(['melania-trump']);
	});

	it('„Olena Selenska“ is not Wolodymyr Selenskyj', () => {
		expect(ids('seiner Frau Olena Selenska')).toEqual(['olena-selenska']);
		expect(ids('Selenska und Selenskyj')).toEqual(['olena-selenska', 'wolodymyr-selenskyj']);
	});

	// „Donald Trump“ is a prefix of „Donald Trump Jr.“ and is followed by a space, not a letter:
	// only trying the longer form first finds the son.
	const father = { id: 'donald-trump', name: 'Donald Trump', aliases: [] };
	const son = { id: 'donald-trump-jr', name: 'Donald Trump Jr.', aliases: [] };
	it.each([
		['father first', [father, son]],
		['son first', [son, father]],
	])('„Donald Trump Jr.“ is the son, whatever order the people are listed in (%s)', (_order, list) => {
		expect(createMatcher(list).find('Gestern sprach Donald Trump Jr. in Florida.')).toEqual([
			{ id: 'donald-trump-jr', start: 15, end: 31 },
		]);
	});

	it('declined forms count: „Trumps“, „Putins“', () => {
		expect(ids('Trumps Initiative und Putins Antwort')).toEqual(['donald-trump', 'wladimir-putin']);
	});

	it('a name inside a longer word does not count', () => {
		expect(ids('Trumpf, Trumpeter, Putinversteher, Selenskyjplatz')).toEqual([]);
	});

	it('does not count a name touching a digit or a letter before it', () => {
		expect(speakerIds('G7Trump, 2Putin, Putin7, UNMacron')).toEqual([]);
	});

	it('finds names at the edges of text and next to punctuation', () => {
		expect(ids('Trump: „Putin?“ (Selenskyj)')).toEqual(['donald-trump', 'wladimir-putin', 'wolodymyr-selenskyj']);
	});

	it('knows other spellings', () => {
		expect(ids('Vladimir Putin traf Zelensky')).toEqual(['wladimir-putin', 'wolodymyr-selenskyj']);
	});

	it('marks exactly where a name stands', () => {
		expect(matcher.find('Gespräch mit Donald Trump.')).toEqual([{ id: 'donald-trump', start: 13, end: 25 }]);
	});

	it('matches forms with trimmed spaces', () => {
		expect(createMatcher([{ id: 'olaf-scholz', name: ' Olaf Scholz ', aliases: [] }]).find('Olaf Scholz sprach.')).toEqual([
			{ id: 'olaf-scholz', start: 0, end: 11 },
		]);
	});

	it('lets a person list the same form twice and ignores blank forms', () => {
		expect(speakerIds('Donald Trump und Trump')).toEqual(['donald-trump', 'donald-trump']);
	});

	it('finds nobody when nobody has a name', () => {
		expect(createMatcher([]).find('Ein Satz ohne Namen.')).toEqual([]);
		expect(createMatcher([{ id: 'leer', name: ' ', aliases: [] }]).find('Ein Satz.')).toEqual([]);
	});

	it('refuses a form that belongs to two people', () => {
		expect(() => createMatcher([...people, { id: 'andere', name: 'Trump', aliases: [] }])).toThrow('„Trump“ gehört zu zwei Personen');
	});
});

describe('mentions in a section', () => {
	it('counts the heading as part of its section', () => {
		const result = analyseSection('Trump telefoniert mit Putin', ['Ein Satz ohne Namen.'], matcher);
		expect(result.people).toEqual([
			{ id: 'donald-trump', count: 1 },
			{ id: 'wladimir-putin', count: 1 },
		]);
		expect(result.sentences[0]!.text).toBe('Trump telefoniert mit Putin');
	});

	it('lists people in order of first mention, with how often the section names them', () => {
		// Putin first (heading), then Selenskyj; Putin again as „Putins“ and Selenskyj as „Zelensky“.
		const result = analyseSection('Putin schweigt', ['Selenskyj wartet. Putins Sprecher antwortete Zelensky nicht.'], matcher);
		expect(result.people).toEqual([
			{ id: 'wladimir-putin', count: 2 },
			{ id: 'wolodymyr-selenskyj', count: 2 },
		]);
	});

	it('keeps the sentences that name someone, with positions', () => {
		const result = analyseSection('Überschrift', ['Erster Satz. Dann kam Putin. Letzter Satz.'], matcher);
		expect(result.sentences).toEqual([{ text: 'Dann kam Putin.', matches: [{ id: 'wladimir-putin', start: 9, end: 14 }] }]);
	});

	it('collects the quotes of every sentence that names someone, and counts names inside quotes too', () => {
		const result = analyseSection('Gipfel', ['„Putin kommt“, sagte Trump. Macron schwieg.'], speakerMatcher);
		expect(result.quotes).toEqual([{ id: 'donald-trump', text: 'Putin kommt', sentence: '„Putin kommt“, sagte Trump.' }]);
		expect(result.people).toEqual([
			{ id: 'wladimir-putin', count: 1 },
			{ id: 'donald-trump', count: 1 },
			{ id: 'emmanuel-macron', count: 1 },
		]);
	});
});

describe('attributing quotes', () => {
	const quotes = (sentence: string) => attributeQuotes(sentence, speakerMatcher.find(sentence)).map((quote) => [quote.id, quote.text]);

	it('to the person named after the verb of saying', () => {
		const sentence = '„Ich rief Präsident Putin an“, schrieb Trump auf Truth Social.';
		expect(attributeQuotes(sentence, matcher.find(sentence))).toEqual([
			{ id: 'donald-trump', text: 'Ich rief Präsident Putin an', sentence },
		]);
	});

	it('to the subject when a pronoun speaks', () => {
		const sentence = 'Selenskyj machte deutlich, dass er zu einem Treffen mit Putin bereit sei: „Wir sind vorbereitet“, sagte er laut BBC.';
		expect(attributeQuotes(sentence, matcher.find(sentence)).map((quote) => quote.id)).toEqual(['wolodymyr-selenskyj']);
	});

	it('to nobody when the sentence names nobody outside the quote', () => {
		const sentence = '„Putin kommt“, hieß es.';
		expect(attributeQuotes(sentence, matcher.find(sentence))).toEqual([]);
	});

	it('gives each quote of a sentence its own speaker', () => {
		// Macron is the subject, but the first quote has Trump after its verb; the second has a pronoun.
		expect(quotes('Macron zitierte: „Wir kommen“, schrieb Trump, und „Wir bleiben“, sagte er.')).toEqual([
			['donald-trump', 'Wir kommen'],
			['emmanuel-macron', 'Wir bleiben'],
		]);
	});

	// Macron comes first in each sentence: without the verb rule, the quote would be his.
	it.each([
		['Macron: „Ja“, so Trump.', '„so“'],
		['Macron: „Ja“, betonte Trump.', '„betonte“'],
		['Macron: „Ja“ sagt Trump.', 'no comma'],
		['Macron: „Ja“ , sagte Trump.', 'a space before the comma'],
		['Macron: „Ja“,sagte Trump.', 'no space after the comma'],
		['Macron: „Ja“,   erklärte   Trump.', 'several spaces around the verb'],
		['Macron: „Ja“, sagte  Trump.', 'two spaces before the name'],
	])('to the speaker after a verb of saying, not the sentence’s subject: %s (%s)', (sentence) => {
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

	it('needs the verb to follow the quote directly: „so“ later in the sentence does not make a speaker', () => {
		// After the quote: „ und Trump, so …“. A verb found later must not count, even where its length
		// happens to point at a name (5 characters „, so “ → „Trump“ at offset 5).
		expect(quotes('Putin: „Ja“ und Trump, so hieß es.')).toEqual([['wladimir-putin', 'Ja']]);
	});

	it('trims the quoted words', () => {
		expect(quotes('„ Ja, gern “, sagte Trump.')).toEqual([['donald-trump', 'Ja, gern']]);
	});

	it('does not take a name inside the quote for the speaker', () => {
		expect(quotes('„Trump kommt“, hieß es, und Putin schwieg.')).toEqual([['wladimir-putin', 'Trump kommt']]);
	});

	it('does not take a name inside one of two quotes for the subject', () => {
		// Trump stands inside the first quote only; Putin is the first name outside every quote.
		expect(quotes('„Trump kommt“, hieß es, „bald“, und Putin schwieg.')).toEqual([
			['wladimir-putin', 'Trump kommt'],
			['wladimir-putin', 'bald'],
		]);
	});
});
