import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { searchIndexFiles } from '../lib/search/index-order.ts';

/**
 * What the search index step reads, in order (`src/lib/search/index-order.ts`):
 * the stories' search documents newest first. It leaves the output folder with the documents
 * as the build ends (src/lib/search/artefact.ts).
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(searchIndexFiles(await getArticles())), { headers: { 'Content-Type': 'application/json' } });
