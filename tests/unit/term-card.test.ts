import { describe, expect, it } from 'vitest';
import { cardTerm, namedForm } from '../../src/lib/search/term-card.ts';
import { glossaryRecords } from '../../src/lib/search/glossary-records.ts';
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

	it('the card is found among the records as the search loads them: the query names one of its forms', () => {
		const records = glossaryRecords([
			{
				glossary: [
					entry('kreml', 'Kreml', ['Kremls'], 'Amtssitz.'),
					entry('sicherheitsgarantien', 'Sicherheitsgarantien', ['Garantien'], 'Zusagen anderer Staaten.'),
				],
			},
		]);
		expect(cardTerm('Was macht der Kreml?', records)).toBe(0);
		expect(cardTerm('Garantien', records)).toBe(1);
		// A word of a definition names no term.
		expect(cardTerm('Zusagen', records)).toBeUndefined();
	});
});
