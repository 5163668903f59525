import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { referenceIdPrefix } from '../contract.ts';
import { splitSentences } from '../sections.ts';
import { slugify } from '../slug.ts';
import { headingLevel } from './content-rules.ts';
// The text blocks searched are the ones the sections collect.
import { isTextBlock } from './rehype-article-sections.ts';

/**
 * References by quotation: front matter points into the text with a short
 * verbatim snippet. Each snippet that occurs exactly once becomes an anchor:
 * the sentence it stands in is wrapped in `<span id="beleg-…">`
 * (marked by CSS when it is the target), and what should follow the sentence
 * (a source marker) is put after it. Snippets found zero or several times are
 * reported with the lines where they stand; the caller fails the build with
 * the front matter's line.
 *
 * Runs after the section slugs are set and before glossary terms are marked.
 */

export interface ReferenceOptions {
	/** The snippets, as the front matter quotes them. */
	quotes: readonly string[];
	/** What follows the sentence of snippet `index` (a source marker), if anything. */
	after?: (index: number, anchor: { id: string; section: string }) => ElementContent[];
}

export interface ReferenceAnchor {
	quote: string;
	/** Markdown lines where the snippet stands: one for a usable reference. */
	lines: number[];
	/** The sentence's anchor id (found exactly once only). */
	id?: string;
	/** The slug of the section it stands in (found exactly once only). */
	section?: string;
	/** The sentence it stands in, as plain text (found exactly once only). */
	sentence?: string;
}

/** A sentence of the body (not a heading), with the Markdown line it starts on. */
export interface BodySentence {
	text: string;
	line: number;
	section: string;
}

declare module 'vfile' {
	interface DataMap {
		references: ReferenceAnchor[];
		/** Every sentence of the body's text blocks, in order. */
		sentences: BodySentence[];
	}
}

interface Piece {
	node: Text;
	start: number;
}

interface Block {
	element: Element;
	/** A `##` heading: it is its section's anchor already, nothing is wrapped. */
	heading: boolean;
	section: string;
	text: string;
	pieces: Piece[];
	/** Normalised text (whitespace runs as one space) and, per character, its index in `text`. */
	normal: string;
	rawIndex: number[];
}

/** Whitespace runs as one space, so a snippet matches across the line breaks of the Markdown. */
export function normaliseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export function rehypeReferences(options: ReferenceOptions) {
	return (tree: Root, file: VFile) => {
		const blocks = collectBlocks(tree);
		file.data.sentences = blocks
			.filter((block) => !block.heading)
			.flatMap((block) => {
				let cursor = 0;
				return splitSentences(block.text).map((sentence) => {
					const at = Math.max(0, block.text.indexOf(sentence, cursor));
					cursor = at + sentence.length;
					return { text: normaliseSpace(sentence), line: lineAt(block, at), section: block.section };
				});
			});
		const found: Array<Array<{ block: Block; start: number; end: number; line: number }>> = options.quotes.map(() => []);
		options.quotes.forEach((quote, index) => {
			const needle = normaliseSpace(quote);
			if (!needle) return;
			for (const block of blocks) {
				for (let at = block.normal.indexOf(needle); at >= 0; at = block.normal.indexOf(needle, at + 1)) {
					const start = block.rawIndex[at]!;
					const end = block.rawIndex[at + needle.length - 1]! + 1;
					found[index]!.push({ block, start, end, line: lineAt(block, start) });
				}
			}
		});
		const used = new Set<string>();
		const bySentence = new Map<string, string>();
		const anchors: ReferenceAnchor[] = options.quotes.map((quote, index) => {
			const hits = found[index]!;
			const anchor: ReferenceAnchor = { quote, lines: hits.map((hit) => hit.line) };
			if (hits.length !== 1) return anchor;
			const { block, start, end } = hits[0]!;
			anchor.section = block.section;
			if (block.heading) {
				anchor.id = block.section;
				anchor.sentence = normaliseSpace(block.text);
				return anchor;
			}
			const [from, to] = sentenceAround(block.text, start, end);
			anchor.sentence = normaliseSpace(block.text.slice(from, to));
			const key = `${blocks.indexOf(block)}:${from}`;
			let id = bySentence.get(key);
			if (!id) {
				id = uniqueId(block.text.slice(from, to), used);
				bySentence.set(key, id);
				wrap(block, from, to, id);
			}
			anchor.id = id;
			const extra = options.after?.(index, { id, section: block.section }) ?? [];
			if (extra.length > 0) insertAfter(tree, id, extra);
			return anchor;
		});
		file.data.references = anchors;
	};
}

/** The text blocks of the body, each with the section it belongs to. */
function collectBlocks(tree: Root): Block[] {
	const blocks: Block[] = [];
	let section = '';
	const visit = (node: RootContent | ElementContent) => {
		if (node.type !== 'element') return;
		if (isTextBlock(node)) {
			blocks.push(blockOf(node, section));
			return;
		}
		for (const child of node.children) visit(child);
	};
	for (const node of tree.children) {
		if (node.type === 'element' && headingLevel(node) === 2) {
			section = String(node.properties.id ?? '');
			blocks.push({ ...blockOf(node, section), heading: true });
			continue;
		}
		visit(node);
	}
	return blocks;
}

