import { escapeRegExp } from './regexp.ts';

/**
 * Links in a text in Einfache Sprache: the first use of each glossary term
 * and each person links to the glossary entry or the person's page. Forms
 * match whole words, also where the simple text splits a compound for
 * reading („Sicherheits-Garantien“ is the form „Sicherheitsgarantien“).
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

/** A form as a pattern that also matches it split by hyphens between letters, in any case. */
function formPattern(form: string): string {
	return [...form].map((char) => (/\p{L}/u.test(char) ? `${escapeRegExp(char)}-?` : escapeRegExp(char))).join('').replace(/-\?$/, '');
}

/**
 * The paragraphs as segments: plain text, and a link at the first use of
 * each target across all paragraphs (later uses stay plain).
 */
export function linkFirstUses(paragraphs: readonly string[], targets: readonly LinkTarget[]): Segment[][] {
	const forms = targets.flatMap((target, index) => target.forms.filter((form) => form.trim()).map((form) => ({ form: form.trim(), index })));
	if (forms.length === 0) return paragraphs.map((text) => [{ text }]);
	forms.sort((a, b) => b.form.length - a.form.length);
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.map(({ form }) => `(${formPattern(form)})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
	const linked = new Set<number>();
	return paragraphs.map((text) => {
		const segments: Segment[] = [];
		let cursor = 0;
		for (const match of text.matchAll(pattern)) {
			const group = match.slice(1).findIndex((value) => value !== undefined);
			const target = forms[group]!.index;
			if (linked.has(target)) continue;
			linked.add(target);
			if (match.index > cursor) segments.push({ text: text.slice(cursor, match.index) });
			segments.push({ text: match[0], href: targets[target]!.href });
			cursor = match.index + match[0].length;
		}
		if (cursor < text.length) segments.push({ text: text.slice(cursor) });
		return segments;
	});
}
