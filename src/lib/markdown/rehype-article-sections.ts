import { articlePages, changeIdPrefix, ids, referenceIdPrefix, reservedIdPrefix } from '../contract.ts';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { extractPinnedSlug, isSlug, slugify } from '../slug.ts';
import type { RenderedSection } from '../sections.ts';
import { checkHeadingOutline, fail, headingLevel } from './content-rules.ts';

/**
 * Step 1 of the article pipeline, before `rehype-slug`: checks the content
 * rules and gives every `##` heading its section slug (pinned with `{#slug}`
 * or derived from the heading text), refusing collisions.
 */
export function rehypeArticleSections() {
	return (tree: Root, file: VFile) => {
		checkHeadingOutline(tree, file);

		if (!tree.children.some((node) => headingLevel(node) === 2)) {
			fail(file, 'Der Artikel hat keinen Abschnitt: Mindestens eine ##-Überschrift ist nötig.');
		}
		const seen = new Map<string, string>();
		let sections = 0;
		let open: { heading: Element; content: boolean } | undefined;
		const close = () => {
			if (open && !open.content) fail(file, `Der Abschnitt „${toString(open.heading).trim()}“ hat keinen Text.`, open.heading);
		};
		for (const node of tree.children) {
			if (headingLevel(node) !== 2) {
				if (open && isContent(node)) open.content = true;
				if (sections === 0 && isContent(node)) {
					fail(
						file,
						'Text vor dem ersten Abschnitt: Jeder Absatz muss unter einer ##-Überschrift stehen, damit er einen Abschnittslink hat.',
						node,
					);
				}
				continue;
			}
			const heading = node as Element;
			close();
			open = { heading, content: false };
			sections += 1;
			const slug = pinSlug(heading, file);
			const title = toString(heading).trim();
			if (!title) fail(file, 'Leere ##-Überschrift.', heading);
			if (!isSlug(slug))
				fail(file, `Ungültiger Abschnitts-Slug „${slug}“ für „${title}“: erlaubt sind a–z, 0–9 und einzelne Bindestriche.`, heading);
			if (RESERVED_IDS.has(slug) || [reservedIdPrefix, referenceIdPrefix, changeIdPrefix].some((prefix) => slug.startsWith(prefix)))
				fail(file, `Der Abschnitts-Slug „${slug}“ ist für die Seite selbst reserviert. Legen Sie einen anderen mit {#…} fest.`, heading);
			if (RESERVED_PAGES.has(slug))
				fail(
					file,
					`Der Abschnitts-Slug „${slug}“ ist der Name einer Seite des Artikels (/${slug}/). Legen Sie einen anderen mit {#…} fest.`,
					heading,
				);
			const clash = seen.get(slug);
			if (clash !== undefined) {
				fail(
					file,
					`Zwei Abschnitte haben denselben Slug „${slug}“: „${clash}“ und „${title}“. Ändern Sie eine Überschrift oder legen Sie den Slug mit {#…} fest.`,
					heading,
				);
			}
			seen.set(slug, title);
			heading.properties.id = slug;
		}
		close();
	};
}

/** ids the page layout itself uses: a section may not take them. */
const RESERVED_IDS = new Set<string>(Object.values(ids));
/** Pages of the article beside its sections. */
const RESERVED_PAGES = new Set<string>(Object.values(articlePages));

declare module 'vfile' {
	interface DataMap {
		/** The article's sections, as the last step of the pipeline collects them. */
		sections: RenderedSection[];
	}
}

/** Step 2, after `rehype-autolink-headings`: records the sections in `file.data.sections`. */
export function rehypeCollectSections() {
	return (tree: Root, file: VFile) => {
		checkUniqueIds(tree, file);
		const sections: RenderedSection[] = [];
		let current: { heading: RootContent; body: RootContent[] } | undefined;
		const flush = () => {
			if (current) sections.push(toSection(current.heading, current.body));
		};
		for (const node of tree.children) {
			const heading = sectionHeading(node);
			if (heading) {
				flush();
				current = { heading: node, body: [] };
			} else if (current) {
				current.body.push(node);
			}
		}
		flush();
		file.data.sections = sections;
	};
}

function isContent(node: RootContent): boolean {
	if (node.type === 'text') return node.value.trim() !== '';
	return node.type === 'element' || node.type === 'raw';
}

/** The last text of an element, however deeply nested (`## **Titel {#alt}**`). */
function lastText(node: Element): Text | undefined {
	const last = node.children.at(-1);
	if (last?.type === 'text') return last;
	return last?.type === 'element' ? lastText(last) : undefined;
}

function pinSlug(heading: Element, file: VFile): string {
	const last = lastText(heading);
	if (last) {
		const { text, slug } = extractPinnedSlug(last.value);
		if (slug !== undefined) {
			last.value = text;
			if (!slug) fail(file, 'Leerer festgelegter Slug {#}.', heading);
			return slug;
		}
	}
	return slugify(toString(heading));
}

/** The `##` heading itself, or the group element the anchor plugin wrapped it in. */
function sectionHeading(node: RootContent): Element | undefined {
	if (node.type !== 'element') return undefined;
	if (headingLevel(node) === 2) return node;
	const inner = node.children.find((child): child is Element => headingLevel(child) === 2);
	return inner;
}

