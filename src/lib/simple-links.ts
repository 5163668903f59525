/**
 * Links in a text in Einfache Sprache: the first use of each glossary term
 * and each person links to the glossary entry or the person's page. Forms
 * match whole words, in any case, also where the simple text splits a
 * compound for reading („Sicherheits-Garantien“ is the form „Sicherheitsgarantien“).
 *
 * A plain scan, not one regular expression of all forms: such an expression
 * (case-insensitive, Unicode, a hyphen allowed after every letter) costs tens
 * of milliseconds to compile, once per article, which an archive of
 * thousands of articles pays on every build.
 */

export interface LinkTarget {
	/** The spellings that name the target (a term and its aliases, a name and its aliases). */
	forms: readonly string[];
	href: string;
}

export interface Segment {
	text: string;
	/** Set on the first use of a target. */
	href?: string;
}

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}]/u;

/** One character in lower case where that keeps it one character (so positions stay put). */
function lower(char: string): string {
	const folded = char.toLowerCase();
	return folded.length === char.length ? folded : char;
}

/**
 * The text without the hyphens that split a word (a letter before, a letter
 * or digit after), in lower case, with the position in `text` of each
 * character kept.
 */
function squeeze(text: string): { folded: string; at: number[] } {
	let folded = '';
	const at: number[] = [];
	for (let index = 0; index < text.length; index += 1) {
		const char = text[index]!;
		if (char === '-' && index > 0 && LETTER.test(text[index - 1]!) && WORD.test(text[index + 1] ?? '')) continue;
		folded += lower(char);
		at.push(index);
	}
	return { folded, at };
}

/**
 * The paragraphs as segments: plain text, and a link at the first use of
 * each target across all paragraphs (later uses stay plain). Where forms
 * start at the same place, the longest wins.
 */
export function linkFirstUses(paragraphs: readonly string[], targets: readonly LinkTarget[]): Segment[][] {
	const forms = targets
		.flatMap((target, index) =>
			target.forms
				.map((form) => form.trim())
				.filter(Boolean)
				.map((form) => ({ length: form.length, folded: squeeze(form).folded, index })),
		)
		.sort((a, b) => b.length - a.length);
	const linked = new Set<number>();
	return paragraphs.map((text) => {
		const segments: Segment[] = [];
		if (forms.length === 0) return [{ text }];
		const { folded, at } = squeeze(text);
		let cursor = 0;
		let position = 0;
		while (position < folded.length) {
			const start = at[position]!;
			const before = text[start - 1] ?? '';
			const match =
				before === '-' || WORD.test(before)
					? undefined
					: forms.find(
							({ folded: form }) => folded.startsWith(form, position) && !WORD.test(text[at[position + form.length - 1]! + 1] ?? ''),
						);
			if (!match) {
				position += 1;
				continue;
			}
			const end = at[position + match.folded.length - 1]! + 1;
			position += match.folded.length;
			if (linked.has(match.index)) continue;
			linked.add(match.index);
			if (start > cursor) segments.push({ text: text.slice(cursor, start) });
			segments.push({ text: text.slice(start, end), href: targets[match.index]!.href });
			cursor = end;
		}
		if (cursor < text.length) segments.push({ text: text.slice(cursor) });
		return segments;
	});
}
