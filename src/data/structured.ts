import { de } from '../i18n/de.ts';
import { articlePreviewPath, sectionPreviewPath } from '../lib/preview-paths.ts';
import { breadcrumbs, newsArticle, sectionPage, type PersonFacts } from '../lib/structured-data.ts';
import { isoDate } from '../lib/format.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';
import type { Article, Participant } from './articles.ts';
import type { ArticleSection } from '../lib/sections.ts';

/** Link-preview data and JSON-LD for an article's long-read and section pages. */

const personFacts = (participant: Participant, site: URL): PersonFacts => ({
	name: participant.person.name,
	role: participant.person.role,
	organisation: participant.person.organisation,
	url: absoluteUrl(paths.participant(participant.id), site),
});

export function longReadPreview(article: Article, site: URL) {
	const { title, description, event } = article.entry.data;
	const url = absoluteUrl(paths.article(article.slug), site);
	const image = absoluteUrl(articlePreviewPath(article.slug), site);
	return {
		type: 'article' as const,
		title,
		image: articlePreviewPath(article.slug),
		imageAlt: de.previewArticleAlt(title),
		structuredData: [
			newsArticle({
				url,
				headline: title,
				description,
				image,
				eventDate: isoDate(event.date),
				eventPlace: event.place,
				siteName: de.siteName,
				siteUrl: absoluteUrl(paths.home(), site),
				people: article.participants.map((participant) => personFacts(participant, site)),
				sections: article.sections.map((section) => ({ name: section.title, url: absoluteUrl(paths.section(article.slug, section.slug), site) })),
			}),
			breadcrumbs([
				{ name: de.breadcrumbHome, url: absoluteUrl(paths.home(), site) },
				{ name: title, url },
			]),
		],
	};
}

export function sectionPreview(article: Article, section: ArticleSection, description: string, site: URL) {
	const headline = article.entry.data.title;
	const url = absoluteUrl(paths.section(article.slug, section.slug), site);
	const named = article.mentions.get(section.slug)!.counts;
	return {
		type: 'article' as const,
		title: `${section.title}${de.titleSeparator}${headline}`,
		image: sectionPreviewPath(article.slug, section.slug),
		imageAlt: de.previewSectionAlt(section.title, headline),
		structuredData: [
			sectionPage({
				url,
				name: section.title,
				description,
				image: absoluteUrl(sectionPreviewPath(article.slug, section.slug), site),
				articleUrl: absoluteUrl(paths.article(article.slug), site),
				articleHeadline: headline,
				people: article.participants.filter((participant) => named.has(participant.id)).map((participant) => personFacts(participant, site)),
			}),
			breadcrumbs([
				{ name: de.breadcrumbHome, url: absoluteUrl(paths.home(), site) },
				{ name: headline, url: absoluteUrl(paths.article(article.slug), site) },
				{ name: section.title, url },
			]),
		],
	};
}
