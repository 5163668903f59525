import { de } from '../i18n/de.ts';
import { neighbours } from '../lib/content/derived.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';
import type { ArticleModel, Section } from './articles.ts';

/**
 * What a section's page and its block in the long-read show of it beyond its
 * text, worked out once: where it lives, its share URL, its page's title, the
 * position line („Abschnitt 5 von 10“, „1 Min. Lesezeit“), its neighbours.
 */
export interface SectionRoute {
	/** Its own page. */
	path: string;
	/** Its place in the long-read. */
	anchor: string;
	/** The canonical URL of its page: what „Link teilen“ shares and previews show. */
	shareUrl: string;
	/** The page's title: „Abschnitt – Schlagzeile“. */
	pageTitle: string;
	/** „Abschnitt 5 von 10“. */
	position: string;
	/** „1 Min. Lesezeit“. */
	readingTime: string;
	previous: Section | undefined;
	next: Section | undefined;
}

export function sectionRoute(article: ArticleModel, section: Section, site: URL): SectionRoute {
	const path = paths.section(article.slug, section.slug);
	return {
		path,
		anchor: paths.sectionAnchor(article.slug, section.slug),
		shareUrl: absoluteUrl(path, site),
		pageTitle: `${section.title}${de.titleSeparator}${article.title}`,
		position: de.sectionOf(section.number, article.sections.length),
		readingTime: de.readingTime(section.readingMinutes),
		...neighbours(article, section),
	};
}
