import type { NameMatch } from './mentions.ts';

export interface TextPiece {
	text: string;
	marked: boolean;
}

/** Cuts a sentence into plain and marked pieces, so a template can wrap names in <mark> without raw HTML. */
export function markPieces(text: string, matches: readonly Pick<NameMatch, 'start' | 'end'>[]): TextPiece[] {
	const pieces: TextPiece[] = [];
	let at = 0;
	for (const match of [...matches].sort((a, b) => a.start - b.start)) {
		if (match.start < at) continue;
		if (match.start > at) pieces.push({ text: text.slice(at, match.start), marked: false });
		pieces.push({ text: text.slice(match.start, match.end), marked: true });
		at = match.end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
	return pieces;
}
