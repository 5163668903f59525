/**
 * Link-preview images (Open Graph / Twitter cards): 1200×630 PNG with the
 * section heading, the article headline and the site name.
 *
 * Pure module: no Astro imports. Satori lays out an element tree (plain
 * `{ type, props }` objects, no JSX) and turns text into SVG paths; resvg
 * rasterises the SVG. The fonts ship with the project in `src/assets/fonts/`
 * (Noto Sans, SIL Open Font License, see `OFL.txt` there) and are read from
 * disk once per process; nothing is downloaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import satoriPackage from 'satori/package.json' with { type: 'json' };
import resvgPackage from '@resvg/resvg-js/package.json' with { type: 'json' };
import { cacheKey, cachedBytes, isCached } from './file-cache.ts';
import { createPool } from './worker-pool.ts';

import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview-paths.ts';
import { lightColours } from './theme.ts';

export { PREVIEW_HEIGHT, PREVIEW_WIDTH };

export interface PreviewInput {
	/** The large text: a section heading, or the headline on the article's own image. */
	title: string;
	/** Smaller text below the title: the article headline on a section's image. */
	headline?: string;
	/** The wordmark, e.g. "Lagebild". */
	siteName: string;
	/** A short line above the title, e.g. "Abschnitt 3 von 10". */
	kicker?: string;
}

/** The image's colours: the site's light theme (see src/lib/theme.ts). */
export interface PreviewColours {
	background: string;
	text: string;
	muted: string;
	accent: string;
	rule: string;
}

const FAMILY = 'Noto Sans';

/**
 * Latin covers German (ä ö ü ß, „ “ – …); latin-ext catches names such as
 * "Łukaszenko" or "Šefčovič". Satori falls back through the fonts in this order.
 */
const FONT_FILES: ReadonlyArray<{ file: string; name: string; weight: 400 | 700 }> = [
	{ file: 'noto-sans-latin-700-normal.woff', name: FAMILY, weight: 700 },
	{ file: 'noto-sans-latin-400-normal.woff', name: FAMILY, weight: 400 },
	// A family of its own: satori only falls back to fonts of other families.
	{ file: 'noto-sans-latin-ext-700-normal.woff', name: `${FAMILY} Ext`, weight: 700 },
	{ file: 'noto-sans-latin-ext-400-normal.woff', name: `${FAMILY} Ext`, weight: 400 },
];

/**
 * Where the fonts live. Next to this module while it runs from source (tests,
 * `astro dev`); from the project root once Vite has bundled it into a chunk
 * for `astro build` (Astro runs in the project root).
 */
function fontDirectory(): string {
	const candidates = [fileURLToPath(new URL('../assets/fonts/', import.meta.url)), resolve(process.cwd(), 'src/assets/fonts')];
	const found = candidates.find((dir) => existsSync(join(dir, FONT_FILES[0]!.file)));
	if (!found) {
		throw new Error(`Vorschaubilder: Schriften nicht gefunden. Gesucht in: ${candidates.join(', ')}`);
	}
	return found;
}

/** The image's colours, from the site's design tokens (light scheme): one source for CSS and images. */
let colourCache: PreviewColours | undefined;

function previewColours(): PreviewColours {
	if (colourCache) return colourCache;
	const candidates = [fileURLToPath(new URL('../styles/tokens.css', import.meta.url)), resolve(process.cwd(), 'src/styles/tokens.css')];
	const found = candidates.find((file) => existsSync(file));
	if (!found) throw new Error(`Vorschaubilder: Design-Tokens nicht gefunden. Gesucht: ${candidates.join(', ')}`);
	const theme = lightColours(readFileSync(found, 'utf8'));
	colourCache = { background: theme.bg, text: theme.text, muted: theme.muted, accent: theme.accent, rule: theme.border };
	return colourCache;
}

let fontCache: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
	fontCache ??= (async () => {
		const dir = fontDirectory();
		return Promise.all(
			FONT_FILES.map(async ({ file, name, weight }) => {
				const data = await readFile(join(dir, file));
				return { name, weight, style: 'normal' as const, data };
			}),
		);
	})();
	fontCache.catch(() => {
		fontCache = undefined;
	});
	return fontCache;
}

