/** One `##` section of an article, as the Markdown pipeline collects it (the model adds what it computes). */
export interface RenderedSection {
	/** ASCII slug: the heading's anchor id and the section page's path segment. */
	slug: string;
	/** Heading as plain text. */
	title: string;
	/** Heading content as HTML (keeps inline markup such as `lang` spans). */
	titleHtml: string;
	/** The heading with its anchor link, as the long-read shows it. */
	headingHtml: string;
	/** Everything below the heading, up to the next `##`, as the long-read shows it. */
	bodyHtml: string;
	/** The same on the section's own page, where the heading is the `h1`: sub-headings one level up. */
	pageBodyHtml: string;
	/** Plain text of each block (paragraph, list item, sub-heading), in order. */
	blocks: string[];
	/** Glossary terms (by slug) marked in this section, in order of first use. */
	terms: string[];
}

const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });

/** Abbreviations after which a German sentence goes on. */
const ABBREVIATIONS = new Set([
	'z',
	'B',
	'd',
	'h',
	'u',
	'a',
	'bzw',
	'ca',
	'Dr',
	'Prof',
	'Nr',
	'St',
	'vgl',
	'usw',
	'etc',
	'Mio',
	'Mrd',
	'sog',
	'evtl',
	'ggf',
	'inkl',
	'Jh',
]);

/** Whether a piece the segmenter cut off really ends a sentence (not „Am 18.“, „George W.“, „z. B.“). */
function endsSentence(piece: string): boolean {
	if (/\d\.$/.test(piece)) return false;
	const last = /(?:^|[\s(„])([\p{L}]+)\.$/u.exec(piece)?.[1];
	if (last && (last.length === 1 || ABBREVIATIONS.has(last))) return false;
	// A quote still open: the sentence goes on after it.
	return (piece.match(/„/g)?.length ?? 0) <= (piece.match(/“/g)?.length ?? 0);
}

/** Splits German text into sentences; keeps dates, initials, abbreviations and quotes („…“) inside their sentence. */
export function splitSentences(text: string): string[] {
	const sentences: string[] = [];
	let pending = '';
	for (const { segment } of segmenter.segment(text)) {
		pending += segment;
		if (endsSentence(pending.trim())) {
			if (pending.trim()) sentences.push(pending.trim());
			pending = '';
		}
	}
	if (pending.trim()) sentences.push(pending.trim());
	return sentences;
}

/** The first sentence of a section: the natural summary for previews. */
export function firstSentence(section: Pick<RenderedSection, 'blocks' | 'title'>): string {
	return splitSentences(section.blocks[0] ?? section.title)[0] ?? section.title;
}
