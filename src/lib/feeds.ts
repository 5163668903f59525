import { utcDateTime } from './dates.ts';

/**
 * Dates in the feeds: an item's `pubDate` is when Lagebild published the
 * article; once its log has an entry, `atom:updated` says when it last
 * changed (RSS 2.0 has no element of its own for that).
 */
export const feedNamespaces = { atom: 'http://www.w3.org/2005/Atom' };

export function feedDates(article: { published: string; modified: string; changes?: readonly unknown[]; hasChanges?: boolean }): {
	pubDate: Date;
	customData?: string;
} {
	const updated = article.hasChanges ?? (article.changes?.length ?? 0) > 0;
	return {
		pubDate: new Date(utcDateTime(article.published)),
		...(updated ? { customData: `<atom:updated>${utcDateTime(article.modified)}</atom:updated>` } : {}),
	};
}