/* ---------- Title fitting ---------- */

/** Advance widths of Noto Sans Bold in em, measured with satori; the rest use a default by letter case. */
const NARROW = new Map<string, number>([
	...[..."ijl.,:;!'|"].map((char) => [char, 0.3] as const),
	[' ', 0.26],
	...[...'frtIJ()-[]/“”"?'].map((char) => [char, 0.42] as const),
	...[...'csz–„'].map((char) => [char, 0.52] as const),
]);
const WIDE = new Map<string, number>([
	...[...'mwMW…—'].map((char) => [char, 0.98] as const),
	...[...'DGHNOQUÖÜ'].map((char) => [char, 0.8] as const),
]);

function charWidth(char: string): number {
	const known = NARROW.get(char) ?? WIDE.get(char);
	if (known !== undefined) return known;
	if (char !== char.toLowerCase()) return 0.72;
	return 0.64;
}

/** Lines a text needs at a font size in a box of the given width (greedy wrapping at spaces, like satori). */
export function estimateLines(text: string, fontSize: number, width: number): number {
	const space = charWidth(' ') * fontSize;
	let lines = 1;
	let used = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const size = [...word].reduce((sum, char) => sum + charWidth(char), 0) * fontSize;
		if (used === 0) {
			used = size;
		} else if (used + space + size <= width) {
			used += space + size;
		} else {
			lines += 1;
			used = size;
		}
		// A word wider than the box breaks (overflowWrap) and fills whole lines.
		while (used > width) {
			lines += 1;
			used -= width;
		}
	}
	return lines;
}

const TITLE_SIZES = [80, 72, 64, 58, 52, 46] as const;
const TITLE_LINE_HEIGHT = 1.14;

interface TitleFit {
	fontSize: number;
	maxLines: number;
}

/**
 * The largest title size at which the text fits the lines the layout has room
 * for (at most 3 lines at the big sizes, 4 at the small ones). Longer titles take the
 * smallest size and are cut with an ellipsis.
 */
export function fitTitle(title: string, width: number, height: number): TitleFit {
	const linesAt = (fontSize: number) => Math.max(1, Math.min(fontSize >= 64 ? 3 : 4, Math.floor(height / (fontSize * TITLE_LINE_HEIGHT))));
	for (const fontSize of TITLE_SIZES) {
		const maxLines = linesAt(fontSize);
		if (estimateLines(title, fontSize, width) <= maxLines) return { fontSize, maxLines };
	}
	const fontSize = TITLE_SIZES[TITLE_SIZES.length - 1]!;
	return { fontSize, maxLines: linesAt(fontSize) };
}

/* ---------- Layout ---------- */

type Style = Record<string, string | number>;
interface Element {
	type: string;
	props: { style?: Style; children?: string | Element | Element[] };
}

function el(type: string, style: Style, children?: string | Element | Element[]): Element {
	return { type, props: children === undefined ? { style } : { style, children } };
}

/** Satori collapses whitespace; trimming keeps line estimates honest. */
function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

const BAR = 20;
const PAD_X = 72;
const PAD_Y = 56;
const CONTENT_WIDTH = PREVIEW_WIDTH - BAR - 2 * PAD_X;

/** The element tree of one preview image: plain data, so a worker thread can take it. */
export type PreviewTree = Element;

