import type { APIRoute } from 'astro';
import { getArticles } from '../../data/articles.ts';
import { glossaryRecords } from '../../lib/search/glossary-records.ts';

/**
 * The glossary's terms for the search's card („Begriff: Kreml – …“), one
 * record each (src/lib/search/glossary-records.ts): the search code loads
 * this file with Pagefind and finds the term a query names in it
 * (src/lib/search/term-card.ts).
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(glossaryRecords(await getArticles())), { headers: { 'Content-Type': 'application/json' } });
