import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Wraps every table in a region that scrolls sideways inside the text column
 * on narrow screens. The region is focusable, so keyboard users can scroll it,
 * and named after the table's caption. Column alignment (`align`, obsolete in
 * HTML and not styleable inline under the CSP) becomes a class.
 */
export function rehypeTables(options: { label: (caption: string | undefined) => string }) {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			if ((node.tagName === 'td' || node.tagName === 'th') && typeof node.properties.align === 'string') {
				node.properties.className = [`align-${node.properties.align}`];
				delete node.properties.align;
			}
		});
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
			const wrapper: Element = {
				type: 'element',
				tagName: 'div',
				properties: {
					className: ['table-scroll'],
					role: 'region',
					tabIndex: 0,
					ariaLabel: options.label(caption ? toString(caption).trim() || undefined : undefined),
				},
				children: [node],
			};
			parent.children[index] = wrapper;
			return SKIP;
		});
	};
}
