/**
 * Who the text names, and where: names and aliases found on word boundaries,
 * the longest form winning („Melania Trump“ is Melania, not Donald), and
 * direct quotes („…“) attributed to whoever said or wrote them.
 */
import type { NameMatch, NamingSentence, Quote, SectionMentions } from './content/model.ts';
import { escapeRegExp } from './regexp.ts';
import { splitSentences } from './sections.ts';

export type { NameMatch, NamingSentence, Quote, SectionMentions };

export interface NamedPerson {
	id: string;
	name: string;
	aliases: readonly string[];
}

export interface Matcher {
	find(text: string): NameMatch[];
}

/** Compiles the names of one article's people into a single matcher. */
export function createMatcher(people: readonly NamedPerson[]): Matcher {
	const owner = new Map<string, string>();
	for (const person of people) {
		for (const form of [person.name, ...person.aliases]) {
			const trimmed = form.trim();
			if (!trimmed) continue;
			const existing = owner.get(trimmed);
			if (existing && existing !== person.id) {
				throw new Error(`Die Namensform „${trimmed}“ gehört zu zwei Personen: ${existing} und ${person.id}.`);
			}
			owner.set(trimmed, person.id);
		}
	}
	if (owner.size === 0) return { find: () => [] };
	const forms = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
	// Not inside a longer word: no letter or digit may touch the name on either side.
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	return {
		find(text) {
			return Array.from(text.matchAll(pattern), (match) => ({
				id: owner.get(match[0])!,
				start: match.index,
				end: match.index + match[0].length,
			}));
		},
	};
}

const QUOTE = /„([^“]+)“/g;
/** Verbs that introduce a speaker after a quote: „…“, schrieb Trump. */
const SPEECH_VERB = /^\s*,?\s*(?:sagte|schrieb|erklärte|betonte|fügte|ergänzte|meinte|warnte|sagt|schreibt|erklärt|betont|so)\b\s*/u;

/** Finds who a section names, sentence by sentence, and whose quotes it carries. */
export function analyseSection(title: string, blocks: readonly string[], matcher: Matcher): SectionMentions {
	const sentences: NamingSentence[] = [];
	const counts = new Map<string, number>();
	const quotes: Quote[] = [];
	for (const sentence of [title, ...blocks.flatMap((block) => splitSentences(block))]) {
		const matches = matcher.find(sentence);
		if (matches.length === 0) continue;
		sentences.push({ text: sentence, matches });
		for (const match of matches) counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
		quotes.push(...attributeQuotes(sentence, matches));
	}
	return { sentences, people: Array.from(counts, ([id, count]) => ({ id, count })), quotes };
}

/**
 * A quote belongs to the person named right after it with a verb of saying
 * („…“, schrieb Trump); failing that (a pronoun: „…“, sagte er), to the first
 * person the sentence names outside any quote: its subject.
 */
export function attributeQuotes(sentence: string, matches: readonly NameMatch[]): Quote[] {
	const spans = Array.from(sentence.matchAll(QUOTE), (match) => ({
		start: match.index,
		end: match.index + match[0].length,
		text: match[1]!.trim(),
	}));
	if (spans.length === 0) return [];
	const outside = matches.filter((match) => !spans.some((span) => match.start >= span.start && match.end <= span.end));
	return spans.flatMap((span) => {
		const after = sentence.slice(span.end);
		const verb = SPEECH_VERB.exec(after);
		const named = verb ? outside.find((match) => match.start === span.end + verb[0].length) : undefined;
		const speaker = named ?? outside[0];
		return speaker ? [{ id: speaker.id, text: span.text, sentence }] : [];
	});
}
