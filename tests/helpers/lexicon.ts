import { dictionaryFromHunspell, type Lexicon } from '../../src/lib/search/compounds.ts';

/** A lexicon of exactly these words (lower case); nouns are words too. */
export const lexicon = (words: string[], nouns: string[]): Lexicon => ({
	isWord: (word) => words.includes(word) || nouns.includes(word),
	isNoun: (word) => nouns.includes(word),
});

/** A small Hunspell dictionary of the words of a news text (capitalised stems are nouns). */
export const newsWords = dictionaryFromHunspell(
	[
		'4',
		'Boden/S',
		'Truppen/h',
		'Bund/S',
		'Kanzler/N',
		'Sicherheit/P',
		'Garantie/N',
		'führen/V',
		'Wahl/P',
		'Versprechen/S',
		'Regierung/P',
		'Chef/S',
		'bis/x',
		'lang/A',
		'Frank/S',
		'reich/A',
	].join('\n'),
);
