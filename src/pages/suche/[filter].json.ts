import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchFilterOptions } from '../../data/articles.ts';
import { searchFilters } from '../../lib/contract.ts';

/**
 * The values of the search page's „Person“ and „Artikel“ fields, one file
 * each (`/suche/person.json`, `/suche/artikel.json`): the search code loads
 * one when its field is first used, so the search page does not grow with
 * the archive. People by sort name, articles newest first.
 */
export const getStaticPaths = (async () => {
	const filters = await getSearchFilterOptions();
	return [
		{ params: { filter: searchFilters.person }, props: { values: filters.people.map((option) => option.value) } },
		{ params: { filter: searchFilters.article }, props: { values: filters.articles.map((option) => option.value) } },
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['values']), { headers: { 'Content-Type': 'application/json' } });
