import { describe, expect, it } from 'vitest';
import { analyseSection, attributeQuotes, createMatcher, type NamedPerson } from '../../src/lib/mentions.ts';

const people: NamedPerson[] = [
	{ id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump', 'Trumps'] },
	{ id: 'melania-trump', name: 'Melania Trump', aliases: ['Melania'] },
	{ id: 'wladimir-putin', name: 'Wladimir Putin', aliases: ['Putin', 'Putins', 'Vladimir Putin'] },
	{ id: 'wolodymyr-selenskyj', name: 'Wolodymyr Selenskyj', aliases: ['Selenskyj', 'Selenskyjs', 'Zelensky'] },
	{ id: 'olena-selenska', name: 'Olena Selenska', aliases: ['Selenska'] },
];
const matcher = createMatcher(people);
const ids = (text: string) => matcher.find(text).map((match) => match.id);

describe('finding names', () => {
	it('„Melania Trump“ is Melania, not Donald', () => {
		expect(ids('einen Brief, adressiert an Melania Trump.')).toEqual(['melania-trump']);
	});

	it('„Olena Selenska“ is not Wolodymyr Selenskyj', () => {
		expect(ids('seiner Frau Olena Selenska')).toEqual(['olena-selenska']);
		expect(ids('Selenska und Selenskyj')).toEqual(['olena-selenska', 'wolodymyr-selenskyj']);
	});

	it('declined forms count: „Trumps“, „Putins“', () => {
		expect(ids('Trumps Initiative und Putins Antwort')).toEqual(['donald-trump', 'wladimir-putin']);
	});

	it('a name inside a longer word does not count', () => {
		expect(ids('Trumpf, Trumpeter, Putinversteher, Selenskyjplatz')).toEqual([]);
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

	it('refuses a form that belongs to two people', () => {
		expect(() => createMatcher([...people, { id: 'andere', name: 'Trump', aliases: [] }])).toThrow('„Trump“ gehört zu zwei Personen');
	});
});

describe('mentions in a section', () => {
	it('counts the heading as part of its section', () => {
		const result = analyseSection('Trump telefoniert mit Putin', ['Ein Satz ohne Namen.'], matcher);
		expect(result.people).toEqual([{ id: 'donald-trump', count: 1 }, { id: 'wladimir-putin', count: 1 }]);
		expect(result.sentences[0]!.text).toBe('Trump telefoniert mit Putin');
	});

	it('lists people in order of first mention, with how often the section names them', () => {
		// Putin first (heading), then Selenskyj; Putin again as „Putins“ and Selenskyj as „Zelensky“.
		const result = analyseSection('Putin schweigt', ['Selenskyj wartet. Putins Sprecher antwortete Zelensky nicht.'], matcher);
		expect(result.people).toEqual([{ id: 'wladimir-putin', count: 2 }, { id: 'wolodymyr-selenskyj', count: 2 }]);
	});

	it('keeps the sentences that name someone, with positions', () => {
		const result = analyseSection('Überschrift', ['Erster Satz. Dann kam Putin. Letzter Satz.'], matcher);
		expect(result.sentences).toEqual([{ text: 'Dann kam Putin.', matches: [{ id: 'wladimir-putin', start: 9, end: 14 }] }]);
	});
});

describe('attributing quotes', () => {
	it('to the person named after the verb of saying', () => {
		const sentence = '„Ich rief Präsident Putin an“, schrieb Trump auf Truth Social.';
		expect(attributeQuotes(sentence, matcher.find(sentence))).toEqual([{ id: 'donald-trump', text: 'Ich rief Präsident Putin an', sentence }]);
	});

	it('to the subject when a pronoun speaks', () => {
		const sentence = 'Selenskyj machte deutlich, dass er zu einem Treffen mit Putin bereit sei: „Wir sind vorbereitet“, sagte er laut BBC.';
		expect(attributeQuotes(sentence, matcher.find(sentence)).map((quote) => quote.id)).toEqual(['wolodymyr-selenskyj']);
	});

	it('to nobody when the sentence names nobody outside the quote', () => {
		const sentence = '„Putin kommt“, hieß es.';
		expect(attributeQuotes(sentence, matcher.find(sentence))).toEqual([]);
	});
});
