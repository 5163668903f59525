import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	previewImagesStarted,
	estimateLines,
	fitTitle,
	preparePreviews,
	previewImage,
	PREVIEW_HEIGHT,
	PREVIEW_WIDTH,
	renderPreviewImage,
} from '../../src/lib/preview-image.ts';
import { readPngHeader } from '../helpers/png.ts';

const headline = 'Nach dem Treffen im Weißen Haus: Trump will Gipfel von Putin und Selenskyj vorbereiten';
const short = 'Was geschieht gerade?';
const long =
	'„Wir sind zu Gesprächen bereit“: Äußerst lange Überschrift über Sicherheitsgarantien, Waffenstillstandsverhandlungen, ' +
	'Gebietsfragen und die künftige Rolle Europas – mit Grüßen an Björn, Jürgen und Øystein, die sie über alle Zeilen hinaus verlängern';

describe('link-preview images', () => {
	it('renders a PNG of 1200×630 for a short and a very long German title, and they differ', async () => {
		const [a, b] = await Promise.all([
			renderPreviewImage({ title: short, headline, siteName: 'Lagebild', kicker: 'Abschnitt 1 von 10' }),
			renderPreviewImage({ title: long, headline: `${headline} „und mehr“`, siteName: 'Lagebild', kicker: 'Abschnitt 10 von 10' }),
		]);
		for (const png of [a, b]) {
			expect(png).toBeInstanceOf(Uint8Array);
			// The size Open Graph and Twitter cards expect, written out: not the module's own constants.
			expect(readPngHeader(png)).toEqual({ width: 1200, height: 630 });
			expect(png.byteLength).toBeLessThan(300 * 1024);
		}
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
	});

	it.runIf(process.platform === 'linux' && getPriority() < 19)(
		'are drawn on threads of the lowest priority: the pages Astro renders meanwhile keep their core',
		async () => {
			// The priority the tests run at (0 unless they were started lower): the calling thread keeps it.
			const ours = getPriority();
			await renderPreviewImage({ title: short, siteName: 'Lagebild' });
			// Each thread's nice value (the 19th field of its stat line; the name in parentheses may hold spaces).
			const niceOf = (path: string) => {
				const stat = readFileSync(path, 'utf8');
				return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
			};
			const threads = readdirSync('/proc/self/task').flatMap((task) => {
				try {
					return [niceOf(`/proc/self/task/${task}/stat`)];
				} catch {
					return []; // ended meanwhile
				}
			});
			expect(threads).toContain(19);
			expect(niceOf('/proc/thread-self/stat')).toBe(ours);
		},
	);

	it('announces the size the images really have', async () => {
		// The pages write PREVIEW_WIDTH/HEIGHT into og:image:width/height: they must match the file.
		const png = await renderPreviewImage({ title: short, siteName: 'Lagebild' });
		expect(readPngHeader(png)).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
		expect([PREVIEW_WIDTH, PREVIEW_HEIGHT]).toEqual([1200, 630]);
	});

	it('renders the same input to the same bytes (fonts loaded once, no randomness)', async () => {
		const input = { title: 'Kreml bestätigt Telefonat, bleibt aber vage', headline, siteName: 'Lagebild' };
		const [a, b] = await Promise.all([renderPreviewImage(input), renderPreviewImage(input)]);
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});
});

/**
 * Title fitting (the part of preview-image.ts that Stryker mutates). The width table
 * of preview-image.ts, one character at 100 px, so widths are whole pixels: „i“
 * 0.3 em = 30 px, a space 26 px, „f“ 42, „c“ 52, „m“ 98, „D“ 80; other
 * capitals 72, other small letters 64. A character fits a box of its own
 * width on one line and needs a second line in a box one pixel narrower.
 */
