import { describe, expect, it } from 'vitest';
import { searchIndexFiles } from '../../src/lib/search/index-order.ts';

describe('ties newest first: the order the index reads', () => {
	it('the search documents newest first, undated ones after the dated (by slug); the glossary is not a page of the index', () => {
		const story = (slug: string, date?: string) =>
			({ slug, event: date ? { date } : undefined }) as Parameters<typeof searchIndexFiles>[0][number];
		const articles = [
			story('mitte', '2024-05-02'),
			story('ohne-b'),
			story('neu', '2025-11-08'),
			story('ohne-a'),
			story('alt', '2021-02-16'),
			story('gleich-tag', '2024-05-02'),
		];
		expect(searchIndexFiles(articles)).toEqual([
			'neu/suchdokument/index.html',
			'gleich-tag/suchdokument/index.html',
			'mitte/suchdokument/index.html',
			'alt/suchdokument/index.html',
			'ohne-a/suchdokument/index.html',
			'ohne-b/suchdokument/index.html',
		]);
		// The input is left as it was.
		expect(articles.map((article) => article.slug)).toEqual(['mitte', 'ohne-b', 'neu', 'ohne-a', 'alt', 'gleich-tag']);
		expect(searchIndexFiles([])).toEqual([]);
	});
});
