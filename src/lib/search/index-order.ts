import { byNewest } from '../content/people.ts';
import type { ArticleModel } from '../content/model.ts';
import { searchDocumentFile } from '../urls.ts';

/**
 * The pages the search index reads, in the order it reads them: each
 * story's search document newest first (stories without a date after the
 * dated ones). Pagefind numbers the pages in the order it is given them, and
 * among results of equal score it keeps that order: so equal results come
 * out newest first, without the search reading or sorting anything in the
 * browser. Only these pages carry `data-pagefind-body`; nothing else is read
 * (the glossary's terms reach the search as a file of their own, `./glossary-records.ts`).
 */
export function searchIndexFiles(articles: ReadonlyArray<Pick<ArticleModel, 'event' | 'slug'>>): string[] {
	return [...articles].sort(byNewest).map((article) => searchDocumentFile(article.slug));
}
