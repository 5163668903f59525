import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/lib/search/terms.ts';
import { lexicon, newsWords } from '../helpers/lexicon.ts';

/**
 * Index-only search terms of a section (src/lib/search/terms.ts): compound
 * parts and other spellings of names, each pointing to the word the text
 * shows (`typed→shown`), worked out by hand.
 */

describe('index-only search terms of a section', () => {
	it('adds compound parts and other spellings of names, each pointing to the word the text shows', () => {
		const text = 'Bundeskanzler Merz und Wladimir Putin sprachen über Sicherheitsgarantien; Selenskyj lehnt Bodentruppen ab.';
		const terms = searchTerms(
			text,
			[
				{ form: 'Zelensky', shown: 'Selenskyj' },
				{ form: 'Selenskyj', shown: 'Selenskyj' },
				{ form: 'Vladimir Putin', shown: 'Wladimir Putin' },
				{ form: 'Putins', shown: 'Putin' },
			],
			newsWords,
		);
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
		expect(searchTerms('Truppen und Bodentruppen', [{ form: 'Truppen', shown: 'Truppen' }], newsWords)).toEqual([]);
	});

	it('gives a part that two compounds share to the first of them', () => {
		expect(searchTerms('Bodentruppen und Kampftruppen', [], lexicon(['boden', 'kampf'], ['truppe']))).toEqual(['truppen→Bodentruppen']);
	});

	it('points the words of a longer form to the words shown, and the rest to the whole', () => {
		expect(searchTerms('Putin sprach', [{ form: 'Wladimir Wladimirowitsch Putin', shown: 'Putin' }], lexicon([], []))).toEqual([
			'wladimir→Putin',
			'wladimirowitsch→Putin',
		]);
	});

	it('adds an alias once, in lower case, even when several people forms repeat it', () => {
		expect(
			searchTerms(
				'Selenskyj sprach',
				[
					{ form: 'Zelensky', shown: 'Selenskyj' },
					{ form: 'ZELENSKY', shown: 'Selenskyj' },
				],
				lexicon([], []),
			),
		).toEqual(['zelensky→Selenskyj']);
	});
});

describe('other spellings of a name, word by word', () => {
	const noWords = lexicon([], []);

	it('reads a form with a double space as its two words', () => {
		// Each word of the form stands for the word at the same place in the spelling shown.
		expect(searchTerms('Text', [{ form: 'Vladimir  Putin', shown: 'Wladimir Putin' }], noWords)).toEqual([
			'vladimir→Wladimir',
			'putin→Putin',
		]);
	});

	it('reads a shown spelling with a double space as its two words', () => {
		expect(searchTerms('Text', [{ form: 'Vladimir Putin', shown: 'Wladimir  Putin' }], noWords)).toEqual([
			'vladimir→Wladimir',
			'putin→Putin',
		]);
	});
});
