import slugifyText from '@sindresorhus/slugify';

/** ASCII, lower case, words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns a German heading or name into a URL slug: ASCII, lower case,
 * German transliteration (ä → ae, ö → oe, ü → ue, ß → ss).
 */
export function slugify(text: string): string {
	return slugifyText(text, { customReplacements: [['&', ' und ']] });
}

export function isSlug(value: string): boolean {
	return SLUG_PATTERN.test(value);
}

const PINNED_SLUG = /\s*\{#([^{}]*)\}\s*$/;

/**
 * A heading may pin its slug with a trailing `{#slug}`, so that an edited
 * heading keeps its old link. Returns the heading text without the marker.
 */
export function extractPinnedSlug(text: string): { text: string; slug?: string } {
	const match = PINNED_SLUG.exec(text);
	if (!match) return { text };
	return { text: text.slice(0, match.index), slug: match[1]!.trim() };
}

/** Path segments the site uses for its own pages; an article may not take them. */
export const RESERVED_SLUGS = new Set([
	'personen',
	'suche',
	'glossar',
	'korrekturen',
	'archiv',
	'pagefind',
	'_astro',
	'404',
	'og',
	'rss.xml',
]);

/** Names under `/personen/` the site uses itself (the pages per initial): a person's id may not take them. */
export const RESERVED_PERSON_IDS = new Set(['buchstabe']);
