/**
 * The contract between the build and the browser: every name that templates
 * write and scripts (or the search index) read. One module, so a rename is
 * one edit and a typo is a type error, not a silent break.
 */

/** URL query parameters the site's scripts read. */
export const urlParams = {
	/** The search query on `/suche/`. */
	query: 'q',
	/** Words to mark on arrival from a search hit (repeatable). */
	highlight: 'hervorheben',
} as const;

/** The attribute of the text where a search hit's words are marked on arrival (a section page, the glossary). */
export const highlightArea = 'data-suchtext';

/**
 * The search index's names (Pagefind filters and metadata) and the URL
 * parameters only the search code reads live in `./search/names.ts`,
 * re-exported here: only the search code that loads on demand reads them, so
 * they stay out of the script every page runs.
 */
export { searchFilters, searchMeta, searchParams, searchPauseMs, searchResultCount, searchTiming } from './search/names.ts';

/** Element ids that one file writes and another links to or looks up. */
export const ids = {
	/** The page's main content: the skip link's target. */
	main: 'main',
	/** The long-read's headline. */
	articleTitle: 'lb-article-title',
	/** The table of contents' heading: the no-JavaScript search page links it. */
	tocHeading: 'lb-toc-heading',
	/** The timeline block: the table of contents links it. */
	timeline: 'lb-chronologie',
	/** The template of the „Zitat teilen“ control that the share script clones. */
	quoteShareTemplate: 'lb-quote-share',
} as const;

/**
 * The sidebar's list „In diesem Abschnitt“ among the participants' groups: its key in `data-group` and
 * `lb-group-…` (a group's key is its label's slug, so no group may take this one).
 */
export const hereGroup = 'hier';

/**
 * „Vorlesen“: the `<read-aloud>` control names what it reads with `data-vorlesen` (a section's
 * slug; empty: the whole article), and the sentence being read is the CSS highlight `vorlesen`
 * (styled as `::highlight(vorlesen)` in ReadAloud.astro).
 */
export const readAloud = { section: 'vorlesen', highlight: 'vorlesen' } as const;

/** id of a glossary definition shown within one section (the term's aria-describedby); `--` never occurs in a slug. */
export const definitionId = (section: string, term: string) => `lb-def-${section}--${term}`;

/** Section slugs may not take the ids the page itself uses. */
export const reservedIdPrefix = 'lb-';

/** Sentences that front matter quotes become anchors `#beleg-…` (src/lib/markdown/rehype-references.ts); section slugs may not start so. */
export const referenceIdPrefix = 'beleg-';

/**
 * An entry of an article's editorial log: `#aenderung-3` in the page's list „Korrekturen und
 * Aktualisierungen“, `#aenderung-3-stelle` at the marked item, and its popover beside the marker.
 * Section slugs may not start with the prefix.
 */
export const changeIdPrefix = 'aenderung-';
export const changeEntryId = (index: number) => `${changeIdPrefix}${index + 1}`;
export const changePlaceId = (index: number) => `${changeIdPrefix}${index + 1}-stelle`;
export const changeNoteId = (index: number) => `lb-aenderung-${index + 1}`;

/** id of the popover that says who an attributed statement comes from (the source marker's aria-describedby). */
export const attributionNoteId = (index: number) => `lb-quelle-${index + 1}`;

/** Pages of an article beside its sections: section slugs may not take these names. */
export const articlePages = {
	/** „Einordnung“: who wants what, what is known and open, who says so. */
	context: 'einordnung',
	/** The story in Einfache Sprache. */
	simple: 'einfach',
	/**
	 * The story's one search document: its sections' text, headings and search fields, built for
	 * Pagefind only and removed from the output once it is indexed (src/search-index.ts).
	 */
	searchDocument: 'suchdokument',
} as const;
