import { describe, expect, it } from 'vitest';
import { compoundParts, dictionaryFromHunspell, wordsOf } from '../../src/lib/search/compounds.ts';
import dictionary from 'dictionary-de';
import { lexicon, newsWords } from '../helpers/lexicon.ts';

/**
 * compounds.ts: a compound splits where the head is a word (after a linking
 * sound: -s, -es, -n, -en, -e, -er) and the tail a noun (after an ending:
 * -n, -en, -s, -es, -e, -er, -ern, -ns); each half without its sound or
 * ending has at least 3 letters, the head at least 4, the tail at least 4.
 */
describe('splitting compounds by linking sounds and endings', () => {
	it.each([
		// word, head word, tail noun, expected part
		['Regierungsparteien', 'regierung', 'partei', 'parteien'], // linking -s, ending -en
		['Bundeslandes', 'bund', 'land', 'landes'], // linking -es, ending -es
		['Familiennamens', 'familie', 'name', 'namens'], // linking -n, ending -ns
		['Heldentaten', 'held', 'tat', 'taten'], // linking -en, ending -en on a stem of 3 letters
		['Hundehütten', 'hund', 'hütte', 'hütten'], // linking -e, ending -n
		['Kinderarzt', 'kind', 'arzt', 'arzt'], // linking -er, no ending
		['Waldwege', 'wald', 'weg', 'wege'], // no linking, ending -e
		['Waldkinder', 'wald', 'kind', 'kinder'], // ending -er
		['Waldkindern', 'wald', 'kind', 'kindern'], // ending -ern
		['Stadtzoos', 'stadt', 'zoo', 'zoos'], // ending -s on a stem of 3 letters
	])('%s: %s + %s → %s', (word, head, tail, part) => {
		expect(compoundParts(word, lexicon([head], [tail]))).toEqual([part]);
	});

	it('splits a word of 8 letters into 4 + 4, but no shorter word', () => {
		const words = lexicon(['haus'], ['tier']);
		expect(compoundParts('Haustier', words)).toEqual(['tier']);
		expect(compoundParts('Haustie', lexicon(['haus'], ['tie']))).toEqual([]);
	});

	it('needs a head of at least 4 letters and a tail of at least 4', () => {
		// „Zoo|tiere“: the head has 3 letters. „Bürger|amt“: the tail has 3.
		expect(compoundParts('Zootiere', lexicon(['zoo'], ['tier', 'tiere']))).toEqual([]);
		expect(compoundParts('Bürgeramt', lexicon(['bürger'], ['amt']))).toEqual([]);
	});

	it('needs a stem of 3 letters or more once the sound or ending is off', () => {
		// „Wald|ei-er“ would leave the stem „ei“ after the ending -er.
		expect(compoundParts('Waldeier', lexicon(['wald'], ['ei']))).toEqual([]);
	});

	it('splits only capitalised nouns, not words in capitals or lower case', () => {
		const words = lexicon(['haus'], ['tier']);
		expect(compoundParts('HAUSTIER', words)).toEqual([]);
		expect(compoundParts('haustier', words)).toEqual([]);
		expect(compoundParts('HausTier', words)).toEqual([]);
	});

	it('needs the tail to be a noun and the head a word', () => {
		expect(compoundParts('Haustier', lexicon(['haus', 'tier'], []))).toEqual([]);
		expect(compoundParts('Haustier', lexicon([], ['tier']))).toEqual([]);
	});

	it('lists every inner part, longest first', () => {
		// Bundes|verfassungs|gericht: „verfassungsgericht“ and „gericht“ are both tails after a word.
		const words = lexicon(['bund', 'bundesverfassung'], ['gericht', 'verfassungsgericht']);
		expect(compoundParts('Bundesverfassungsgericht', words)).toEqual(['verfassungsgericht', 'gericht']);
	});
});

describe('splitting the compounds of a news text', () => {
	it.each([
		['Bodentruppen', ['truppen']],
		['Bundeskanzler', ['kanzler']],
		['Sicherheitsgarantien', ['garantien']],
		['Wahlversprechen', ['versprechen']],
		['Regierungschefs', ['chefs']],
	])('%s has the inner parts %j', (word, parts) => {
		expect(compoundParts(word, newsWords)).toEqual(parts);
	});

	it('does not cut plain words into junk', () => {
		expect(compoundParts('führenden', newsWords)).toEqual([]);
		expect(compoundParts('bislang', newsWords)).toEqual([]);
		expect(compoundParts('Frankreichs', newsWords)).toEqual([]);
		expect(compoundParts('Truppen', newsWords)).toEqual([]);
		expect(compoundParts('Kanzler', newsWords)).toEqual([]);
	});
});

