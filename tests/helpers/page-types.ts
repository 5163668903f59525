/** One page of each type the site has; build and browser tests walk them all. */
export const pageTypes = {
	home: '/',
	longRead: '/gipfel-im-weissen-haus/',
	section: '/gipfel-im-weissen-haus/hochrangige-teilnahme/',
	people: '/personen/',
	person: '/personen/wolodymyr-selenskyj/',
	glossary: '/glossar/',
	notFound: '/404.html',
} as const;
