/**
 * One page of each type the site has, in the test site built from
 * `tests/fixtures/site/`; build and browser tests walk them all.
 * `gipfeltreffen` is the frozen copy of the summit article; `kanzlerwahl`
 * is an article of another shape (own role labels, no event, no explainer
 * layer, sub-headings, a table, a blockquote, an ordered list, English).
 * The summit copy has the whole depth layer (its „Einordnung“ and its
 * version in Einfache Sprache); `kanzlerwahl` has facts and one source only.
 */
export const pageTypes = {
	home: '/',
	/** The archive's second page: the test site is built with two stories a page. */
	archive: '/archiv/2/',
	longRead: '/gipfeltreffen/',
	section: '/gipfeltreffen/hochrangige-teilnahme/',
	otherLongRead: '/kanzlerwahl/',
	otherSection: '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/',
	people: '/personen/',
	/** People under one initial: the test site is built with LAGEBILD_PEOPLE_LIMIT=10, so its 15 people are filed by letter. */
	peopleInitial: '/personen/buchstabe/s/',
	person: '/personen/wolodymyr-selenskyj/',
	glossary: '/glossar/',
	search: '/suche/',
	context: '/gipfeltreffen/einordnung/',
	otherContext: '/kanzlerwahl/einordnung/',
	simple: '/gipfeltreffen/einfach/',
	/** Every correction across the archive, newest first (issue 26). */
	corrections: '/korrekturen/',
	notFound: '/404.html',
} as const;
