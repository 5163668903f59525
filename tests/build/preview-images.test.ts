import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { summit } from '../fixtures/site-articles.ts';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';
import { readPngHeader } from '../helpers/png.ts';

const MAX_BYTES = 300 * 1024;

/**
 * Every page of the test site with a preview image of its own, and that
 * image: `/og/<article>.png` for a long-read, `/og/<article>/<section>.png`
 * for a section page. Written by hand from tests/fixtures/site/articles/.
 * The test site is built with LAGEBILD_PREVIEWS=2 (package.json): only the
 * two newest articles have images of their own; the third, `kurzmeldung`
 * (undated, last by slug), shows the site's image like an old story of a
 * large archive.
 */
const images: Array<{ page: string; image: string }> = [
	{ page: '/gipfeltreffen/', image: '/og/gipfeltreffen.png' },
	...summit.sections.map((section) => ({ page: `/gipfeltreffen/${section}/`, image: `/og/gipfeltreffen/${section}.png` })),
	{ page: '/kanzlerwahl/', image: '/og/kanzlerwahl.png' },
	{ page: '/kanzlerwahl/die-wahl-am-6-mai-2025/', image: '/og/kanzlerwahl/die-wahl-am-6-mai-2025.png' },
	{ page: '/kanzlerwahl/was-das-grundgesetz-vorschreibt/', image: '/og/kanzlerwahl/was-das-grundgesetz-vorschreibt.png' },
	{ page: '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/', image: '/og/kanzlerwahl/zwei-wahlgaenge-an-einem-tag.png' },
	{ page: '/kanzlerwahl/ernennung-und-vereidigung/', image: '/og/kanzlerwahl/ernennung-und-vereidigung.png' },
];

/** The pages of the article past the newest two: the site's image, no images of their own. */
const olderPages = ['/kurzmeldung/', '/kurzmeldung/was-eine-kurzmeldung-ist/'];

/** The site's own image, for pages outside an article (home, people, glossary, search, 404). */
const siteImage = '/og/_website.png';
const allImages = [...images.map(({ image }) => image), siteImage];

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

describe('link-preview images in dist/', () => {
	it('are exactly one per long-read, one per section page and the site’s own, nothing else', () => {
		expect(images).toHaveLength(1 + 10 + 1 + 4);
		const files = walk(join(distDir, 'og')).map((file) => `/${relative(distDir, file).split(sep).join('/')}`);
		expect(files.sort()).toEqual([...allImages].sort());
	});

	it.each(images)('$page announces $image', ({ page: path, image }) => {
		const { $ } = page(path);
		expect(new URL($('meta[property="og:image"]').attr('content')!).pathname).toBe(image);
		expect(new URL($('meta[name="twitter:image"]').attr('content')!).pathname).toBe(image);
	});

	it.each(['/', '/personen/', '/personen/friedrich-merz/', '/glossar/', '/suche/', '/404.html', '/archiv/2/', ...olderPages])(
		'%s announces the site’s own image',
		(path) => {
			expect(new URL(page(path).$('meta[property="og:image"]').attr('content')!).pathname).toBe(siteImage);
		},
	);

	it('an older article’s pages describe the site’s image, not one of their own, and keep their own title', () => {
		for (const path of olderPages) {
			const { $ } = page(path);
			expect($('meta[property="og:image:alt"]').attr('content')).toBe('Lagebild – Nachrichten erklärt, Abschnitt für Abschnitt');
			expect($('meta[property="og:title"]').attr('content')).toContain('Testmeldung mit nur einem Abschnitt');
		}
		expect(existsSync(join(distDir, 'og', 'kurzmeldung.png'))).toBe(false);
	});

	it.each(allImages)('%s: PNG, 1200×630, under 300 KiB', (image) => {
		const file = join(distDir, image);
		expect(existsSync(file), `${image} fehlt in dist/`).toBe(true);
		const size = statSync(file).size;
		expect(size, `${image}: ${size} Bytes`).toBeLessThan(MAX_BYTES);
		expect(readPngHeader(readFileSync(file))).toEqual({ width: 1200, height: 630 });
	});

	it('differ from page to page', () => {
		const contents = new Set(allImages.map((image) => readFileSync(join(distDir, image)).toString('base64')));
		expect(contents.size).toBe(allImages.length);
	});
});
