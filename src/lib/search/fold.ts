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

/** Lower case, without diacritics and ß, so „Strasse“ meets „Straße“ and „Praesident“ meets „Präsident“. */
export function foldForMatching(word: string): string {
	return word
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.normalize('NFD')
		.replace(/\p{M}/gu, '');
}

/** Lower case, umlauts and ß folded, so that only real slips count. */
export function foldForSuggestions(word: string): string {
	return word.toLocaleLowerCase('de').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

/** How a typed filter value is compared with the offered ones: case and outer spaces do not count. */
export const foldFilterValue = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('de');