describe('estimated widths of characters', () => {
	it.each([
		['i', 30],
		[',', 30],
		['f', 42],
		['“', 42],
		['c', 52],
		['„', 52],
		['m', 98],
		['—', 98],
		['D', 80],
		['Ö', 80],
		['A', 72],
		['a', 64],
		['ß', 64],
	])('„%s“ is %i px wide at 100 px', (char, width) => {
		expect(estimateLines(char, 100, width)).toBe(1);
		expect(estimateLines(char, 100, width - 1)).toBe(2);
	});

	it('counts a space between words (26 px at 100 px)', () => {
		// i + space + i = 30 + 26 + 30 = 86 px.
		expect(estimateLines('i i', 100, 86)).toBe(1);
		expect(estimateLines('i i', 100, 85)).toBe(2);
	});

	it('ignores spaces before and after the text', () => {
		expect(estimateLines('  i  ', 100, 30)).toBe(1);
	});

	it('gives an empty text one line', () => {
		expect(estimateLines('', 100, 30)).toBe(1);
	});

	it('breaks a word wider than the box into as many lines as it fills', () => {
		// „mmm“ = 294 px in a box of 100: 100 + 100 + 94.
		expect(estimateLines('mmm', 100, 100)).toBe(3);
		// Then the next word starts on a new line.
		expect(estimateLines('mmm i', 100, 100)).toBe(4);
	});
});

describe('fitting a title into a low box', () => {
	it('allows at least one line, however low the box', () => {
		expect(fitTitle('i', 1036, 10)).toEqual({ fontSize: 80, maxLines: 1 });
		// Too wide for one line at every size: the smallest size, one line.
		expect(fitTitle(Array.from({ length: 40 }, () => 'WWWWW').join(' '), 1036, 10)).toEqual({ fontSize: 46, maxLines: 1 });
	});

	it('allows the lines the height holds (a line is 1.14 × the size high)', () => {
		// 80 px: one line is 91.2 px high, two 182.4: a box of 183 px holds two, one of 150 px one.
		expect(fitTitle('i', 1036, 183)).toEqual({ fontSize: 80, maxLines: 2 });
		expect(fitTitle('i', 1036, 150)).toEqual({ fontSize: 80, maxLines: 1 });
	});
});

describe('fitting a title into the 1036 × 300 box', () => {
	/**
	 * Expectations worked out by hand from the width table in preview-image.ts: „W“ is 0.98 em wide, a space
	 * 0.26 em, so a word „WWWWW“ is 4.9 em. The box is 1036 × 300 px; a line is 1.14 × the font size high,
	 * with at most 3 lines at 64 px and more, at most 4 below. Words per line at each size:
	 *   80 px: word 392, space 20.8  → 2 words (3 would need 1217.6), lines floor(300 / 91.2) = 3 → 3
	 *   72 px: word 352.8, space 18.72 → 2 words (3 would need 1095.84), lines 3
	 *   64 px: word 313.6, space 16.64 → 3 words (974.08), lines min(3, floor(300 / 72.96) = 4) = 3
	 *   58 px: word 284.2, space 15.08 → 3 words (4 would need 1182.04), lines min(4, 4) = 4
	 *   52 px: word 254.8, space 13.52 → 3 words (4 would need 1059.76), lines min(4, 5) = 4
	 *   46 px: word 225.4, space 11.96 → 4 words (937.48), lines 4
	 */
	const words = (count: number) => Array.from({ length: count }, () => 'WWWWW').join(' ');

	it.each([
		[6, { fontSize: 80, maxLines: 3 }, '3 lines of 2 words fit at the largest size'],
		[7, { fontSize: 64, maxLines: 3 }, 'needs 4 lines at 80 and 72 px, 3 lines of 3 words at 64 px'],
		[10, { fontSize: 58, maxLines: 4 }, 'needs 4 lines at 64 px (3 allowed), 4 lines at 58 px (4 allowed)'],
		[13, { fontSize: 46, maxLines: 4 }, 'needs 5 lines at 58 and 52 px, 4 lines of 4 words at 46 px'],
		[17, { fontSize: 46, maxLines: 4 }, 'needs 5 lines even at 46 px: the smallest size, the image cuts the rest'],
	])('fits a title of %i wide words: %j (%s)', (count, fit) => {
		expect(fitTitle(words(count), 1036, 300)).toEqual(fit);
	});

	it('keeps short titles big and shrinks long ones into the box', () => {
		// „Was geschieht gerade?“ at 80 px: Was 2.14 em + geschieht 4.96 em + gerade? 4.04 em + 2 spaces 0.52 em
		// = 11.66 em = 932.8 px, one line of 1036: the largest size.
		expect(fitTitle(short, 1036, 300)).toEqual({ fontSize: 80, maxLines: 3 });
		// The long title has over 230 characters, mostly lower-case letters of 0.52–0.64 em: at 52 px a line
		// holds fewer than 40 of them, so 4 lines cannot hold it; it gets the smallest size and 4 lines
		// (4 × 46 × 1.14 = 209.76 px ≤ 300).
		expect(fitTitle(long, 1036, 300)).toEqual({ fontSize: 46, maxLines: 4 });
	});

	it('estimates lines as satori wraps: at spaces, and inside a word wider than the box', () => {
		expect(estimateLines(short, 80, 1036)).toBe(1);
		// 17 words, 4 per line at 46 px (see above): 4 + 4 + 4 + 4 + 1.
		expect(estimateLines(words(17), 46, 1036)).toBe(5);
		// One word of 30 „W“ at 80 px is 2352 px: it breaks into 1036 + 1036 + 280 px.
		expect(estimateLines('W'.repeat(30), 80, 1036)).toBe(3);
	});
});

