/** Every internal path of the site, in one place. All end in a slash. */
export const paths = {
	home: () => '/',
	article: (article: string) => `/${article}/`,
	section: (article: string, section: string) => `/${article}/${section}/`,
	sectionAnchor: (article: string, section: string) => `/${article}/#${section}`,
	participants: () => '/personen/',
	participant: (id: string) => `/personen/${id}/`,
	search: () => '/suche/',
	feed: () => '/rss.xml',
	glossary: () => '/glossar/',
	glossaryTerm: (term: string) => `/glossar/#${term}`,
};

/** Absolute URL of a path on the configured site. */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}

export { definitionId } from './contract.ts';
