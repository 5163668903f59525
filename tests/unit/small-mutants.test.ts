import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { articleFrontmatterSchema, personFileSchema } from '../../src/lib/content/schema.ts';
import { rehypeTables } from '../../src/lib/markdown/rehype-tables.ts';
import { isGerman } from '../../src/lib/read-aloud/voice.ts';
import { dictionaryFromHunspell, type Lexicon } from '../../src/lib/search/compounds.ts';
import { highlightTerms } from '../../src/lib/search/highlight-terms.ts';
import { searchTerms } from '../../src/lib/search/terms.ts';
import { newsArticle, sectionPage } from '../../src/lib/structured-data.ts';

describe('German voices', () => {
	it('is not fooled by „de“ later in the tag: English or Low German for Germany is not German', () => {
		expect(isGerman({ lang: 'en-DE' })).toBe(false);
		expect(isGerman({ lang: 'nds-DE' })).toBe(false);
	});
});

describe('the Hunspell lexicon', () => {
	it('takes only stems with a capital first letter for nouns, not a capital inside the word', () => {
		const lexicon = dictionaryFromHunspell('iPhone/S\nHaus/S\n');
		expect(lexicon.isNoun('haus')).toBe(true);
		expect(lexicon.isNoun('iphone')).toBe(false);
		expect(lexicon.isWord('iphone')).toBe(true);
	});
});

describe('schema: blank text is no text', () => {
	const person = { name: 'Anna Beispiel', role: 'Richterin', organisation: 'Testgericht' };
	const article = { title: 'Titel', description: 'Vorspann.', published: '2026-11-25T09:29+01:00', source: { statement: 'Quelle.' } };

	it('refuses a roleSource of spaces only', () => {
		expect(personFileSchema.safeParse({ ...person, roleSource: '   ' }).success).toBe(false);
		expect(personFileSchema.parse({ ...person, roleSource: ' Eigene Recherche ' }).roleSource).toBe('Eigene Recherche');
	});

	it('refuses a glossary alias of spaces only, and trims the others', () => {
		const entry = (aliases: string[]) => ({ ...article, glossary: [{ term: 'Kreml', aliases, definition: 'Amtssitz.' }] });
		expect(articleFrontmatterSchema.safeParse(entry(['  '])).success).toBe(false);
		expect(articleFrontmatterSchema.parse(entry([' Kremls '])).glossary[0]!.aliases).toEqual(['Kremls']);
	});

	it('takes an empty list of key points written out („oder keine“)', () => {
		expect(articleFrontmatterSchema.parse({ ...article, keyPoints: [] }).keyPoints).toEqual([]);
	});
});

describe('JSON-LD without people', () => {
	it('has no „mentions“ at all, not an empty list', () => {
		const facts = { url: 'https://lagebild.example/a/', headline: 'H', description: 'D', image: 'https://lagebild.example/og/a.png', siteName: 'Lagebild', siteUrl: 'https://lagebild.example/', people: [], datePublished: '2026-11-25T08:29:00Z', dateModified: '2026-11-25T08:29:00Z', corrections: [] };
		expect('mentions' in newsArticle(facts)).toBe(false);
		const page = sectionPage({ url: 'https://lagebild.example/a/eins/', name: 'Eins', description: 'D', image: facts.image, articleUrl: facts.url, articleHeadline: 'H', people: [], datePublished: facts.datePublished, dateModified: facts.dateModified });
		expect('mentions' in page).toBe(false);
	});
});

describe('table cell alignment', () => {
	it('turns align into a class on cells only', () => {
		const cell: Element = { type: 'element', tagName: 'td', properties: { align: 'right' }, children: [] };
		const paragraph: Element = { type: 'element', tagName: 'p', properties: { align: 'center' }, children: [] };
		const tree: Root = { type: 'root', children: [paragraph, { type: 'element', tagName: 'table', properties: {}, children: [{ type: 'element', tagName: 'tr', properties: {}, children: [cell] }] }] };
		rehypeTables({ label: () => 'Tabelle' })(tree);
		expect(cell.properties).toEqual({ className: ['align-right'] });
		expect(paragraph.properties).toEqual({ align: 'center' });
	});
});

describe('index-only spellings of a name', () => {
	const noWords: Lexicon = { isWord: () => false, isNoun: () => false };

	it('reads a form with a double space as its two words', () => {
		// Each word of the form stands for the word at the same place in the spelling shown.
		expect(searchTerms('Text', [{ form: 'Vladimir  Putin', shown: 'Wladimir Putin' }], noWords)).toEqual(['vladimir→Wladimir', 'putin→Putin']);
	});

	it('reads a shown spelling with a double space as its two words', () => {
		expect(searchTerms('Text', [{ form: 'Vladimir Putin', shown: 'Wladimir  Putin' }], noWords)).toEqual(['vladimir→Wladimir', 'putin→Putin']);
	});
});

describe('highlight terms are distinct by lower case', () => {
	it('keeps „Straße“ and „STRASSE“: in lower case they differ (ß is not ss)', () => {
		expect(highlightTerms(['Straße', 'STRASSE', 'straße'])).toEqual(['Straße', 'STRASSE']);
	});
});
