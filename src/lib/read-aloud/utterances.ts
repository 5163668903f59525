import { splitSentences } from '../sections.ts';

/** A sentence of a block's text: what is said, and where it stands in the block's text as the page holds it. */
export interface Sentence {
	/** The sentence as it is said: whitespace collapsed, nothing added, removed or replaced. */
	text: string;
	/** Offset of its first character in the block's text (its text nodes joined, as they are). */
	start: number;
	/** Offset just after its last character. */
	end: number;
}

/** One utterance of the read-aloud queue: a sentence of one block. */
export interface Utterance extends Sentence {
	/** Index of the block (heading, paragraph, list item, table cell …) that holds the sentence. */
	block: number;
}

/**
 * Words that begin a sentence when they follow a number with a full stop.
 * splitSentences keeps „316.“ with what follows, as it must for „am 6. Mai“
 * or „der 21. Wahlperiode“ (an ordinal is followed by a noun or an
 * adjective); an article, pronoun, conjunction or adverb with a capital
 * letter after it can only start a new sentence: „… die erforderlichen 316.
 * Damit war er nicht gewählt.“ Spoken, the difference is heard.
 */
const STARTERS = [
	'Der',
	'Die',
	'Das',
	'Den',
	'Dem',
	'Des',
	'Ein',
	'Eine',
	'Einen',
	'Einem',
	'Einer',
	'Eines',
	'Er',
	'Sie',
	'Es',
	'Wir',
	'Ich',
	'Man',
	'Dies',
	'Diese',
	'Dieser',
	'Dieses',
	'Diesen',
	'Diesem',
	'Damit',
	'Dabei',
	'Danach',
	'Dann',
	'Daher',
	'Darauf',
	'Deshalb',
	'Dennoch',
	'Doch',
	'Aber',
	'Und',
	'Oder',
	'Auch',
	'Also',
	'So',
	'Nun',
	'Zudem',
	'Außerdem',
	'Trotzdem',
	'Jedoch',
	'Allerdings',
	'Später',
	'Zuvor',
];
const AFTER_NUMBER = new RegExp(`(?<=\\d\\.)\\s+(?=(?:${STARTERS.join('|')})(?![\\p{L}\\p{N}]))`, 'u');

/**
 * The sentences of one block's text, with their place in that text. The
 * page's text may break lines or repeat spaces: the sentences are split
 * (German rules, see splitSentences) on the text with whitespace collapsed,
 * then mapped back, so a mark covers exactly what is said.
 */
export function sentencesOf(text: string): Sentence[] {
	let collapsed = '';
	// Index in `text` of each character of `collapsed`.
	const origin: number[] = [];
	for (let index = 0; index < text.length; index += 1) {
		const whitespace = /\s/.test(text[index]!);
		if (whitespace && (collapsed === '' || collapsed.endsWith(' '))) continue;
		collapsed += whitespace ? ' ' : text[index];
		origin.push(index);
	}
	const sentences: Sentence[] = [];
	let from = 0;
	for (const sentence of splitSentences(collapsed).flatMap((piece) => piece.split(AFTER_NUMBER))) {
		const at = collapsed.indexOf(sentence, from);
		from = at + sentence.length;
		// Nothing to say in a lone dash or asterisk.
		if (/[\p{L}\p{N}]/u.test(sentence)) sentences.push({ text: sentence, start: origin[at]!, end: origin[from - 1]! + 1 });
	}
	return sentences;
}

/** The read-aloud queue for blocks of text in reading order: one utterance per sentence; blocks without words say nothing. */
export function utterancesOf(blocks: readonly string[]): Utterance[] {
	return blocks.flatMap((text, block) => sentencesOf(text).map((sentence) => ({ ...sentence, block })));
}
