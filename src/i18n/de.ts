/**
 * Every string the site shows or announces, in one place.
 * Functions take the values they need; nothing here names an article.
 */
export const de = {
	siteName: 'Lagebild',
	siteTagline: 'Nachrichten erklärt, Abschnitt für Abschnitt',
	skipLink: 'Zum Inhalt springen',
	homeLink: 'Lagebild – Startseite',
	homeTitle: 'Lagebild – Nachrichten erklärt',
	homeDescription: 'Lagebild erklärt Nachrichten Abschnitt für Abschnitt: mit Lesefassung, Abschnittslinks und den beteiligten Personen.',
	homeHeading: 'Artikel',
	articleList: 'Alle Artikel',
	noArticles: 'Noch keine Artikel.',
	sectionCount: (count: number) => (count === 1 ? '1 Abschnitt' : `${count} Abschnitte`),
	eventLabel: 'Ereignis',
	eventOn: (date: string, place: string) => `${date}, ${place}`,
	toc: 'Inhalt',
	tocLabel: 'Inhaltsverzeichnis',
	anchorLink: 'Link zu diesem Abschnitt',
	sectionOf: (number: number, total: number) => `Abschnitt ${number} von ${total}`,
	sectionPageLink: 'Als Einzelseite öffnen',
	sectionPageLinkLabel: (title: string) => `Abschnitt „${title}“ als Einzelseite öffnen`,
	sectionNav: 'Abschnitte',
	previousSection: 'Vorheriger Abschnitt',
	nextSection: 'Nächster Abschnitt',
	inLongRead: 'Im ganzen Artikel lesen',
	partOf: 'Aus dem Artikel',
	backToArticle: 'Zum ganzen Artikel',
	sourceHeading: 'Quelle und Bearbeitung',
	sourceLabel: 'Quelle',
	editorialNotes: 'Redaktionelle Hinweise',
	translated: 'Übersetzt',
	notFoundTitle: 'Seite nicht gefunden',
	notFoundText: 'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde der Link falsch kopiert.',
	notFoundHome: 'Zur Startseite mit allen Artikeln',
	footerText: 'Lagebild ist eine statische Website: Alle Seiten funktionieren ohne JavaScript.',
	titleSeparator: ' – ',
} as const;

export type Dictionary = typeof de;
