import { articlePages } from './contract.ts';

/** Every internal path of the site, in one place. All end in a slash. */
export const paths = {
	home: () => '/',
	/** A page of the archive: the first is the home page. */
	archive: (page: number) => (page <= 1 ? '/' : `/archiv/${page}/`),
	article: (article: string) => `/${article}/`,
	section: (article: string, section: string) => `/${article}/${section}/`,
	sectionAnchor: (article: string, section: string) => `/${article}/#${section}`,
	people: () => '/personen/',
	person: (id: string) => `/personen/${id}/`,
	/** The people under one initial, when there are more than one page takes (`src/lib/people-index.ts`). */
	peopleInitial: (initial: string) => `/personen/buchstabe/${initial}/`,
	/** „Dossier folgen“: the feed of the articles that name a person. */
	personFeed: (id: string) => `/personen/${id}/rss.xml`,
	search: () => '/suche/',
	/** The values a search filter's field offers, loaded when the field is first used (`/suche/person.json`). */
	searchFilterValues: (filter: string) => `/suche/${filter}.json`,
	/** The glossary's terms for the search's card, loaded with the search code (src/lib/search/glossary-records.ts). */
	searchTerms: () => '/suche/begriffe.json',
	feed: () => '/rss.xml',
	glossary: () => '/glossar/',
	glossaryTerm: (term: string) => `/glossar/#${term}`,
	/** „Einordnung“: positions, what is known and open, the sources. */
	context: (article: string) => `/${article}/${articlePages.context}/`,
	/** The story in Einfache Sprache. */
	simple: (article: string) => `/${article}/${articlePages.simple}/`,
	/** The site's corrections and clarifications, newest first; `/korrekturen/2/` … the older ones. */
	corrections: (page = 1) => (page <= 1 ? '/korrekturen/' : `/korrekturen/${page}/`),
	correctionsFeed: () => '/korrekturen/rss.xml',
	/** A quoted sentence in the long-read. */
	reference: (article: string, id: string) => `/${article}/#${id}`,
};

/**
 * The built file that tells the search index step what to read, in order
 * (`src/search-index.ts`; written by `src/pages/suchindex.json.ts`, then moved
 * into the search artefact, src/lib/search/artefact.ts): a list of paths
 * relative to the output folder.
 */
export const searchIndexList = 'suchindex.json';

/** A story's search document, relative to the output folder: what the index reads for it. */
export const searchDocumentFile = (article: string) => `${article}/${articlePages.searchDocument}/index.html`;

/** Absolute URL of a path on the configured site. */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}

export { definitionId } from './contract.ts';
