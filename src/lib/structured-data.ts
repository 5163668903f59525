import type { BreadcrumbList, CorrectionComment, NewsArticle, Person, WebPage, WebSite, WithContext } from 'schema-dts';

/**
 * JSON-LD for the pages, typed against schema.org (npm `schema-dts`), so a
 * property that a type does not have fails `astro check`.
 */

export interface PersonFacts {
	name: string;
	role: string;
	organisation: string;
	url: string;
}

export interface ArticleFacts {
	url: string;
	headline: string;
	description: string;
	image: string;
	/** The event the article reports, where it reports one: then, and only then, the article is `about` an Event. */
	event?: { date: string; place: string } | undefined;
	siteName: string;
	siteUrl: string;
	people: readonly PersonFacts[];
	/** When Lagebild first published it, and when it last changed (UTC date-times). */
	datePublished: string;
	dateModified: string;
	/** Its corrections and clarifications: what was put right, and when. */
	corrections: ReadonlyArray<{ text: string; date: string }>;
}

const correction = (entry: { text: string; date: string }): CorrectionComment => ({
	'@type': 'CorrectionComment',
	text: entry.text,
	datePublished: entry.date,
});

const person = (facts: PersonFacts): Person => ({
	'@type': 'Person',
	name: facts.name,
	jobTitle: facts.role,
	affiliation: { '@type': 'Organization', name: facts.organisation },
	url: facts.url,
});

/**
 * The article. Its sections are not listed here: each section page says it
 * is part of the article (`isPartOf` in `sectionPage`), and the long-read's
 * bytes go to the text (its render-critical budget is 14 KiB).
 */
export function newsArticle(facts: ArticleFacts): WithContext<NewsArticle> {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		'@id': `${facts.url}#artikel`,
		url: facts.url,
		mainEntityOfPage: facts.url,
		headline: facts.headline,
		description: facts.description,
		inLanguage: 'de',
		image: facts.image,
		isAccessibleForFree: true,
		datePublished: facts.datePublished,
		dateModified: facts.dateModified,
		...(facts.corrections.length > 0 ? { correction: facts.corrections.map(correction) } : {}),
		publisher: { '@type': 'Organization', name: facts.siteName, url: facts.siteUrl },
		...(facts.event
			? {
					about: {
						'@type': 'Event',
						name: facts.headline,
						startDate: facts.event.date,
						location: { '@type': 'Place', name: facts.event.place },
					},
				}
			: {}),
		...(facts.people.length > 0 ? { mentions: facts.people.map(person) } : {}),
	};
}

export function breadcrumbs(items: ReadonlyArray<{ name: string; url: string }>): WithContext<BreadcrumbList> {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
	};
}

export function sectionPage(facts: {
	url: string;
	name: string;
	description: string;
	image: string;
	articleUrl: string;
	articleHeadline: string;
	people: readonly PersonFacts[];
	datePublished: string;
	dateModified: string;
}): WithContext<WebPage> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		'@id': facts.url,
		url: facts.url,
		name: facts.name,
		description: facts.description,
		inLanguage: 'de',
		primaryImageOfPage: { '@type': 'ImageObject', url: facts.image },
		datePublished: facts.datePublished,
		dateModified: facts.dateModified,
		isPartOf: { '@type': 'NewsArticle', '@id': `${facts.articleUrl}#artikel`, headline: facts.articleHeadline, url: facts.articleUrl },
		...(facts.people.length > 0 ? { mentions: facts.people.map(person) } : {}),
	};
}

export function website(facts: { name: string; url: string; description: string }): WithContext<WebSite> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: facts.name,
		url: facts.url,
		description: facts.description,
		inLanguage: 'de',
	};
}

/** Serialises JSON-LD for a `<script type="application/ld+json">`: no `<` can close the element. */
export function jsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