describe('reading a Hunspell dictionary', () => {
	const dic = dictionaryFromHunspell(['6', 'Zoo/S', 'ab/x', 'Ei/S', 'E-Mail/S', 'A4/x', '  laufen/V  ', 'Straße'].join('\n'));

	it('keeps stems of 3 letters or more, lower case, without affix flags', () => {
		expect(['zoo', 'laufen', 'straße'].map((word) => dic.isWord(word))).toEqual([true, true, true]);
		expect(dic.isWord('Zoo')).toBe(false);
	});

	it('skips short stems and stems with other characters than letters', () => {
		expect(['ab', 'ei', 'e-mail', 'a4', '6'].map((word) => dic.isWord(word))).toEqual([false, false, false, false, false]);
	});

	it('takes capitalised stems as nouns', () => {
		expect(['zoo', 'straße', 'laufen'].map((word) => dic.isNoun(word))).toEqual([true, true, false]);
	});

	it('takes only stems with a capital first letter for nouns, not a capital inside the word', () => {
		const lexicon = dictionaryFromHunspell('iPhone/S\nHaus/S\n');
		expect(lexicon.isNoun('haus')).toBe(true);
		expect(lexicon.isNoun('iphone')).toBe(false);
		expect(lexicon.isWord('iphone')).toBe(true);
	});
});

describe('words of a text for the search', () => {
	it('reads words, hyphenated ones whole and in pieces', () => {
		expect(wordsOf('NATO-Generalsekretär Mark Rutte, „Truppen“.')).toEqual([
			'NATO-Generalsekretär',
			'NATO',
			'Generalsekretär',
			'Mark',
			'Rutte',
			'Truppen',
		]);
	});

	it('counts digits as part of a word', () => {
		expect(wordsOf('Der G7-Gipfel 2025')).toEqual(['Der', 'G7-Gipfel', 'G7', 'Gipfel', '2025']);
	});
});

/** Compounds inside compounds (issue 13): „Stützpunkt“ is found in „Militärstützpunkt“. */
describe('nested compounds', () => {
	it('a tail that is itself a compound counts after a noun head, with its own inner part', () => {
		const words = lexicon(['stütz'], ['militär', 'punkt', 'staat', 'haupt']);
		// „punkt“ alone would need the head „militärstütz“ to be a compound, and „stütz“ is no noun here.
		expect(compoundParts('Militärstützpunkt', words)).toEqual(['stützpunkt']);
		expect(compoundParts('Militärstützpunkt', lexicon([], ['militär', 'stütz', 'punkt']))).toEqual(['stützpunkt', 'punkt']);
		// „ober“ is not in this lexicon: „oberhaupt“ is no compound, and „staatsober“ no head.
		expect(compoundParts('Staatsoberhaupt', words)).toEqual([]);
		// With „ober“ a word (not a noun): „oberhaupt“; „haupt“ alone would need „staatsober“ to end in a noun.
		expect(compoundParts('Staatsoberhaupt', lexicon(['ober'], ['staat', 'haupt']))).toEqual(['oberhaupt']);
	});

	it('not after a particle or a verb: „Nachrichtenagentur“ gives „agentur“, not „richtenagentur“', () => {
		expect(compoundParts('Nachrichtenagentur', lexicon(['nach', 'richten'], ['nachricht', 'agentur']))).toEqual(['agentur']);
	});

	it('a head that is a compound counts too: „Bundes|tags|präsidentin“ gives „präsidentin“', () => {
		expect(compoundParts('Bundestagspräsidentin', lexicon([], ['bund', 'tag', 'präsidentin']))).toEqual(['tagspräsidentin', 'präsidentin']);
	});

	it('nests one level only: four parts in a row split only where the dictionary knows two of them as one word', () => {
		// „Landes|wahl|kampf|leiter“: every part is a noun, but each cut leaves a head or a tail of three parts.
		const parts = ['land', 'wahl', 'kampf', 'leiter'];
		expect(compoundParts('Landeswahlkampfleiter', lexicon([], parts))).toEqual([]);
		// With „Wahlkampf“ a noun of its own it is three parts: „Landes|wahlkampf|leiter“.
		expect(compoundParts('Landeswahlkampfleiter', lexicon([], [...parts, 'wahlkampf']))).toEqual(['wahlkampfleiter', 'leiter']);
	});
});

describe('nested compounds with the German dictionary the build uses', () => {
	const german = dictionaryFromHunspell(new TextDecoder().decode(dictionary.dic));
	it.each([
		['Militärstützpunkt', 'stützpunkt'],
		['Staatsoberhaupt', 'oberhaupt'],
		['Nachrichtenagentur', 'agentur'],
	])('%s can be found by „%s“', (word, part) => {
		expect(compoundParts(word, german)).toContain(part);
	});

	it('„Nachrichtenagentur“ gives no junk part „richtenagentur“', () => {
		expect(compoundParts('Nachrichtenagentur', german)).not.toContain('richtenagentur');
	});
});
