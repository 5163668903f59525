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
		const text = 'Bundeskanzler Merz und Wladimir Putin sprachen über Sicherheitsgarantien; Selenskyj lehnt Bodentruppen ab.';
		const terms = searchTerms(text, [
			{ form: 'Zelensky', shown: 'Selenskyj' },
			{ form: 'Selenskyj', shown: 'Selenskyj' },
			{ form: 'Vladimir Putin', shown: 'Wladimir Putin' },
			{ form: 'Putins', shown: 'Putin' },
		], isWord);
		// Worked out by hand. Only capitalised words of 8 letters or more are split; a part counts when the
		// tail is a noun of the word list above (after an ending -n, -en, -s …) and the head a word (after a
		// linking -s, -es …). Compound parts come first, in text order, then the names' other spellings.
		expect(terms).toEqual([
			// Bundes|kanzler: „bundes“ is „Bund“ + linking -es, „kanzler“ is a noun. „Kanzler“ is not in the text.
			'kanzler→Bundeskanzler',
			// Sicherheits|garantien: „Sicherheit“ + linking -s, „garantien“ is „Garantie“ + ending -n.
			'garantien→Sicherheitsgarantien',
			// Boden|truppen: both halves are nouns of the list.
			'truppen→Bodentruppen',
			// Merz, Wladimir, Putin, Selenskyj: no split leaves two words of the list (and „sprachen“, „lehnt“ are
			// not capitalised), so they add nothing.
			// Zelensky is not in the text: readers who type it land on „Selenskyj“.
			'zelensky→Selenskyj',
			// „Selenskyj“ itself is visible: nothing added.
			// „Vladimir Putin“ word by word: „vladimir“ points to the first word shown, „Wladimir“;
			// „putin“ is visible, so it is not added again.
			'vladimir→Wladimir',
			// The declined form „Putins“ is not in the text: it points to the form shown.
			'putins→Putin',
		]);
	});

	it('adds nothing the visible text already has', () => {
		expect(searchTerms('Truppen und Bodentruppen', [{ form: 'Truppen', shown: 'Truppen' }], isWord)).toEqual([]);
	});
});
