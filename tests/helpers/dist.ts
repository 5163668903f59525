import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { gunzipSync } from 'node:zlib';
import { distDir } from './paths.ts';

export interface BuiltPage {
	/** URL path, e.g. `/artikel/abschnitt/` or `/404.html`. */
	path: string;
	file: string;
	html: string;
	$: CheerioAPI;
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		return entry.isDirectory() ? walk(full) : [full];
	});
}

export function urlPathOf(file: string): string {
	const rel = relative(distDir, file).split(sep).join('/');
	if (rel === 'index.html') return '/';
	if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
	return `/${rel}`;
}

let cached: BuiltPage[] | undefined;

/** Every HTML page in `dist/`, parsed once. */
export function builtPages(): BuiltPage[] {
	cached ??= walk(distDir)
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => {
			const html = readFileSync(file, 'utf8');
			return { path: urlPathOf(file), file, html, $: load(html) };
		});
	return cached;
}

export function page(path: string): BuiltPage {
	const found = builtPages().find((candidate) => candidate.path === path);
	if (!found) throw new Error(`Keine Seite ${path} in dist/`);
	return found;
}

/** The file in `dist/` that a static host serves for a URL path, if any. */
export function fileForPath(urlPath: string): string | undefined {
	const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
	const candidates = clean.endsWith('/')
		? [join(distDir, clean, 'index.html')]
		: [join(distDir, clean), join(distDir, clean, 'index.html'), join(distDir, `${clean}.html`)];
	return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Collapses whitespace as a reader sees text. */
export function normalize(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export function siteOrigin(): string {
	const canonical = page('/').$('link[rel=canonical]').attr('href');
	if (!canonical) throw new Error('Die Startseite hat keine kanonische URL.');
	return new URL(canonical).origin;
}

const cachedIn = new Map<string, BuiltPage[]>();

/** The URL path a static host serves `file` under, for a build in `root`. */
function urlPathIn(root: string, file: string): string {
	const rel = relative(root, file).split(sep).join('/');
	if (rel === 'index.html') return '/';
	if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
	return `/${rel}`;
}

/**
 * Every HTML page of another build (e.g. `liveDistDir`, the site built from
 * `content/`), parsed once; paths as `builtPages()` gives them.
 */
export function builtPagesIn(root: string): BuiltPage[] {
	let pages = cachedIn.get(root);
	if (!pages) {
		pages = walk(root)
			.filter((file) => file.endsWith('.html'))
			.sort()
			.map((file) => {
				const html = readFileSync(file, 'utf8');
				return { path: urlPathIn(root, file), file, html, $: load(html) };
			});
		cachedIn.set(root, pages);
	}
	return pages;
}

/** One page of another build (see `builtPagesIn`). */
export function pageIn(root: string, path: string): BuiltPage {
	const found = builtPagesIn(root).find((candidate) => candidate.path === path);
	if (!found) throw new Error(`Keine Seite ${path} in ${root}`);
	return found;
}

/** A document of the built search index, as Pagefind stores it (`pagefind/fragment/*.pf_fragment`). */
export interface IndexedDocument {
	url: string;
	content: string;
	anchors: Array<{ element: string; id: string; text: string; location: number }>;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

/** Every document of the search index in `root` (the test site's output by default). */
export function indexedDocuments(root = distDir): IndexedDocument[] {
	const folder = join(root, 'pagefind/fragment');
	return readdirSync(folder).map((name) => {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		if (!text.startsWith('pagefind_dcd')) throw new Error(`${name}: kein Pagefind-Fragment`);
		return JSON.parse(text.slice('pagefind_dcd'.length)) as IndexedDocument;
	});
}

/** The text a reader reads in an element, whitespace collapsed: without markers and their popovers (`data-pagefind-ignore`), which are not the text. */
export function readerText(element: Cheerio<AnyNode>): string {
	return normalize(element.clone().find('[data-pagefind-ignore]').remove().end().text());
}
