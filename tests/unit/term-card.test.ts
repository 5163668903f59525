import { describe, expect, it } from 'vitest';
import { cardTerm, formsMeta, namedForm, parseForms } from '../../src/lib/search/term-card.ts';
import { glossaryRecords, isGlossaryRecord, pagefindRecord } from '../../src/lib/search/glossary-records.ts';
import type { GlossaryEntry } from '../../src/lib/content/model.ts';

/**
 * Issue 28: a glossary term shows as a card above the stories only when the
 * query names it. Forms as tests/fixtures/site/articles/gipfeltreffen.md
 * writes them; each expectation decided by reading the query.
 */
const kreml = ['Kreml', 'Kremls'];
const commission = ['Europäische Kommission', 'Europäischen Kommission'];
const guarantees = ['Sicherheitsgarantien', 'Garantien'];
const bilateral = ['Bilaterales Treffen', 'bilateralen Treffen'];
const threeSided = ['Dreiseitiges Treffen', 'dreiseitigen Treffen'];

describe('namedForm: the query names the term', () => {
	it.each([
		['Kreml', kreml, 'Kreml'],
		['kremls', kreml, 'Kremls'],
		['Was ist der Kreml?', kreml, 'Kreml'],
		['Kreml Uschakow', kreml, 'Kreml'],
		['Europäische Kommission', commission, 'Europäische Kommission'],
		['europaeische kommission', commission, 'Europäische Kommission'], // umlaut written out
		['Kommission der Europäischen', commission, 'Europäischen Kommission'], // both words, in another order
		['Garantien', guarantees, 'Garantien'],
		['NATO-Generalsekretär Rutte', ['NATO-Generalsekretär'], 'NATO-Generalsekretär'],
	])('„%s“ names %j: %s', (query, forms, form) => {
		expect(namedForm(query, forms)).toBe(form);
	});

	it.each([
		['Zusagen', guarantees], // a word of the definition only
		['Kommission', commission], // one word of a two-word term
		['Krem', kreml], // typed so far: a beginning is not the word
		['Kremlsprecher', kreml],
		['NATO', ['NATO-Generalsekretär']],
		['Treffen', bilateral],
		['', kreml],
	])('„%s“ does not name %j', (query, forms) => {
		expect(namedForm(query, forms)).toBeUndefined();
	});

	it('of two forms the query names, the one with more words', () => {
		expect(namedForm('Europäische Kommission', ['Kommission', 'Europäische Kommission'])).toBe('Europäische Kommission');
		expect(namedForm('Sicherheitsgarantien Garantien', guarantees)).toBe('Sicherheitsgarantien');
	});
});

describe('cardTerm: which found term gets the card', () => {
	it('the one the query names, the longer name first, the better match on a tie', () => {
		expect(cardTerm('dreiseitiges Treffen', [{ forms: bilateral }, { forms: threeSided }])).toBe(1);
		expect(cardTerm('dreiseitiges Treffen', [{ forms: ['Treffen'] }, { forms: threeSided }])).toBe(1);
		expect(cardTerm('Kreml RIA', [{ forms: ['RIA'] }, { forms: kreml }])).toBe(0);
	});

	it('none when the query names none of them', () => {
		expect(cardTerm('Treffen', [{ forms: bilateral }, { forms: threeSided }])).toBeUndefined();
		expect(cardTerm('Zusagen', [{ forms: guarantees }])).toBeUndefined();
		expect(cardTerm('Kreml', [])).toBeUndefined();
	});
});

describe('the forms in the index', () => {
	it('travel as a JSON list and come back; anything else is no forms', () => {
		expect(formsMeta(kreml)).toBe('["Kreml","Kremls"]');
		expect(parseForms('["Kreml","Kremls"]')).toEqual(kreml);
		expect(parseForms('["Kreml",3]')).toEqual(['Kreml']);
		expect(parseForms('{"Kreml":1}')).toEqual([]);
		expect(parseForms('Kreml')).toEqual([]);
		expect(parseForms(undefined)).toEqual([]);
	});
});

describe('glossaryRecords: one record per term across the stories', () => {
	const entry = (slug: string, term: string, aliases: string[], definition: string): GlossaryEntry => ({ slug, term, aliases, definition });

	it('takes the newest story’s term and definition, every story’s forms once (case aside), sorted as German sorts', () => {
		const newest = {
			glossary: [entry('kreml', 'Kreml', ['Kreml', 'Kremls'], 'Amtssitz, neu.'), entry('oelpreis', 'Ölpreis', [], 'Preis.')],
		};
		const older = {
			glossary: [
				entry('nato', 'NATO', ['Nordatlantikpakt'], 'Bündnis.'),
				entry('kreml', 'Kreml', ['kreml', 'Kremlführung'], 'Amtssitz, alt.'),
			],
		};
		expect(glossaryRecords([newest, older])).toEqual([
			{ slug: 'kreml', term: 'Kreml', forms: ['Kreml', 'Kremls', 'Kremlführung'], definition: 'Amtssitz, neu.' },
			{ slug: 'nato', term: 'NATO', forms: ['NATO', 'Nordatlantikpakt'], definition: 'Bündnis.' },
			{ slug: 'oelpreis', term: 'Ölpreis', forms: ['Ölpreis'], definition: 'Preis.' },
		]);
		expect(glossaryRecords([])).toEqual([]);
	});

	it('a record as Pagefind indexes it: the forms as its text, the definition and forms as metadata, the glossary filter', () => {
		const record = { slug: 'kreml', term: 'Kreml', forms: ['Kreml', 'Kremls'], definition: 'Amtssitz.' };
		expect(pagefindRecord(record, 'de')).toEqual({
			url: '/glossar/#kreml',
			content: 'Kreml. Kremls',
			language: 'de',
			meta: { title: 'Kreml', definition: 'Amtssitz.', formen: '["Kreml","Kremls"]' },
			filters: { bereich: ['glossar'] },
		});
	});

	it('tells a record from anything else read back from the build', () => {
		expect(isGlossaryRecord({ slug: 'kreml', term: 'Kreml', forms: ['Kreml'], definition: 'Amtssitz.' })).toBe(true);
		for (const value of [
			null,
			'Kreml',
			{ slug: 'kreml', term: 'Kreml', forms: [], definition: 'Amtssitz.' },
			{ slug: 'kreml', term: 'Kreml', forms: ['Kreml'] },
			{ slug: '', term: 'Kreml', forms: ['Kreml'], definition: 'A.' },
			{ slug: 'kreml', term: 'Kreml', forms: [1], definition: 'A.' },
		]) {
			expect(isGlossaryRecord(value), JSON.stringify(value)).toBe(false);
		}
	});
});
