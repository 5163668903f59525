import type { Element, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { Raw } from 'mdast-util-to-hast';
import { find, html } from 'property-information';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { fail } from './content-rules.ts';

/**
 * Refuses (never strips) HTML in an article body outside an allowlist. Runs
 * right after rehype-raw, so Markdown syntax and pasted HTML are both plain
 * hast elements here. Whether an element or property is allowed is decided by
 * hast-util-sanitize with `articleHtmlSchema`; this module only compares each
 * element with its sanitised copy and words the first difference in German.
 */

const ALIGN: [string, ...string[]] = ['align', 'left', 'center', 'right'];

export const articleHtmlSchema: Schema = {
	tagNames: [
		'p',
		'br',
		'hr',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'ul',
		'ol',
		'li',
		'blockquote',
		'em',
		'strong',
		'b',
		'i',
		's',
		'del',
		'ins',
		'mark',
		'small',
		'sub',
		'sup',
		'abbr',
		'dfn',
		'q',
		'cite',
		'span',
		'code',
		'pre',
		'kbd',
		'time',
		'bdi',
		'bdo',
		'wbr',
		'dl',
		'dt',
		'dd',
		'table',
		'caption',
		'thead',
		'tbody',
		'tfoot',
		'tr',
		'th',
		'td',
		'figure',
		'figcaption',
		'a',
	],
	// Keys are hast property names (`hrefLang`, `dateTime`, `colSpan`); a list after the name restricts the values.
	attributes: {
		'*': ['lang', ['dir', 'ltr', 'rtl', 'auto']],
		a: ['href', 'title', 'hrefLang'],
		abbr: ['title'],
		dfn: ['title'],
		ol: ['start', 'reversed'],
		time: ['dateTime'],
		th: [['scope', 'row', 'col', 'rowgroup', 'colgroup'], 'colSpan', 'rowSpan', ALIGN],
		td: ['colSpan', 'rowSpan', ALIGN],
	},
	// A URL with a scheme must use one of these exactly (so `java\tscript:` fails); relative and `#` links pass.
	protocols: { href: ['http', 'https', 'mailto'] },
	// Each element is sanitised alone, without its parents, so ancestor rules cannot apply; the HTML parser
	// (rehype-raw) already drops table parts outside a table. Nothing is added, renamed or kept as content.
	ancestors: {},
	required: {},
	strip: [],
	clobber: [],
	clobberPrefix: '',
	allowComments: true,
};

const ALLOWED =
	'erlaubt sind Absätze, Überschriften ab <h2>, Listen, Tabellen, Zitate, <figure>, Links und Auszeichnungen wie <em>, <strong>, <abbr>, <q>, <sup>, <sub>, <span lang>, <time>';

/** `place` is the node, or its nearest ancestor with a position (a parser-made `<tbody>` has none). */
export interface Disallowed {
	node: Element | Raw;
	reason: string;
	place: Node;
}

/** The first element (in document order) the schema refuses, with the German reason. */
export function findDisallowed(tree: Root): Disallowed | undefined {
	const walk = (nodes: RootContent[], parent: Node): Disallowed | undefined => {
		for (const node of nodes) {
			const place = node.position?.start ? node : parent;
			if (node.type === 'text' || node.type === 'comment' || node.type === 'doctype') continue;
			if (node.type !== 'element') {
				return { node, place, reason: 'Ungeprüftes rohes HTML ist im Artikeltext nicht erlaubt (läuft rehype-raw vor dieser Prüfung?).' };
			}
			const reason = check(node);
			if (reason) return { node, place, reason };
			const found = walk(node.children, place);
			if (found) return found;
		}
		return undefined;
	};
	return walk(tree.children, tree);
}

/** Refuses the first element that breaks the allowlist, naming file, line and column. */
export function rehypeAllowlist() {
	return (tree: Root, file: VFile) => {
		const found = findDisallowed(tree);
		if (found) fail(file, found.reason, found.place);
	};
}

/** Sanitises a childless copy of `element`: a lost element or a lost or changed property is refused. */
function check(element: Element): string | undefined {
	const safe = sanitize({ type: 'root', children: [{ ...element, children: [] }] }, articleHtmlSchema) as Root;
	const kept = safe.children[0];
	if (kept?.type !== 'element' || kept.tagName !== element.tagName) {
		return hint(element) ?? `Das Element <${element.tagName}> ist im Artikeltext nicht erlaubt (${ALLOWED}).`;
	}
	for (const [key, value] of Object.entries(element.properties)) {
		if (value === null || value === undefined || JSON.stringify(kept.properties[key]) === JSON.stringify(value)) continue;
		return hint(element) ?? refusedProperty(element.tagName, key, value);
	}
	return undefined;
}

/** Words a refused property by its HTML attribute name (`onclick`, `class`, `http-equiv`). */
function refusedProperty(tagName: string, key: string, value: unknown): string {
	const attribute = find(html, key).attribute;
	const attributes = articleHtmlSchema.attributes ?? {};
	const definition = [...(attributes[tagName] ?? []), ...(attributes['*'] ?? [])].find(
		(entry) => (typeof entry === 'string' ? entry : entry[0]) === key,
	);
	const protocols = articleHtmlSchema.protocols?.[key];
	if (definition && protocols) {
		return `Die Adresse „${shownUrl(String(value))}“ an <${tagName} ${attribute}> ist nicht erlaubt: nur ${protocols.join(', ')} oder relative Links.`;
	}
	if (definition) {
		const allowed = typeof definition === 'string' ? '' : ` (erlaubt: ${definition.slice(1).join(', ')})`;
		return `Der Wert ${attribute}="${String(value)}" an <${tagName}> ist im Artikeltext nicht erlaubt${allowed}.`;
	}
	return `Das Attribut ${attribute} an <${tagName}> ist im Artikeltext nicht erlaubt.`;
}

/** The URL as a browser reads it (tabs and line breaks dropped, ends trimmed), shortened for the message. */
function shownUrl(url: string): string {
	const read = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
	return read.length > 60 ? `${read.slice(0, 59)}…` : read;
}

/** Names the Markdown syntax behind a refused element, so the editor knows what to change. */
function hint(element: Element): string | undefined {
	const { tagName, properties } = element;
	const classes = Array.isArray(properties.className) ? properties.className.map(String) : [];
	if (tagName === 'img')
		return 'Das Element <img> ist im Artikeltext nicht erlaubt: Artikel haben keine Bildverarbeitung, Bilder (auch ![…](…) in Markdown) lassen sich nicht einbinden.';
	if (tagName === 'h1')
		return 'Eine Überschrift der Ebene # ist im Artikeltext nicht erlaubt: Die Schlagzeile steht im Feld „title“, Abschnitte beginnen mit ##.';
	if ('dataFootnoteRef' in properties || 'dataFootnotes' in properties) return 'Fußnoten ([^1]) sind im Artikeltext nicht erlaubt.';
	if (classes.some((name) => name.startsWith('task-list') || name === 'contains-task-list'))
		return 'Aufgabenlisten mit Kästchen (- [ ] und - [x]) sind im Artikeltext nicht erlaubt.';
	if (tagName === 'code' && classes.some((name) => name.startsWith('language-')))
		return 'Codeblöcke bitte ohne Sprachangabe schreiben (``` statt ```js): Das Attribut class an <code> ist im Artikeltext nicht erlaubt.';
	return undefined;
}
