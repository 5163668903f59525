import { describe, expect, it } from 'vitest';
import { countSyllables, readability, splitWords } from '../../src/lib/readability.ts';

/** Word lists written out by hand from the sentences (most from content/articles/gipfel-im-weissen-haus.md). */
describe('splitWords', () => {
	it('strips quotation marks and punctuation; a dash standing alone is no word', () => {
		expect(splitWords('„Wir haben Sicherheitsgarantien für die Ukraine besprochen – Garantien“, schrieb Trump.')).toEqual([
			'Wir',
			'haben',
			'Sicherheitsgarantien',
			'für',
			'die',
			'Ukraine',
			'besprochen',
			'Garantien',
			'schrieb',
			'Trump',
		]);
		expect(splitWords(' – „ “ … ')).toEqual([]);
		expect(splitWords('')).toEqual([]);
	});

	it('keeps a hyphenated compound as one word and drops a hanging hyphen', () => {
		expect(splitWords('Sicherheits-Garantien')).toEqual(['Sicherheits-Garantien']);
		expect(splitWords('Der US-Präsident')).toEqual(['Der', 'US-Präsident']);
		expect(splitWords('die Staats- und Regierungschefs')).toEqual(['die', 'Staats', 'und', 'Regierungschefs']);
	});

	it('counts numbers as words, with a dot or comma only between digits', () => {
		expect(splitWords('Putin telefonierte 40 Minuten, ein 40-minütiges Telefonat.')).toEqual([
			'Putin',
			'telefonierte',
			'40',
			'Minuten',
			'ein',
			'40-minütiges',
			'Telefonat',
		]);
		expect(splitWords('1.000 Soldaten, 2,5 Prozent.')).toEqual(['1.000', 'Soldaten', '2,5', 'Prozent']);
		expect(splitWords('Ende.Dann')).toEqual(['Ende', 'Dann']);
	});

	it('keeps umlauts and ß inside the word', () => {
		expect(splitWords('Größere Töne, äußerst grüne Bäume.')).toEqual(['Größere', 'Töne', 'äußerst', 'grüne', 'Bäume']);
	});
});

/** Syllables counted by hand, spoken and by vowel group (a run of a e i o u y ä ö ü). */
describe('countSyllables', () => {
	it.each([
		['Haus', 1], // H-au-s: one group
		['Kreml', 1], // e
		['Trump', 1], // u
		['Treffen', 2], // Tref-fen: e, e
		['Bäume', 2], // Bäu-me: äu, e
		['Präsident', 3], // Prä-si-dent: ä, i, e
		['Ukraine', 3], // U-krai-ne: u, ai, e
		['Europa', 3], // Eu-ro-pa: eu, o, a
		['Selenskyj', 3], // Se-lens-kyj: e, e, y
		['Verhandlungstisch', 4], // Ver-hand-lungs-tisch: e, a, u, i
		['Diplomatie', 4], // Di-plo-ma-tie: i, o, a, ie
		['Atmosphäre', 4], // At-mo-sphä-re: a, o, ä, e
		['EUROPA', 3], // upper case as lower case
	])('%s has %i', (word, syllables) => {
		expect(countSyllables(word)).toBe(syllables);
	});

	it('adds up the parts of a hyphenated word; a part without vowels (a number, an abbreviation) counts 1', () => {
		// US (u: 1) + Präsident (3) = 4
		expect(countSyllables('US-Präsident')).toBe(4);
		// 40 (1) + minütiges (i, ü, i, e: 4) = 5
		expect(countSyllables('40-minütiges')).toBe(5);
		expect(countSyllables('40')).toBe(1);
		expect(countSyllables('1.000')).toBe(1);
		expect(countSyllables('BBC')).toBe(1);
		// Sicherheits (i, e, ei: 3) + Garantien (a, a, ie: 3) = 6, as written together
		expect(countSyllables('Sicherheits-Garantien')).toBe(6);
		expect(countSyllables('Sicherheitsgarantien')).toBe(6);
	});

	it('is at least 1', () => {
		expect(countSyllables('')).toBe(1);
		expect(countSyllables('-')).toBe(1);
	});

	// Known limitation: a hiatus (two vowels in two syllables) is one group.
	it.each([
		['Idee', 2], // spoken I-de-e, 3: i, ee
		['Garantien', 3], // spoken Ga-ran-ti-en, 4: a, a, ie
		['Sicherheitsgarantien', 6], // spoken Si-cher-heits-ga-ran-ti-en, 7
		['Beendigung', 3], // spoken Be-en-di-gung, 4: ee, i, u
		['Koordination', 4], // spoken Ko-or-di-na-ti-on, 6: oo, i, a, io
		['dauert', 1], // spoken dau-ert, 2: aue
	])('undercounts %s as %i (known limitation)', (word, syllables) => {
		expect(countSyllables(word)).toBe(syllables);
	});
});

