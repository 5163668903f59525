import type { APIRoute } from 'astro';
import { getArticles, getPeople } from '../data/articles.ts';
import { suggestionVocabulary } from '../lib/search/suggest.ts';

/**
 * The words „Meinten Sie …?“ may offer (src/lib/search/suggest.ts): the
 * people's names and the glossary's terms, with their other spellings.
 * Loaded by the search only when a query finds nothing.
 */
export const GET: APIRoute = async () => {
	const [articles, people] = await Promise.all([getArticles(), getPeople()]);
	const glossary = articles.flatMap((article) => article.glossary.map((entry) => ({ name: entry.term, aliases: entry.aliases })));
	return new Response(JSON.stringify(suggestionVocabulary([...people, ...glossary])), { headers: { 'Content-Type': 'application/json' } });
};
