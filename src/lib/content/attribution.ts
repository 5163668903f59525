import { remembered } from '../memo.ts';
import type { AttributionKind } from './schema.ts';

/**
 * Who said it stays with it: the rules that keep an editorial line as
 * attributed as the sentence it rests on, and the cues by which a sentence of
 * the text reads as someone's statement. Pure functions: the article build
 * (./article.ts) applies them and words the errors.
 */

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
const words = (source: string) => new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'iu');

/**
 * The phrases of reported speech that attribute a line to a medium or to
 * unnamed sources („laut BBC“, „Berichten zufolge“, „nach Angaben des
 * Kremls“, „nach Trumps Worten“). The one list: editors find it in the README.
 */
export const REPORTED_SPEECH: ReadonlyArray<{ phrase: string; pattern: RegExp }> = [
	{ phrase: 'laut …', pattern: words('laut') },
	{ phrase: '… zufolge', pattern: words('zufolge') },
	{ phrase: 'nach Angaben …', pattern: words('nach\\s+(?:[\\p{L}-]+\\s+)?Angaben') },
	// „nach Trumps Worten“; „nach eigenen Worten“ names no one who passed the words on.
	{ phrase: 'nach … Worten', pattern: words('nach\\s+(?!eigenen\\s)[\\p{L}-]+\\s+Worten') },
	{ phrase: 'berichtet', pattern: words('berichte(?:t|te|ten)') },
	{ phrase: 'heißt es', pattern: words('(?:heißt|hieß|heisst|hiess)\\s+es') },
	{ phrase: 'zitiert', pattern: words('zitiert(?:e|en)?') },
];

/** Whether a line carries a phrase of reported speech. */
export function hasReportedSpeech(line: string): boolean {
	return REPORTED_SPEECH.some(({ pattern }) => pattern.test(line));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Whether `line` names `form` as a word of its own (case aside, any run of spaces between its words): what
 * `words(form)` would find. The form's pattern is a plain text, made once per form; the word's edges are checked
 * after a match, with one pattern for every form. With the edges in each form's pattern (each of them holds every
 * letter and digit of Unicode, and every story brings forms of its own), the content step of a clean build of
 * 1,000 stories took about 26 s; this way, 18 s.
 */
export function namesForm(line: string, form: string): boolean {
	if (!form.trim()) return words('').test(line);
	const pattern = formPattern(form);
	pattern.lastIndex = 0;
	for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
		const end = match.index + match[0].length;
		if (!LETTER_OR_DIGIT.test(charBefore(line, match.index)) && !LETTER_OR_DIGIT.test(charAt(line, end))) return true;
		// On from the next character: a whole code point on, as a unicode pattern would go back to its start.
		pattern.lastIndex = match.index + charAt(line, match.index).length;
	}
	return false;
}

const formPattern = remembered(512, (form) => new RegExp(escape(form.trim()).replace(/\s+/g, '\\s+'), 'giu'));
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** The character (a whole code point) that ends at `at`, or ''. */
function charBefore(text: string, at: number): string {
	if (at === 0) return '';
	const low = text.charCodeAt(at - 1);
	const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
	return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text.charAt(at - 1);
}
/** The character (a whole code point) that starts at `at`, or ''. */
const charAt = (text: string, at: number) => (at >= text.length ? '' : String.fromCodePoint(text.codePointAt(at)!));

/** Words of a `via` that are not its grammar: the medium or channel it names („BBC“, „Nachrichtenagentur RIA“, „Truth Social“). */
const VIA_GRAMMAR = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'laut', 'auf', 'in', 'im', 'bei', 'gegenüber', 'über', 'nach', 'von', 'vor', 'zu', 'zum', 'zur', 'als', 'mit', 'und']);
export function mediumWords(via: string | undefined): string[] {
	return (via ?? '').split(/[^\p{L}\p{N}-]+/u).filter((word) => word.length >= 2 && /^\p{Lu}/u.test(word) && !VIA_GRAMMAR.has(word.toLowerCase()));
}

/** Kinds of source whose statement reaches the text through someone else: the line must say so. */
const REPORTED_KINDS: ReadonlySet<AttributionKind> = new Set(['agentur', 'medienbericht', 'ungenannt']);

export interface AttributionFacts {
	/** Who says it, as the attribution names it. */
	source: string;
	/** The person's name and other spellings, when the source is one of the article's participants. */
	personForms: readonly string[];
	kind: AttributionKind;
	via?: string | undefined;
}

export interface MissingAttribution {
	/** The forms that would name the speaker, when none is in the line. */
	speaker?: string[];
	/** The medium's words that would name it, when neither they nor a phrase of reported speech are in the line. */
	medium?: string[];
}

/**
 * What an editorial line that rests on an attributed sentence lacks: the
 * speaker (the person by name or alias, or the source), and for a statement
 * that reaches the text through an agency, a medium or unnamed sources also
 * the medium or a phrase of reported speech. Undefined when nothing is missing.
 * An unnamed source without a person (`ungenannt`) is named by the phrase.
 */
export function missingAttribution(line: string, facts: AttributionFacts): MissingAttribution | undefined {
	const missing: MissingAttribution = {};
	const reported = REPORTED_KINDS.has(facts.kind);
	const medium = mediumWords(facts.via);
	const mediumNamed = hasReportedSpeech(line) || medium.some((word) => namesForm(line, word));
	const speakers = [...facts.personForms, facts.source];
	const unnamed = facts.kind === 'ungenannt' && facts.personForms.length === 0;
	if (!unnamed && !speakers.some((form) => namesForm(line, form))) missing.speaker = [...new Set(speakers)];
	if (unnamed && !mediumNamed && !namesForm(line, facts.source)) missing.speaker = [facts.source];
	if (reported && !mediumNamed) missing.medium = medium;
	return missing.speaker || missing.medium ? missing : undefined;
}

/**
 * Cues that a sentence of the text is someone's statement: verbs of saying,
 * prepositions of reported speech, the subjunctive of indirect speech. Such a
 * sentence belongs in `attributions`; the build warns when it is not there.
 */
const SPEECH_CUES = words(
	[
		'sag(?:t|te|ten)',
		'erklär(?:t|te|ten)',
		'beton(?:t|te|ten)',
		'schr(?:eibt|ieb|ieben)',
		'bestätig(?:t|te|ten)',
		'warn(?:t|te|ten)',
		'fügte|fügten|fügt',
		'kündig(?:t|te|ten)',
		'teil(?:t|te|ten)\\s+(?:[\\p{L}-]+\\s+){0,6}mit',
		'mein(?:t|te|ten)',
		'äußer(?:t|te|ten)',
		'berichte(?:t|te|ten)',
		'versicher(?:t|te|ten)',
		'forder(?:t|te|ten)',
		'kritisier(?:t|te|ten)',
		'verkünde(?:t|te|ten)',
		'g(?:ibt|ab|aben)\\s+(?:[\\p{L}-]+\\s+){0,6}bekannt',
		'mach(?:t|te|ten)\\s+deutlich',
		'zufolge',
		'laut',
		'nach\\s+(?:[\\p{L}-]+\\s+)?Angaben',
		'(?:heißt|hieß)\\s+es',
		'sei(?:en)?(?!\\s+denn)',
	].join('|'),
);

/** The word that makes a sentence read as someone's statement, if any. */
export function speechCue(sentence: string): string | undefined {
	return SPEECH_CUES.exec(sentence)?.[0];
}
