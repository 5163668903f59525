import { describe, expect, it } from 'vitest';
import { estimateLines, fitTitle, PREVIEW_HEIGHT, PREVIEW_WIDTH, renderPreviewImage } from '../../src/lib/og-image.ts';
import { articlePreviewPath, sectionPreviewPath } from '../../src/lib/preview-paths.ts';
import { readPngHeader } from '../helpers/png.ts';

const headline = 'Nach dem Treffen im Weißen Haus: Trump will Gipfel von Putin und Selenskyj vorbereiten';
const short = 'Was geschieht gerade?';
const long =
	'„Wir sind zu Gesprächen bereit“: Äußerst lange Überschrift über Sicherheitsgarantien, Waffenstillstandsverhandlungen, ' +
	'Gebietsfragen und die künftige Rolle Europas – mit Grüßen an Björn, Jürgen und Øystein, die sie über alle Zeilen hinaus verlängern';

describe('link-preview images', () => {
	it('is 1200×630', () => {
		expect([PREVIEW_WIDTH, PREVIEW_HEIGHT]).toEqual([1200, 630]);
	});

	it('renders a PNG of 1200×630 for a short and a very long German title, and they differ', async () => {
		const [a, b] = await Promise.all([
			renderPreviewImage({ title: short, headline, siteName: 'Lagebild', kicker: 'Abschnitt 1 von 10' }),
			renderPreviewImage({ title: long, headline: `${headline} „und mehr“`, siteName: 'Lagebild', kicker: 'Abschnitt 10 von 10' }),
		]);
		for (const png of [a, b]) {
			expect(png).toBeInstanceOf(Uint8Array);
			expect(readPngHeader(png)).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
			expect(png.byteLength).toBeLessThan(300 * 1024);
		}
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
	});

	it('renders the same input to the same bytes (fonts loaded once, no randomness)', async () => {
		const input = { title: 'Kreml bestätigt Telefonat, bleibt aber vage', headline, siteName: 'Lagebild' };
		const [a, b] = await Promise.all([renderPreviewImage(input), renderPreviewImage(input)]);
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});

	it('shrinks long titles and caps their lines instead of overflowing', () => {
		const width = 1036;
		const height = 300;
		const small = fitTitle(short, width, height);
		const big = fitTitle(long, width, height);
		expect(small.fontSize).toBeGreaterThan(big.fontSize);
		expect(big.maxLines).toBeLessThanOrEqual(4);
		expect(big.maxLines * big.fontSize * 1.14).toBeLessThanOrEqual(height);
		// Too long even at the smallest size: the image cuts it with an ellipsis.
		expect(estimateLines(long, big.fontSize, width)).toBeGreaterThan(big.maxLines);
		expect(estimateLines(short, small.fontSize, width)).toBe(1);
	});
});

describe('preview image paths', () => {
	it('has one image per article and per section', () => {
		expect(articlePreviewPath('gipfel-im-weissen-haus')).toBe('/og/gipfel-im-weissen-haus.png');
		expect(sectionPreviewPath('gipfel-im-weissen-haus', 'was-geschieht-gerade')).toBe('/og/gipfel-im-weissen-haus/was-geschieht-gerade.png');
	});
});