function previewTree(input: PreviewInput, COLORS: PreviewColours): PreviewTree {
	const title = clean(input.title);
	const headline = input.headline ? clean(input.headline) : '';
	const kicker = input.kicker ? clean(input.kicker) : '';

	// Vertical budget for the title: everything else has a fixed maximum height.
	const wordmarkHeight = 40;
	const kickerHeight = kicker ? Math.ceil(28 * 1.3) + 14 : 0;
	const footerHeight = headline ? 2 + 24 + 2 * 40 : 0;
	const titleBox = PREVIEW_HEIGHT - 2 * PAD_Y - wordmarkHeight - 36 - kickerHeight - footerHeight - (headline ? 32 : 0);
	const fit = fitTitle(title, CONTENT_WIDTH, titleBox);

	const wordmark = el('div', { display: 'flex', alignItems: 'center', gap: 16 }, [
		el('div', { width: 22, height: 22, backgroundColor: COLORS.accent }),
		el('div', { fontSize: 36, fontWeight: 700, color: COLORS.text, letterSpacing: -0.5, lineHeight: 1 }, input.siteName),
	]);

	const main: Element[] = [];
	if (kicker) {
		main.push(
			el(
				'div',
				{
					fontSize: 28,
					fontWeight: 700,
					color: COLORS.accent,
					lineHeight: 1.3,
					marginBottom: 14,
					whiteSpace: 'nowrap',
					overflow: 'hidden',
					textOverflow: 'ellipsis',
				},
				kicker,
			),
		);
	}
	main.push(
		el(
			'div',
			{
				display: 'block',
				fontSize: fit.fontSize,
				fontWeight: 700,
				lineHeight: TITLE_LINE_HEIGHT,
				letterSpacing: -0.5,
				color: COLORS.text,
				lineClamp: fit.maxLines,
				overflowWrap: 'break-word',
			},
			title,
		),
	);

	const children: Element[] = [
		wordmark,
		el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', marginTop: 36 }, main),
	];
	if (headline) {
		children.push(
			el('div', { display: 'flex', flexDirection: 'column', marginTop: 32 }, [
				el('div', { width: 120, height: 2, backgroundColor: COLORS.rule, marginBottom: 24 }),
				el('div', { display: 'block', fontSize: 32, fontWeight: 400, lineHeight: 1.25, color: COLORS.muted, lineClamp: 2 }, headline),
			]),
		);
	}

	return el(
		'div',
		{
			display: 'flex',
			width: PREVIEW_WIDTH,
			height: PREVIEW_HEIGHT,
			backgroundColor: COLORS.background,
			fontFamily: FAMILY,
		},
		[
			el('div', { width: BAR, height: PREVIEW_HEIGHT, backgroundColor: COLORS.accent, flexShrink: 0 }),
			el(
				'div',
				{
					display: 'flex',
					flexDirection: 'column',
					boxSizing: 'border-box',
					width: PREVIEW_WIDTH - BAR,
					height: PREVIEW_HEIGHT,
					padding: `${PAD_Y}px ${PAD_X}px`,
				},
				children,
			),
		],
	);
}

/** The fonts' part of a cache key (their names, weights and bytes), computed once. */
let fontsKey: string | undefined;

/** The images being drawn or read right now, by key. */
const beingDrawn = new Map<string, Promise<Uint8Array>>();

/**
 * The preview image as a 1200×630 PNG, from the cache folder when one is
 * given and it holds an image drawn from the same element tree (text,
 * layout, colours), the same fonts and the same satori and resvg versions;
 * otherwise drawn and stored there.
 */
export async function previewImage(input: PreviewInput, cacheDir?: string): Promise<{ png: Uint8Array; cached: boolean }> {
	const fonts = await loadFonts();
	const tree = previewTree(input, previewColours());
	const key = await treeKey(tree, fonts);
	// An image being drawn already (by preparePreviews, say) is waited for, not drawn twice.
	const running = beingDrawn.get(key);
	if (running) return { png: await running, cached: false };
	const started = cachedBytes(cacheDir, key, 'png', () => drawPng(tree));
	const bytes = started.then((result) => result.bytes);
	// Who joins sees a failure; when nobody does, it is this caller's alone (not an unhandled rejection).
	bytes.catch(() => undefined);
	beingDrawn.set(key, bytes);
	try {
		const { bytes, hit } = await started;
		return { png: bytes, cached: hit };
	} finally {
		beingDrawn.delete(key);
	}
}

/**
 * Draws into the cache folder every image of `inputs` it does not hold yet,
 * on the workers that draw them, in the order given; resolves to how many images
 * the folder lacked.
 * A build starts this before its pages and asks for the images after them
 * (src/pages/[previews]/[...image].ts): the images are drawn on the other
 * cores while the pages render on Astro's thread.
 */
