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
 */
const images: Array<{ page: string; image: string }> = [
	{ page: '/gipfeltreffen/', image: '/og/gipfeltreffen.png' },
	...summit.sections.map((section) => ({ page: `/gipfeltreffen/${section}/`, image: `/og/gipfeltreffen/${section}.png` })),
	{ page: '/kanzlerwahl/', image: '/og/kanzlerwahl.png' },
	{ page: '/kanzlerwahl/die-wahl-am-6-mai-2025/', image: '/og/kanzlerwahl/die-wahl-am-6-mai-2025.png' },
	{ page: '/kanzlerwahl/was-das-grundgesetz-vorschreibt/', image: '/og/kanzlerwahl/was-das-grundgesetz-vorschreibt.png' },
	{ page: '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/', image: '/og/kanzlerwahl/zwei-wahlgaenge-an-einem-tag.png' },
	{ page: '/kanzlerwahl/ernennung-und-vereidigung/', image: '/og/kanzlerwahl/ernennung-und-vereidigung.png' },
	{ page: '/kurzmeldung/', image: '/og/kurzmeldung.png' },
	{ page: '/kurzmeldung/was-eine-kurzmeldung-ist/', image: '/og/kurzmeldung/was-eine-kurzmeldung-ist.png' },
];

/** The site's own image, for pages outside an article (home, people, glossary, search, 404). */
const siteImage = '/og/_website.png';
const allImages = [...images.map(({ image }) => image), siteImage];

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('link-preview images in dist/', () => {
	it('are exactly one per long-read, one per section page and the site’s own, nothing else', () => {
		expect(images).toHaveLength(1 + 10 + 1 + 4 + 1 + 1);
		const files = walk(join(distDir, 'og')).map((file) => `/${relative(distDir, file).split(sep).join('/')}`);
		expect(files.sort()).toEqual([...allImages].sort());
	});

	it.each(images)('$page announces $image', ({ page: path, image }) => {
		const { $ } = page(path);
		expect(new URL($('meta[property="og:image"]').attr('content')!).pathname).toBe(image);
		expect(new URL($('meta[name="twitter:image"]').attr('content')!).pathname).toBe(image);
	});

	it.each(['/', '/personen/', '/personen/friedrich-merz/', '/glossar/', '/suche/', '/404.html'])('%s announces the site’s own image', (path) => {
		expect(new URL(page(path).$('meta[property="og:image"]').attr('content')!).pathname).toBe(siteImage);
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
