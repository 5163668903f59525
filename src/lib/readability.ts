/**
 * Readability of German text: sentence and word lengths, syllable shares and
 * the first Wiener Sachtextformel (Bamberger & Vanecek 1984), which estimates
 * a school grade (4 = easy, 15 = very hard). Pure; callers round.
 */
import { splitSentences } from './sections.ts';

/** Figures of a text; percentages run from 0 to 100. */
export interface Readability {
	sentences: number;
	words: number;
	/** SL: mean words per sentence. */
	wordsPerSentence: number;
	/** Words in the longest sentence. */
	longestSentence: number;
	/** The longest sentence itself (the first, if several are as long). */
	longestSentenceText: string;
	/** MS: share of words with three or more syllables. */
	threeSyllablePercent: number;
	/** IW: share of words with more than six letters. */
	longWordPercent: number;
	/** ES: share of words with one syllable. */
	oneSyllablePercent: number;
	/** First Wiener Sachtextformel: 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875. */
	wstf1: number;
}

/**
 * A word: letters and digits, joined by hyphens („Sicherheits-Garantien“,
 * „US-Präsident“, „40-minütiges“) or apostrophes, and by a dot or comma
 * between digits („1.000“, „2,5“). Quotation marks and other punctuation
 * fall away, and a dash („–“) standing alone is no word.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Runs of German vowels: one syllable each (diphthongs ei, au, eu, äu, ai, ie and long aa, ee, oo included). */
const VOWEL_GROUP = /[aeiouyäöü]+/g;

/** Parts of a hyphenated word. */
const HYPHEN = /[-‐‑]/u;

/** The words of German text, in order. */
export function splitWords(text: string): string[] {
	return text.match(WORD) ?? [];
}

/**
 * Syllables of one word, estimated by vowel groups: each run of vowels is one
 * syllable, so a hiatus is missed („Idee“ gives 2, spoken 3; „Garantien“ 3,
 * spoken 4). The parts of a hyphenated word are added up; a part without
 * vowels (a number such as „40“, an abbreviation such as „BBC“) counts 1.
 */
export function countSyllables(word: string): number {
	let syllables = 0;
	for (const part of word.toLowerCase().split(HYPHEN)) {
		if (!part) continue;
		syllables += Math.max(1, part.match(VOWEL_GROUP)?.length ?? 0);
	}
	return Math.max(1, syllables);
}

/** Letters of a word (digits, hyphens and apostrophes do not count). */
function letters(word: string): number {
	return word.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * Readability figures of German text. Paragraphs (split on blank lines) are
 * split into sentences separately, so a heading or list item without a full
 * stop is a sentence of its own; a „sentence“ without words is skipped. A
 * text without words gives zeros throughout.
 */
export function readability(text: string): Readability {
	const sentences: { text: string; words: string[] }[] = [];
	for (const paragraph of text.split(/\n[^\S\n]*\n/u)) {
		for (const sentence of splitSentences(paragraph.trim())) {
			const words = splitWords(sentence);
			if (words.length > 0) sentences.push({ text: sentence, words });
		}
	}
	const words = sentences.flatMap((sentence) => sentence.words);
	if (words.length === 0) {
		return {
			sentences: 0,
			words: 0,
			wordsPerSentence: 0,
			longestSentence: 0,
			longestSentenceText: '',
			threeSyllablePercent: 0,
			longWordPercent: 0,
			oneSyllablePercent: 0,
			wstf1: 0,
		};
	}
	let longest = sentences[0]!;
	for (const sentence of sentences) if (sentence.words.length > longest.words.length) longest = sentence;
	const percent = (count: number) => (100 * count) / words.length;
	const syllables = words.map(countSyllables);
	const ms = percent(syllables.filter((count) => count >= 3).length);
	const es = percent(syllables.filter((count) => count === 1).length);
	const iw = percent(words.filter((word) => letters(word) > 6).length);
	const sl = words.length / sentences.length;
	return {
		sentences: sentences.length,
		words: words.length,
		wordsPerSentence: sl,
		longestSentence: longest.words.length,
		longestSentenceText: longest.text,
		threeSyllablePercent: ms,
		longWordPercent: iw,
		oneSyllablePercent: es,
		wstf1: 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875,
	};
}
