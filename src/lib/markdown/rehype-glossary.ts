import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { termMatcher, type TermForms } from '../glossary.ts';
import { headingLevel } from './content-rules.ts';

export interface GlossaryOptions {
	/** The article's glossary entries: each term and its other spellings. */
	entries: readonly TermForms[];
	/** Link target of a term without JavaScript: its glossary entry. */
	href: (slug: string) => string;
	/** id of the definition that the term's `aria-describedby` points to. */
	definitionId: (sectionSlug: string, termSlug: string) => string;
}

const SKIP = new Set(['a', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Marks the first use of each glossary term in each section (not in headings,
 * not inside links) as a link to its glossary entry, described by the
 * definition the page renders for that section. Runs after the section slugs
 * are set.
 */
export function rehypeGlossary(options: GlossaryOptions) {
	return (tree: Root) => {
		const matcher = termMatcher(options.entries);
		if (!matcher) return;
		let section: string | undefined;
		let marked = new Set<string>();
		const mark = (parent: Element | Root, index: number, node: Text): number => {
			for (const match of node.value.matchAll(matcher.pattern)) {
				const slug = matcher.slugOf.get(match[0])!;
				if (marked.has(slug) || !section) continue;
				marked.add(slug);
				const before = node.value.slice(0, match.index);
				const after = node.value.slice(match.index + match[0].length);
				const link: Element = {
					type: 'element',
					tagName: 'a',
					properties: {
						className: ['glossary-term'],
						href: options.href(slug),
						dataTerm: slug,
						ariaDescribedBy: [options.definitionId(section, slug)],
					},
					children: [{ type: 'text', value: match[0] }],
				};
				const replacement: ElementContent[] = [...(before ? [{ type: 'text', value: before } as Text] : []), link];
				const rest: Text = { type: 'text', value: after };
				parent.children.splice(index, 1, ...(replacement as RootContent[] & ElementContent[]), rest as RootContent & ElementContent);
				return index + replacement.length;
			}
			return -1;
		};
		const walk = (parent: Element | Root) => {
			for (let index = 0; index < parent.children.length; index += 1) {
				const node = parent.children[index]!;
				if (node.type === 'text') {
					let at = index;
					while (at >= 0) {
						const next = mark(parent, at, parent.children[at] as Text);
						if (next < 0) break;
						at = next;
						index = next;
					}
				} else if (node.type === 'element' && !SKIP.has(node.tagName)) {
					walk(node);
				}
			}
		};
		for (const node of tree.children) {
			if (headingLevel(node) === 2 && node.type === 'element') {
				section = String(node.properties.id);
				marked = new Set();
				continue;
			}
			if (node.type === 'element' && !SKIP.has(node.tagName)) walk(node);
		}
	};
}
