/**
 * The search compares words only after folding them, and folds them three
 * ways, each for what it compares. They differ on purpose:
 *
 * - `foldForMatching` (excerpts, the term card): lower case, ä ö ü ß spelled
 *   out, every other diacritic dropped: „Šefčovič“ and „Sefcovic“ are the same word.
 * - `foldForSuggestions` („Meinten Sie …?“): lower case and ä ö ü ß spelled
 *   out only; other diacritics stay letters of their own.
 * - `foldFilterValue` (a typed filter value against the offered ones): lower
 *   case and spaces only; umlauts and diacritics stay.
 */

/**
 * Text that taking apart (NFD) leaves as it is and that holds no accent: ASCII, the Latin-1 signs („«“, „·“, „×“),
 * the general punctuation from U+2002 („–“, „„“, „…“; U+2000 and U+2001 are taken apart into U+2002 and U+2003),
 * the superscripts and subscripts, and the currency signs („€“). Most of a German story is this once its umlauts
 * and ß are written out; folding skips the Unicode passes for it (the search folds whole stories on the reader's
 * phone). One other letter (a name with „é“) sends the whole text through them. The unit test folds every
 * character both ways.
 */
const UNACCENTED = /^[\u0000-\u00bf\u00d7\u00f7\u2002-\u20cf]*$/;

/** Lower case, without diacritics and ß, so „Strasse“ meets „Straße“ and „Praesident“ meets „Präsident“. */
export function foldForMatching(word: string): string {
	const spelled = word.toLowerCase().replace(/ß/g, 'ss').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
	return UNACCENTED.test(spelled) ? spelled : spelled.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lower case, umlauts and ß folded, so that only real slips count. */
export function foldForSuggestions(word: string): string {
	return word.toLocaleLowerCase('de').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

/** How a typed filter value is compared with the offered ones: case and outer spaces do not count. */
export const foldFilterValue = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('de');
