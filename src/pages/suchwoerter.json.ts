import type { APIRoute } from 'astro';
import { getArticles, getPeople } from '../data/articles.ts';

/**
 * The words „Meinten Sie …?“ may offer (src/lib/search/suggest.ts): every
 * word of the people's names and other spellings and of the glossary terms,
 * once each. Loaded by the search only when a query finds nothing.
 */
export const GET: APIRoute = async () => {
	const [articles, people] = await Promise.all([getArticles(), getPeople()]);
	const phrases = [
		...people.flatMap((person) => [person.name, ...person.aliases]),
		...articles.flatMap((article) => article.glossary.flatMap((entry) => [entry.term, ...entry.aliases])),
	];
	const words = [...new Set(phrases.flatMap((phrase) => phrase.split(/\s+/)).filter((word) => word.length >= 4))].sort((a, b) => a.localeCompare(b, 'de'));
	return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
};
