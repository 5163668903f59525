import { articlePages } from './contract.ts';

/** Every internal path of the site, in one place. All end in a slash. */
export const paths = {
	home: () => '/',
	/** A page of the archive: the first is the home page. */
	archive: (page: number) => (page <= 1 ? '/' : `/archiv/${page}/`),
	article: (article: string) => `/${article}/`,
	section: (article: string, section: string) => `/${article}/${section}/`,
	sectionAnchor: (article: string, section: string) => `/${article}/#${section}`,
	participants: () => '/personen/',
	participant: (id: string) => `/personen/${id}/`,
	/** The people under one initial, when there are more than one page takes (`src/lib/people-index.ts`). */
	participantsInitial: (initial: string) => `/personen/buchstabe/${initial}/`,
	/** „Dossier folgen“: the feed of the articles that name a person. */
	participantFeed: (id: string) => `/personen/${id}/rss.xml`,
	search: () => '/suche/',
	/** The values a search filter's field offers, loaded when the field is first used (`/suche/person.json`). */
	searchFilterValues: (filter: string) => `/suche/${filter}.json`,
	feed: () => '/rss.xml',
	glossary: () => '/glossar/',
	glossaryTerm: (term: string) => `/glossar/#${term}`,
	/** „Einordnung“: positions, what is known and open, the sources. */
	context: (article: string) => `/${article}/${articlePages.context}/`,
	/** The story in Einfache Sprache. */
	simple: (article: string) => `/${article}/${articlePages.simple}/`,
	/** A quoted sentence in the long-read. */
	reference: (article: string, id: string) => `/${article}/#${id}`,
};

/**
 * The built files the search index reads, as globs relative to the output
 * folder: each story's search document (`/<article>/suchdokument/`, one per
 * story, removed once indexed) and the glossary, the only pages that carry
 * `data-pagefind-body`. Pagefind skips the rest unread; a build test checks
 * that no indexed page falls outside. Plain globs: Pagefind matches one with
 * braces (`{a,b}`) ten times slower over 14,000 files.
 */
export const searchIndexGlobs = [`*/${articlePages.searchDocument}/index.html`, `${paths.glossary().slice(1)}index.html`] as const;

/** Absolute URL of a path on the configured site. */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}

export { definitionId } from './contract.ts';
