import { describe, expect, it } from 'vitest';
import { compoundParts, dictionaryFromHunspell, wordsOf } from '../../src/lib/search/compounds.ts';
import { searchTerms } from '../../src/lib/search/terms.ts';

const isWord = dictionaryFromHunspell(['4', 'Boden/S', 'Truppen/h', 'Bund/S', 'Kanzler/N', 'Sicherheit/P', 'Garantie/N', 'führen/V', 'Wahl/P', 'Versprechen/S', 'Regierung/P', 'Chef/S', 'bis/x', 'lang/A', 'Frank/S', 'reich/A'].join('\n'));

describe('German compounds', () => {
	it.each([
		['Bodentruppen', ['truppen']],
		['Bundeskanzler', ['kanzler']],
		['Sicherheitsgarantien', ['garantien']],
		['Wahlversprechen', ['versprechen']],
		['Regierungschefs', ['chefs']],
	])('%s has the inner parts %j', (word, parts) => {
		expect(compoundParts(word, isWord)).toEqual(parts);
	});

	it('does not cut plain words into junk', () => {
		expect(compoundParts('führenden', isWord)).toEqual([]);
		expect(compoundParts('bislang', isWord)).toEqual([]);
		expect(compoundParts('Frankreichs', isWord)).toEqual([]);
		expect(compoundParts('Truppen', isWord)).toEqual([]);
		expect(compoundParts('Kanzler', isWord)).toEqual([]);
	});

	it('reads words, hyphenated ones whole and in pieces', () => {
		expect(wordsOf('NATO-Generalsekretär Mark Rutte, „Truppen“.')).toEqual(['NATO-Generalsekretär', 'NATO', 'Generalsekretär', 'Mark', 'Rutte', 'Truppen']);
	});
});

describe('index-only search terms of a section', () => {
	it('adds compound parts and other spellings of names, each pointing to the word the text shows', () => {
		const terms = searchTerms('Selenskyj lehnt Bodentruppen ab.', [
			{ form: 'Zelensky', shown: 'Selenskyj' },
			{ form: 'Selenskyj', shown: 'Selenskyj' },
			{ form: 'Vladimir Putin', shown: 'Wladimir Putin' },
		], isWord);
		expect(terms).toEqual(['truppen→Bodentruppen', 'zelensky→Selenskyj', 'vladimir→Wladimir', 'putin→Putin']);
	});

	it('adds nothing the visible text already has', () => {
		expect(searchTerms('Truppen und Bodentruppen', [{ form: 'Truppen', shown: 'Truppen' }], isWord)).toEqual([]);
	});
});