function toSection(wrapper: RootContent, body: RootContent[]): RenderedSection {
	const heading = sectionHeading(wrapper)!;
	const blocks: string[] = [];
	const terms: string[] = [];
	for (const node of body) {
		collectBlocks(node, blocks);
		collectTerms(node, terms);
	}
	return {
		slug: String(heading.properties.id),
		title: toString(heading).trim(),
		titleHtml: toHtml(heading.children).trim(),
		headingHtml: toHtml(wrapper),
		bodyHtml: toHtml(body).trim(),
		pageBodyHtml: toHtml(body.map(promoteHeadings)).trim(),
		blocks,
		terms,
	};
}

/**
 * On a section page the section's heading is the page's `h1`, so its
 * sub-headings move up one level (`###` becomes `h2`): no level is skipped.
 */
function promoteHeadings<Node extends RootContent | ElementContent>(node: Node): Node {
	if (node.type !== 'element') return node;
	const level = headingLevel(node);
	const className = Array.isArray(node.properties.className)
		? node.properties.className.map((name) =>
				String(name).replace(/^heading-h([3-6])$/, (_match, n: string) => `heading-h${Number(n) - 1}`),
			)
		: node.properties.className;
	return {
		...node,
		tagName: level !== undefined && level > 2 ? `h${level - 1}` : node.tagName,
		properties: { ...node.properties, ...(className === undefined ? {} : { className }) },
		children: node.children.map((child) => promoteHeadings(child)),
	};
}

function collectTerms(node: RootContent | ElementContent, terms: string[]): void {
	if (node.type !== 'element') return;
	const term = node.properties.dataTerm;
	if (node.tagName === 'a' && typeof term === 'string') terms.push(term);
	for (const child of node.children) collectTerms(child, terms);
}

/** The text of a node without what is not the article's (source markers: `data-pagefind-ignore`). */
function readText(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' || node.properties.dataPagefindIgnore !== undefined) return '';
	return node.children.map(readText).join('');
}

/** Elements whose text is one block. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['p', 'h3', 'h4', 'h5', 'h6', 'pre', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption']);
/** Blocks inside a list item: an item holding one is not itself a block of text. */
const NESTED_BLOCKS: ReadonlySet<string> = new Set(['p', 'ul', 'ol', 'blockquote', 'div', 'table', 'dl', 'pre']);

/** Whether an element's text is one block of the section: a text element, or a list item without nested blocks. The quote anchors (rehype-references.ts) search the same blocks. */
export function isTextBlock(node: Element): boolean {
	return (
		TEXT_BLOCKS.has(node.tagName) ||
		(node.tagName === 'li' && !node.children.some((child) => child.type === 'element' && NESTED_BLOCKS.has(child.tagName)))
	);
}

/** Whether an element is a block nested in a list item. */
export const isNestedBlock = (node: ElementContent): node is Element => node.type === 'element' && NESTED_BLOCKS.has(node.tagName);

function collectBlocks(node: RootContent | ElementContent, blocks: string[]): void {
	if (node.type !== 'element') return;
	if (isTextBlock(node)) {
		const text = readText(node).replace(/\s+/g, ' ').trim();
		if (text) blocks.push(text);
		return;
	}
	if (node.tagName === 'li') {
		// A list item with a nested list or block: its own text („- a“ before „  - b“) is a block too, before the nested ones.
		const own = node.children.map((child) => (isNestedBlock(child) ? '' : readText(child))).join('');
		const text = own.replace(/\s+/g, ' ').trim();
		if (text) blocks.push(text);
		for (const child of node.children) if (isNestedBlock(child)) collectBlocks(child, blocks);
		return;
	}
	for (const child of node.children) collectBlocks(child, blocks);
}

/**
 * Section slugs are unique (checked above); a sub-heading that rehype-slug
 * gave the same id as a section (`## Ziele` … `### Ziele`) gets a number, and
 * its anchor link follows. Any other repeat is an error.
 */
function checkUniqueIds(tree: Root, file: VFile): void {
	const ids = new Set<string>();
	const walk = (nodes: Array<RootContent | ElementContent>) => {
		for (const node of nodes) {
			if (node.type !== 'element') continue;
			const id = node.properties.id;
			if (typeof id === 'string') {
				const level = headingLevel(node);
				if (ids.has(id) && level !== undefined && level > 2) {
					let number = 2;
					while (ids.has(`${id}-${number}`)) number += 1;
					renameAnchor(nodes, node, `${id}-${number}`);
				} else if (ids.has(id)) {
					fail(file, `Die Anker-ID „${id}“ kommt zweimal vor.`, node);
				}
				ids.add(String(node.properties.id));
			}
			walk(node.children);
		}
	};
	walk(tree.children);
}

function renameAnchor(siblings: Array<RootContent | ElementContent>, heading: Element, id: string): void {
	const old = heading.properties.id;
	heading.properties.id = id;
	for (const sibling of siblings) {
		if (sibling.type === 'element' && sibling.tagName === 'a' && sibling.properties.href === `#${old}`) {
			sibling.properties.href = `#${id}`;
		}
	}
}
