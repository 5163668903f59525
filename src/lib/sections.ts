/** One `##` section of an article, as the Markdown pipeline collects it. */
export interface ArticleSection {
	/** ASCII slug: the heading's anchor id and the section page's path segment. */
	slug: string;
	/** Heading as plain text. */
	title: string;
	/** Heading content as HTML (keeps inline markup such as `lang` spans). */
	titleHtml: string;
	/** The heading with its anchor link, as the long-read shows it. */
	headingHtml: string;
	/** Everything below the heading, up to the next `##`. */
	bodyHtml: string;
	/** Plain text of each block (paragraph, list item, sub-heading), in order. */
	blocks: string[];
	/** Glossary terms (by slug) marked in this section, in order of first use. */
	terms: string[];
}

export interface SectionPosition {
	index: number;
	number: number;
	total: number;
	previous: ArticleSection | undefined;
	next: ArticleSection | undefined;
}

export function sectionPosition(sections: readonly ArticleSection[], slug: string): SectionPosition {
	const index = sections.findIndex((section) => section.slug === slug);
	if (index < 0) throw new Error(`Unbekannter Abschnitt „${slug}“.`);
	return {
		index,
		number: index + 1,
		total: sections.length,
		previous: sections[index - 1],
		next: sections[index + 1],
	};
}

/** Splits German text into sentences; keeps quotes („…“) with their sentence. */
export function splitSentences(text: string): string[] {
	const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
	return Array.from(segmenter.segment(text), (part) => part.segment.trim()).filter(Boolean);
}

/** The first sentence of a section: the natural summary for previews. */
export function firstSentence(section: ArticleSection): string {
	return splitSentences(section.blocks[0] ?? section.title)[0] ?? section.title;
}
