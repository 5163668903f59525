import { describe } from 'vitest';
import { checkEveryPage } from '../helpers/every-page.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { useSite } from '../helpers/site.ts';

/** The site's own pages: home, archive, people, glossary, search (empty and with results), corrections, 404. */
const site = useSite();
const { home, archive, people, peopleInitial, person, glossary, search, corrections, notFound } = pageTypes;

describe('every page of the site, in Chromium', () => {
	// The search page with results: Merz stands in two test articles.
	checkEveryPage(site, {
		home,
		archive,
		people,
		peopleInitial,
		person,
		glossary,
		search,
		searchResults: '/suche/?q=Merz',
		corrections,
		notFound,
	});
});
