import type { Element, ElementContent } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { RenderedSection } from '../sections.ts';
import { rehypeAllowlist } from './allowlist.ts';
import { rehypeArticleSections, rehypeCollectSections } from './rehype-article-sections.ts';
import { rehypeGlossary, type GlossaryOptions } from './rehype-glossary.ts';
import { rehypeReferences, type BodySentence, type ReferenceAnchor, type ReferenceOptions } from './rehype-references.ts';
import { rehypeTables } from './rehype-tables.ts';

export interface PipelineOptions {
	/** Accessible name of a heading's anchor link, before the heading text. */
	anchorLink: string;
	/** Accessible name of a table's scroll region, from its caption if it has one. */
	tableLabel: (caption: string | undefined) => string;
	/** The article's glossary, where its terms link to, and the ids of their definitions. */
	glossary: GlossaryOptions;
	/** Snippets of the text that front matter quotes, and what follows their sentences. */
	references?: ReferenceOptions;
}

export interface RenderedBody {
	sections: RenderedSection[];
	/** One per quoted snippet, in the order of `references.quotes`. */
	references: ReferenceAnchor[];
	/** Every sentence of the body's text blocks (headings aside), with its line. */
	sentences: BodySentence[];
}

/**
 * An article body through the unified pipeline, in order:
 * Markdown (with GFM tables) → HTML tree with pasted HTML parsed → HTML
 * checked against the allowlist → content rules and section slugs →
 * quoted sentences anchored → glossary terms marked → tables made scrollable → ids for sub-headings →
 * anchor links → sections collected.
 *
 * `path` names the file in every message; `markdown` keeps the file's line
 * numbers (the front matter blanked, not cut).
 */
export async function renderArticleBody(markdown: string, path: string, options: PipelineOptions): Promise<RenderedBody> {
	const icon: ElementContent = {
		type: 'element',
		tagName: 'span',
		properties: { ariaHidden: 'true', className: ['anchor-icon'] },
		children: [{ type: 'text', value: '#' }],
	};
	const processor = unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypeRaw)
		.use(rehypeAllowlist)
		.use(rehypeArticleSections)
		.use(rehypeReferences, options.references ?? { quotes: [] })
		.use(rehypeGlossary, options.glossary)
		.use(rehypeTables, { label: options.tableLabel })
		.use(rehypeSlug)
		.use(rehypeAutolinkHeadings, {
			behavior: 'after',
			test: ['h2', 'h3', 'h4', 'h5', 'h6'],
			content: icon,
			group: (heading: Readonly<Element>): Element => ({
				type: 'element',
				tagName: 'div',
				properties: { className: ['heading-wrapper', `heading-${heading.tagName}`] },
				children: [],
			}),
			properties: (heading: Readonly<Element>) => ({
				className: ['anchor-link'],
				ariaLabel: `${options.anchorLink}: ${toString(heading as Element).trim()}`,
				dataPagefindIgnore: '',
			}),
		})
		.use(rehypeCollectSections);
	const file = new VFile({ value: markdown, path });
	await processor.run(processor.parse(file), file);
	return { sections: file.data.sections ?? [], references: file.data.references ?? [], sentences: file.data.sentences ?? [] };
}
