import { describe, expect, it } from 'vitest';
import { breadcrumbs, jsonLd, newsArticle, sectionPage, website } from '../../src/lib/structured-data.ts';

/**
 * JSON-LD of the pages, written out by hand from schema.org's vocabulary and
 * the comments in structured-data.ts: the article is `about` an Event only
 * when it reports one, people are mentioned; a section page is part of its
 * article (the article does not list its sections).
 */
const merz = {
	name: 'Friedrich Merz',
	role: 'Bundeskanzler',
	organisation: 'Deutschland',
	url: 'https://lagebild.example/personen/friedrich-merz/',
};
const mentionedMerz = {
	'@type': 'Person',
	name: 'Friedrich Merz',
	jobTitle: 'Bundeskanzler',
	affiliation: { '@type': 'Organization', name: 'Deutschland' },
	url: 'https://lagebild.example/personen/friedrich-merz/',
};

const article = {
	url: 'https://lagebild.example/kanzlerwahl/',
	headline: 'Merz im zweiten Wahlgang gewählt',
	description: 'Der Vorspann.',
	image: 'https://lagebild.example/og/kanzlerwahl.png',
	siteName: 'Lagebild',
	siteUrl: 'https://lagebild.example/',
	people: [merz],
	datePublished: '2026-11-26T11:00:00Z',
	dateModified: '2026-11-26T11:00:00Z',
	corrections: [],
};

describe('JSON-LD of an article', () => {
	it('is a NewsArticle in German with its publisher and people, and no event where it reports none', () => {
		expect(newsArticle(article)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			'@id': 'https://lagebild.example/kanzlerwahl/#artikel',
			url: 'https://lagebild.example/kanzlerwahl/',
			mainEntityOfPage: 'https://lagebild.example/kanzlerwahl/',
			headline: 'Merz im zweiten Wahlgang gewählt',
			description: 'Der Vorspann.',
			inLanguage: 'de',
			image: 'https://lagebild.example/og/kanzlerwahl.png',
			isAccessibleForFree: true,
			datePublished: '2026-11-26T11:00:00Z',
			dateModified: '2026-11-26T11:00:00Z',
			publisher: { '@type': 'Organization', name: 'Lagebild', url: 'https://lagebild.example/' },
			mentions: [mentionedMerz],
		});
	});

	it('has no „mentions“ at all without people, not an empty list', () => {
		expect('mentions' in newsArticle({ ...article, people: [] })).toBe(false);
	});

	it('carries each correction as a CorrectionComment with its text and date, and the date of the last change', () => {
		const data = newsArticle({
			...article,
			dateModified: '2026-11-28T13:00:00Z',
			corrections: [{ text: 'Abends, nicht morgens.', date: '2026-11-28T13:00:00Z' }],
		});
		expect(data).toMatchObject({
			datePublished: '2026-11-26T11:00:00Z',
			dateModified: '2026-11-28T13:00:00Z',
			correction: [{ '@type': 'CorrectionComment', text: 'Abends, nicht morgens.', datePublished: '2026-11-28T13:00:00Z' }],
		});
	});

	it('is about an Event (the headline, on its date, at its place) when the article reports one', () => {
		const data = newsArticle({ ...article, event: { date: '2025-05-06', place: 'Berlin' } });
		expect(data).toMatchObject({
			about: {
				'@type': 'Event',
				name: 'Merz im zweiten Wahlgang gewählt',
				startDate: '2025-05-06',
				location: { '@type': 'Place', name: 'Berlin' },
			},
		});
	});
});

describe('JSON-LD of a section page', () => {
	it('is a WebPage that is part of its article', () => {
		expect(
			sectionPage({
				url: 'https://lagebild.example/kanzlerwahl/die-wahl/',
				name: 'Die Wahl',
				description: 'Der erste Satz.',
				image: 'https://lagebild.example/og/kanzlerwahl/die-wahl.png',
				articleUrl: 'https://lagebild.example/kanzlerwahl/',
				articleHeadline: 'Merz im zweiten Wahlgang gewählt',
				people: [merz],
				datePublished: '2026-11-26T11:00:00Z',
				dateModified: '2026-11-27T09:00:00Z',
			}),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'WebPage',
			'@id': 'https://lagebild.example/kanzlerwahl/die-wahl/',
			url: 'https://lagebild.example/kanzlerwahl/die-wahl/',
			name: 'Die Wahl',
			description: 'Der erste Satz.',
			inLanguage: 'de',
			primaryImageOfPage: { '@type': 'ImageObject', url: 'https://lagebild.example/og/kanzlerwahl/die-wahl.png' },
			datePublished: '2026-11-26T11:00:00Z',
			dateModified: '2026-11-27T09:00:00Z',
			isPartOf: {
				'@type': 'NewsArticle',
				'@id': 'https://lagebild.example/kanzlerwahl/#artikel',
				headline: 'Merz im zweiten Wahlgang gewählt',
				url: 'https://lagebild.example/kanzlerwahl/',
			},
			mentions: [mentionedMerz],
		});
	});

	it('has no „mentions“ at all without people, not an empty list', () => {
		const page = sectionPage({
			url: 'https://lagebild.example/a/eins/',
			name: 'Eins',
			description: 'D',
			image: 'https://lagebild.example/og/a.png',
			articleUrl: 'https://lagebild.example/a/',
			articleHeadline: 'H',
			people: [],
			datePublished: '2026-11-25T08:29:00Z',
			dateModified: '2026-11-25T08:29:00Z',
		});
		expect('mentions' in page).toBe(false);
	});
});

describe('JSON-LD of the site and of breadcrumbs', () => {
	it('describes the website in German', () => {
		expect(website({ name: 'Lagebild', url: 'https://lagebild.example/', description: 'Nachrichten erklärt.' })).toEqual({
			'@context': 'https://schema.org',
			'@type': 'WebSite',
			name: 'Lagebild',
			url: 'https://lagebild.example/',
			description: 'Nachrichten erklärt.',
			inLanguage: 'de',
		});
	});

	it('numbers breadcrumbs from 1', () => {
		expect(
			breadcrumbs([
				{ name: 'Lagebild', url: 'https://lagebild.example/' },
				{ name: 'Kanzlerwahl', url: 'https://lagebild.example/kanzlerwahl/' },
			]),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Lagebild', item: 'https://lagebild.example/' },
				{ '@type': 'ListItem', position: 2, name: 'Kanzlerwahl', item: 'https://lagebild.example/kanzlerwahl/' },
			],
		});
	});
});

describe('serialising JSON-LD for a script element', () => {
	it('escapes every „<“, so no „</script>“ in a headline can close the element', () => {
		expect(jsonLd({ headline: 'a</script><script>x' })).toBe('{"headline":"a\\u003c/script>\\u003cscript>x"}');
	});
});