export async function preparePreviews(inputs: readonly PreviewInput[], cacheDir: string): Promise<number> {
	const fonts = await loadFonts();
	const keyed = await Promise.all(
		inputs.map(async (input) => ({ input, key: await treeKey(previewTree(input, previewColours()), fonts) })),
	);
	// Each image drawn once, however many pages show it.
	const images = [...new Map(keyed.map((image) => [image.key, image])).values()];
	const missing = await Promise.all(images.map(async ({ key }) => !(await isCached(cacheDir, key, 'png'))));
	const lacking = images.filter((_, index) => missing[index]);
	// Two images per worker at a time: each worker has its next job when it finishes one, and where
	// no worker runs (the pool then draws here), no more than that pile up on this thread.
	const waiting = [...lacking];
	const drawer = async () => {
		// previewImage joins an image already being drawn; the bytes are not kept here.
		for (let image = waiting.shift(); image; image = waiting.shift()) await previewImage(image.input, cacheDir);
	};
	await Promise.all(Array.from({ length: 2 * PREVIEW_WORKERS }, drawer));
	return lacking.length;
}

/** What makes an image: its element tree (text, layout, colours), the fonts, satori's and resvg's versions, the size. */
async function treeKey(tree: PreviewTree, fonts: Font[]): Promise<string> {
	fontsKey ??= cacheKey([
		...fonts.map((font) => [font.name, font.weight]),
		...fonts.map((font) => new Uint8Array(font.data as ArrayBuffer)),
	]);
	return cacheKey([tree, fontsKey, satoriPackage.version, resvgPackage.version, PREVIEW_WIDTH, PREVIEW_HEIGHT]);
}

/** The key of the image `previewImage` draws for this input: equal keys, equal images. */
export async function previewKey(input: PreviewInput): Promise<string> {
	return treeKey(previewTree(input, previewColours()), await loadFonts());
}

/** Renders the preview image as a 1200×630 PNG (no cache). */
export async function renderPreviewImage(input: PreviewInput): Promise<Uint8Array<ArrayBuffer>> {
	return drawPng(previewTree(input, previewColours()));
}

/* ---------- Drawing the images, on worker threads ---------- */

/**
 * Workers drawing images: one per core, each at the lowest priority (./preview-image-worker.ts). Astro renders the
 * pages on its one thread meanwhile: with one worker it once waited for the images for half of a 1,000-story build;
 * with a worker on its core at the same priority as itself, that worker took a share of the core the pages needed
 * (at 1,000 stories on two cores: the pages 53 to 57 s, the build 80 to 87 s). At the lowest priority the workers
 * draw on whatever the pages leave (the pages 48 s, the build 75 s) and on every core once they are done.
 */
const PREVIEW_WORKERS = availableParallelism();

/**
 * The workers that draw the images (src/lib/worker-pool.ts), found next to this module
 * from source (tests, `astro dev`) or in the project's src/lib once Vite has
 * bundled this module for `astro build`; images are drawn here where no
 * worker runs.
 */
const pool = createPool<PreviewTree, Uint8Array<ArrayBuffer>>({
	files: [fileURLToPath(new URL('./preview-image-worker.ts', import.meta.url)), resolve(process.cwd(), 'src/lib/preview-image-worker.ts')],
	here: drawPngHere,
	revive: ({ message }) => new Error(`Vorschaubild: ${message}`),
	size: PREVIEW_WORKERS,
});

let imagesStarted = 0;

/** How many images this process has drawn (or begun to): not taken from a cache folder or from an image being drawn. */
export function previewImagesStarted(): number {
	return imagesStarted;
}

/** Draws on a worker thread where one runs, else here. */
function drawPng(tree: PreviewTree): Promise<Uint8Array<ArrayBuffer>> {
	imagesStarted += 1;
	return pool.run(tree);
}

/** Satori's layout, resvg's raster and the PNG encoding, on the calling thread (a worker's). */
export async function drawPngHere(tree: PreviewTree): Promise<Uint8Array<ArrayBuffer>> {
	const fonts = await loadFonts();
	// Satori's types expect a React node; the plain object tree is what JSX would produce.
	const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts });
	const rendered = new Resvg(svg, {
		fitTo: { mode: 'original' },
		// Satori already drew the text as paths: no font lookup needed.
		font: { loadSystemFonts: false },
	}).render();
	const png = rendered.asPng();
	return new Uint8Array(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
}
