import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePreviewPath, sectionPreviewPath } from '../../src/lib/preview-paths.ts';
import { builtPages } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';
import { readPngHeader } from '../helpers/png.ts';

const MAX_BYTES = 300 * 1024;

/** Articles are the pages that show a long-read: `/<article>/` with its sections. */
const articles = builtPages()
	.filter((page) => /^\/[^/]+\/$/.test(page.path) && page.$('section.article-section').length > 0)
	.map((page) => page.path.slice(1, -1));

/** Section pages: directories under `dist/<article>/` with an `index.html`. */
function sectionsOf(article: string): string[] {
	const dir = join(distDir, article);
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
		.map((entry) => entry.name)
		.sort();
}

const images = articles.flatMap((article) => [
	{ page: `/${article}/`, image: articlePreviewPath(article) },
	...sectionsOf(article).map((section) => ({ page: `/${article}/${section}/`, image: sectionPreviewPath(article, section) })),
]);

describe('link-preview images in dist/', () => {
	it('exist for the article and its ten sections', () => {
		expect(articles).toContain('gipfel-im-weissen-haus');
		expect(sectionsOf('gipfel-im-weissen-haus')).toHaveLength(10);
		expect(images.length).toBeGreaterThanOrEqual(11);
	});

	it.each(images)('$page → $image: PNG, 1200×630, under 300 KiB', ({ image }) => {
		const file = join(distDir, image);
		expect(existsSync(file), `${image} fehlt in dist/`).toBe(true);
		const size = statSync(file).size;
		expect(size, `${image}: ${size} Bytes`).toBeLessThan(MAX_BYTES);
		expect(readPngHeader(readFileSync(file))).toEqual({ width: 1200, height: 630 });
	});

	it('differ from page to page', () => {
		const contents = new Set(images.map(({ image }) => readFileSync(join(distDir, image)).toString('base64')));
		expect(contents.size).toBe(images.length);
	});
});