describe('the preview image cache', () => {
	it('is filled before the pages ask: each image missing from the folder drawn once, none already there, and a page asking meanwhile gets the same image', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lagebild-preview-'));
		try {
			const there = { title: short, headline, siteName: 'Lagebild', kicker: 'Abschnitt 1 von 2' };
			const missing = { title: 'Kreml bestätigt Telefonat, bleibt aber vage', headline, siteName: 'Lagebild', kicker: 'Abschnitt 2 von 2' };
			await previewImage(there, dir);
			const before = previewImagesStarted();
			const [drawn, asked] = await Promise.all([preparePreviews([there, missing, { ...missing }], dir), previewImage(missing, dir)]);
			expect(drawn).toBe(1);
			// The image drawn once for the page that shows it twice and the page that asked meanwhile; none for the one in the folder.
			expect(previewImagesStarted() - before).toBe(1);
			expect(readdirSync(dir).sort()).toHaveLength(2);
			expect(new Uint8Array(await renderPreviewImage(missing))).toEqual(asked.png);
			const checked = previewImagesStarted();
			const later = await previewImage(missing, dir);
			expect(later.cached).toBe(true);
			expect(later.png).toEqual(asked.png);
			expect(await preparePreviews([there, missing], dir)).toBe(0);
			expect(previewImagesStarted()).toBe(checked);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('an image that fails to draw fails for whoever asks, and nowhere else (no unhandled rejection ends the build)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lagebild-preview-'));
		try {
			// A cache folder that cannot be made: inside a file.
			writeFileSync(join(dir, 'datei'), '');
			const unusable = join(dir, 'datei', 'vorschaubilder');
			const input = { title: 'Ein Bild, das nicht gespeichert werden kann', siteName: 'Lagebild' };
			await expect(preparePreviews([input], unusable)).rejects.toThrow();
			await expect(previewImage(input, unusable)).rejects.toThrow();
			// Vitest fails the run on an unhandled rejection; give one the chance to surface.
			await new Promise((resolve) => setTimeout(resolve, 50));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('draws an image once: the same text comes from the folder, byte for byte; other text is drawn anew', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lagebild-preview-'));
		try {
			const input = { title: short, headline, siteName: 'Lagebild', kicker: 'Abschnitt 1 von 10' };
			const first = await previewImage(input, dir);
			expect(first.cached).toBe(false);
			expect(readdirSync(dir)).toHaveLength(1);
			const again = await previewImage({ ...input }, dir);
			expect(again.cached).toBe(true);
			expect(again.png).toEqual(first.png);
			// The cached bytes are what drawing the image gives.
			expect(new Uint8Array(await renderPreviewImage(input))).toEqual(first.png);
			const other = await previewImage({ ...input, kicker: 'Abschnitt 2 von 10' }, dir);
			expect(other.cached).toBe(false);
			expect(readdirSync(dir)).toHaveLength(2);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
