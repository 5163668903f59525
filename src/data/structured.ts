import { de } from '../i18n/de.ts';
import { articlePreviewPath, sectionPreviewPath, sitePreviewPath } from '../lib/preview-paths.ts';
import { breadcrumbs, newsArticle, sectionPage, type PersonFacts } from '../lib/structured-data.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';
import { isCorrection } from '../lib/content/changes.ts';
import { utcDateTime } from '../lib/dates.ts';
import type { ArticleModel, Participant, Section } from './articles.ts';
import { sectionRoute } from './section-route.ts';

/** Link-preview data and JSON-LD for an article's long-read and section pages. */

const personFacts = (participant: Participant, site: URL): PersonFacts => ({
	name: participant.name,
	role: participant.role,
	organisation: participant.organisation,
	url: absoluteUrl(paths.person(participant.id), site),
});

/** The image of the article's long-read and its other whole-article pages: its own, or the site's for older articles. */
export function articleImage(article: ArticleModel): { image: string; imageAlt: string } {
	return article.ownPreviews
		? { image: articlePreviewPath(article.slug), imageAlt: de.previewArticleAlt(article.title) }
		: { image: sitePreviewPath(), imageAlt: de.previewSiteAlt };
}

/** The dates every page of an article declares: link previews (`article:…_time`) and JSON-LD. */
export function articleDates(article: ArticleModel) {
	return { publishedTime: utcDateTime(article.published), modifiedTime: utcDateTime(article.modified) };
}

export function longReadPreview(article: ArticleModel, site: URL) {
	const { title, description, event } = article;
	const url = absoluteUrl(paths.article(article.slug), site);
	const own = articleImage(article);
	const image = absoluteUrl(own.image, site);
	const dates = articleDates(article);
	return {
		type: 'article' as const,
		title,
		...own,
		...dates,
		structuredData: [
			newsArticle({
				url,
				headline: title,
				description,
				image,
				event,
				siteName: de.siteName,
				siteUrl: absoluteUrl(paths.home(), site),
				people: article.participants.map((participant) => personFacts(participant, site)),
				datePublished: dates.publishedTime,
				dateModified: dates.modifiedTime,
				corrections: article.changes
					.filter((change) => isCorrection(change.kind))
					.map((change) => ({ text: change.note, date: utcDateTime(change.at) })),
			}),
			breadcrumbs([
				{ name: de.breadcrumbHome, url: absoluteUrl(paths.home(), site) },
				{ name: title, url },
			]),
		],
	};
}

export function sectionPreview(article: ArticleModel, section: Section, site: URL) {
	const headline = article.title;
	const route = sectionRoute(article, section, site);
	const url = route.shareUrl;
	const named = new Set(section.mentions.people.map(({ id }) => id));
	const image = article.ownPreviews ? sectionPreviewPath(article.slug, section.slug) : sitePreviewPath();
	const dates = articleDates(article);
	return {
		type: 'article' as const,
		...dates,
		title: route.pageTitle,
		image,
		imageAlt: article.ownPreviews ? de.previewSectionAlt(section.title, headline) : de.previewSiteAlt,
		structuredData: [
			sectionPage({
				url,
				name: section.title,
				description: section.summary,
				image: absoluteUrl(image, site),
				articleUrl: absoluteUrl(paths.article(article.slug), site),
				articleHeadline: headline,
				people: article.participants
					.filter((participant) => named.has(participant.id))
					.map((participant) => personFacts(participant, site)),
				datePublished: dates.publishedTime,
				dateModified: dates.modifiedTime,
			}),
			breadcrumbs([
				{ name: de.breadcrumbHome, url: absoluteUrl(paths.home(), site) },
				{ name: headline, url: absoluteUrl(paths.article(article.slug), site) },
				{ name: section.title, url },
			]),
		],
	};
}