function blockOf(element: Element, section: string): Block {
	const pieces: Piece[] = [];
	let text = '';
	const walk = (nodes: ElementContent[]) => {
		for (const node of nodes) {
			if (node.type === 'text') {
				pieces.push({ node, start: text.length });
				text += node.value;
			} else if (node.type === 'element') {
				walk(node.children);
			}
		}
	};
	walk(element.children);
	let normal = '';
	const rawIndex: number[] = [];
	for (let index = 0; index < text.length; index += 1) {
		const char = text[index]!;
		if (/\s/.test(char)) {
			if (normal === '' || normal.endsWith(' ')) continue;
			normal += ' ';
		} else {
			normal += char;
		}
		rawIndex.push(index);
	}
	return { element, heading: false, section, text, pieces, normal, rawIndex };
}

/** The Markdown line of a character of the block's text. */
function lineAt(block: Block, index: number): number {
	const piece = [...block.pieces].reverse().find((candidate) => candidate.start <= index);
	const start = piece?.node.position?.start ?? block.element.position?.start;
	if (!piece || !start) return start?.line ?? 0;
	const before = piece.node.value.slice(0, index - piece.start);
	return start.line + (before.match(/\n/g)?.length ?? 0);
}

/** The sentence (or sentences) of `text` that the range [start, end) stands in. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
	let from = 0;
	let to = text.length;
	let cursor = 0;
	let first = true;
	for (const sentence of splitSentences(text)) {
		const at = text.indexOf(sentence, cursor);
		if (at < 0) break;
		const stop = at + sentence.length;
		cursor = stop;
		if (at <= start && start < stop && first) {
			from = at;
			first = false;
		}
		if (at < end && end <= stop) {
			to = stop;
			break;
		}
	}
	return [from, to];
}

/** A readable id from the sentence's first words (`beleg-selenskyj-machte-deutlich`): the same whichever item quotes it. */
function uniqueId(sentence: string, used: Set<string>): string {
	const words = slugify(sentence).split('-').filter(Boolean).slice(0, 3).join('-') || 'stelle';
	const base = `${referenceIdPrefix}${words}`;
	let id = base;
	for (let number = 2; used.has(id); number += 1) id = `${base}-${number}`;
	used.add(id);
	return id;
}

/**
 * Wraps the block's text [from, to) in a span with the id. Boundaries inside
 * a text node split it; inside an inline element (a link, emphasis) the whole
 * element goes in, so the markup stays well nested.
 */
function wrap(block: Block, from: number, to: number, id: string): void {
	const children = block.element.children;
	const ranges: Array<[number, number]> = [];
	let offset = 0;
	for (const child of children) {
		const length = textLength(child);
		ranges.push([offset, offset + length]);
		offset += length;
	}
	let last = ranges.findIndex(([start, end]) => start < to && to <= end);
	if (last < 0) last = children.length - 1;
	const lastNode = children[last]!;
	if (lastNode.type === 'text' && to < ranges[last]![1]) {
		const cut = to - ranges[last]![0];
		children.splice(last, 1, { type: 'text', value: lastNode.value.slice(0, cut) }, { type: 'text', value: lastNode.value.slice(cut) });
		ranges.splice(last, 1, [ranges[last]![0], to], [to, ranges[last]![1]]);
	}
	let first = ranges.findIndex(([start, end]) => start <= from && from < end);
	if (first < 0) first = 0;
	const firstNode = children[first]!;
	if (firstNode.type === 'text' && from > ranges[first]![0]) {
		const cut = from - ranges[first]![0];
		children.splice(first, 1, { type: 'text', value: firstNode.value.slice(0, cut) }, { type: 'text', value: firstNode.value.slice(cut) });
		first += 1;
		last += 1;
	}
	const span: Element = { type: 'element', tagName: 'span', properties: { id }, children: children.slice(first, last + 1) };
	children.splice(first, last - first + 1, span);
}

/** Characters of the block's text in a node: a marker put after an earlier sentence of the block is not the text and counts none. */
function textLength(node: ElementContent): number {
	if (node.type === 'text') return node.value.length;
	if (node.type === 'element' && !isMarker(node)) return node.children.reduce((total, child) => total + textLength(child), 0);
	return 0;
}

/** Puts `extra` right after the element with `id`. */
function insertAfter(tree: Root, id: string, extra: ElementContent[]): void {
	const walk = (parent: Root | Element): boolean => {
		const index = parent.children.findIndex((child) => child.type === 'element' && child.properties.id === id);
		if (index >= 0) {
			const span = parent.children[index] as Element;
			// After any markers already placed behind this sentence.
			let at = index + 1;
			while (at < parent.children.length && isMarker(parent.children[at]!)) at += 1;
			parent.children.splice(at, 0, ...(extra as Array<RootContent & ElementContent>));
			return span !== undefined;
		}
		return parent.children.some((child) => child.type === 'element' && walk(child));
	};
	walk(tree);
}

/** What an earlier call put after the sentence: content outside the article's text (`data-pagefind-ignore`). */
const isMarker = (node: RootContent | ElementContent) => node.type === 'element' && node.properties.dataPagefindIgnore !== undefined;
