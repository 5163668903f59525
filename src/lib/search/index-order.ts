import { byNewest } from '../content/people.ts';
import type { ArticleModel } from '../content/model.ts';
import { glossaryFile, searchDocumentFile } from '../urls.ts';

/**
 * The pages the search index reads, in the order it reads them: each
 * story's search document newest first (stories without a date after the
 * dated ones), then the glossary. Pagefind numbers the pages in the order it
 * is given them, and among results of equal score it keeps that order: so
 * equal results come out newest first, and the glossary last among its
 * equals, without the search reading or sorting anything in the browser.
 * Only these pages carry `data-pagefind-body`; nothing else is read.
 */
export function searchIndexFiles(articles: ReadonlyArray<Pick<ArticleModel, 'event' | 'slug'>>): string[] {
	return [...[...articles].sort(byNewest).map((article) => searchDocumentFile(article.slug)), glossaryFile()];
}
