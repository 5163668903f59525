import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { articleFrontmatterSchema, personFileSchema } from '../../src/lib/content/schema.ts';
import { rehypeTables } from '../../src/lib/markdown/rehype-tables.ts';
import { isGerman } from '../../src/lib/read-aloud/voice.ts';
import { newsArticle, sectionPage } from '../../src/lib/structured-data.ts';

describe('German voices', () => {
	it('is not fooled by „de“ later in the tag: English or Low German for Germany is not German', () => {
		expect(isGerman({ lang: 'en-DE' })).toBe(false);
		expect(isGerman({ lang: 'nds-DE' })).toBe(false);
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
