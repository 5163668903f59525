import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { glossaryRecords } from '../lib/search/glossary-records.ts';

/**
 * The glossary's terms for the search index, one record each
 * (`src/lib/search/glossary-records.ts`): the index step (`src/search-index.ts`)
 * adds them after the stories; the file is part of the search artefact
 * (src/lib/search/artefact.ts), never of the site.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(glossaryRecords(await getArticles())), { headers: { 'Content-Type': 'application/json' } });
