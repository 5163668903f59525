/**
 * Names the build writes into pages for Pagefind and the search code reads:
 * part of the contract between build and browser (`../contract.ts`
 * re-exports them), in a module of their own so that the script every page
 * runs on load does not carry them.
 */

/** URL parameters that only the search code reads (those every page's script reads are `urlParams` in `../contract.ts`). */
export const searchParams = {
	/** `genau=1` on `/suche/`: search the query as written, without taking the one close spelling instead. */
	exact: 'genau',
} as const;

/**
 * Pagefind filters: each story's search document carries them, the search page offers them
 * as fields of the same name (text fields with suggestions for „Person“ and „Artikel“, whose
 * values load from `/suche/<name>.json`; a select for „Monat“) and keeps them in the address.
 */
export const searchFilters = {
	article: 'artikel',
	person: 'person',
	/** The month of the event, „August 2025“. */
	month: 'monat',
} as const;

/** Pagefind metadata fields. */
export const searchMeta = {
	/** Index-only words of a story: other spellings, compound parts (`typed→shown`). */
	terms: 'suchbegriffe',
	/** Which sections of a story name whom: `{"<section slug>": ["<name>", …]}`. */
	sectionPeople: 'abschnittspersonen',
} as const;

/**
 * User Timing marks of the search code, for whoever measures it (a browser's performance panel, the bench): `started`
 * when a search begins (after the reader's pause), `shown` once its results are in the page; each with the query as
 * its `detail`.
 */
export const searchTiming = { started: 'lagebild-suche', shown: 'lagebild-treffer' } as const;

/**
 * How many stories a search shows: in the header's panel (its last line, „Alle N Treffer auf der Suchseite“, leads on
 * when there are more), and on the search page. The bench's floor, Pagefind alone, reads the data of as many results
 * as the panel shows.
 */
export const searchResultCount = { panel: 5, page: 20 } as const;

/** How long the reader pauses in typing before the search field searches what is typed (the bench types faster than this). */
export const searchPauseMs = 160;