describe('readability', () => {
	it('computes the first Wiener Sachtextformel of two sentences', () => {
		/*
		 * Word          syllables  letters
		 * Trump         1          5
		 * telefoniert   4          11 (te-le-fo-niert: e, e, o, ie)
		 * mit           1          3
		 * Putin         2          5
		 * Das           1          3
		 * Gespräch      2          8
		 * dauert        1          6  (not more than 6; a-u-e is one vowel run, spoken dau-ert 2)
		 * 40            1          0
		 * Minuten       3          7
		 *
		 * 9 words, 2 sentences: SL = 9 / 2 = 4.5
		 * MS: ≥ 3 syllables: telefoniert, Minuten = 2 → 200 / 9 = 22.22 %
		 * ES: 1 syllable: Trump, mit, Das, dauert, 40 = 5 → 500 / 9 = 55.56 %
		 * IW: > 6 letters: telefoniert, Gespräch, Minuten = 3 → 300 / 9 = 33.33 %
		 * WSTF1 = 0.1935 · 200/9 + 0.1672 · 4.5 + 0.1297 · 300/9 − 0.0327 · 500/9 − 0.875
		 *       = 38.7/9 + 0.7524 + 38.91/9 − 16.35/9 − 0.875
		 *       = 4.3 + 0.7524 + 4.3233 − 1.8167 − 0.875
		 *       = 6.6841 ≈ 6.68
		 */
		const result = readability('Trump telefoniert mit Putin. Das Gespräch dauert 40 Minuten.');
		expect(result.sentences).toBe(2);
		expect(result.words).toBe(9);
		expect(result.wordsPerSentence).toBe(4.5);
		expect(result.threeSyllablePercent).toBeCloseTo(22.22, 2);
		expect(result.oneSyllablePercent).toBeCloseTo(55.56, 2);
		expect(result.longWordPercent).toBeCloseTo(33.33, 2);
		expect(result.wstf1).toBeCloseTo(6.68, 2);
		expect(result.wstf1).toBeCloseTo(6.6841, 4);
	});

	it('finds the longest sentence (the first of equals)', () => {
		const result = readability('Trump telefoniert mit Putin. Das Gespräch dauert 40 Minuten.');
		expect(result.longestSentence).toBe(5);
		expect(result.longestSentenceText).toBe('Das Gespräch dauert 40 Minuten.');
		expect(readability('Eins zwei. Drei vier.').longestSentenceText).toBe('Eins zwei.');
		expect(readability('Eins zwei. Drei vier fünf. Sechs.').longestSentence).toBe(3);
	});

	it('takes each paragraph (split on blank lines, empty or of spaces) separately, so a line without a full stop is a sentence', () => {
		// 2 sentences of 2 words.
		const result = readability('Friedrich Merz\n\nMark Rutte');
		expect(result.sentences).toBe(2);
		expect(result.longestSentence).toBe(2);
		expect(readability('Friedrich Merz\n \t\nMark Rutte').sentences).toBe(2);
		// The sentence splitter alone ends a sentence at a line break already (see below), but not after „Am 18.“:
		// without the paragraph split „Am 18.“ would go on into the next line, one sentence.
		expect(readability('Am 18.\n\nDer Tag').sentences).toBe(2);
		expect(readability('Am 18.\n \nDer Tag').sentences).toBe(2);
		expect(readability('Am 18.\n  \nDer Tag').sentences).toBe(2);
	});

	it('takes lines with words for no blank lines: each line is a sentence, every word counts', () => {
		// The segmenter ends a sentence at each line break; nothing is dropped.
		expect(readability('Eins\nzwei\nDrei')).toMatchObject({ sentences: 3, words: 3 });
	});

	it('counts letters only for long words: hyphens and digits do not count', () => {
		// Ja-Nein: 6 letters (7 characters) → not long; 40-minütiges: 9 letters → long
		expect(readability('Ja-Nein.').longWordPercent).toBe(0);
		expect(readability('40-minütiges.').longWordPercent).toBe(100);
		// 1234567: 0 letters → not long, 1 syllable
		expect(readability('1234567').longWordPercent).toBe(0);
		expect(readability('1234567').oneSyllablePercent).toBe(100);
	});

	it('skips sentences without words and gives zeros for a text without words', () => {
		expect(readability('Trump kommt.\n\n–').sentences).toBe(1);
		expect(readability('')).toEqual({
			sentences: 0,
			words: 0,
			wordsPerSentence: 0,
			longestSentence: 0,
			longestSentenceText: '',
			threeSyllablePercent: 0,
			longWordPercent: 0,
			oneSyllablePercent: 0,
			wstf1: 0,
		});
	});
});
