import type { Element, ElementContent } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import { toString } from 'hast-util-to-string';
import type { PluggableList } from 'unified';
import { rehypeArticleSections, rehypeCollectSections } from './rehype-article-sections.ts';
import { rehypeGlossary, type GlossaryOptions } from './rehype-glossary.ts';

export interface PipelineLabels {
	/** Accessible name of a heading's anchor link, before the heading text. */
	anchorLink: string;
	/** Where glossary terms link to, and the ids of their definitions. */
	glossary: GlossaryOptions;
}

/**
 * The rehype side of the article pipeline, in order:
 * raw HTML parsed (so the content rules see it) → rules and section slugs →
 * glossary terms marked → ids for sub-headings → anchor links → sections
 * collected for the pages.
 */
export function articleRehypePlugins(labels: PipelineLabels): PluggableList {
	const icon: ElementContent = {
		type: 'element',
		tagName: 'span',
		properties: { ariaHidden: 'true', className: ['anchor-icon'] },
		children: [{ type: 'text', value: '#' }],
	};
	return [
		rehypeRaw,
		rehypeArticleSections,
		[rehypeGlossary, labels.glossary],
		rehypeSlug,
		[
			rehypeAutolinkHeadings,
			{
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
					ariaLabel: `${labels.anchorLink}: ${toString(heading as Element).trim()}`,
					dataPagefindIgnore: '',
				}),
			},
		],
		rehypeCollectSections,
	];
}
