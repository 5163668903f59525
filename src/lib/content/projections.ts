import type { ArticleModel, PersonModel } from './model.ts';

/**
 * What a list shows of an article or a person, and nothing more: each
 * projection is both the props of the component that shows it and the cache
 * key of the pages that list it, so a field added to a card or a summary is
 * in the key by construction, and a listing page renders again exactly when
 * what it shows changed.
 */

/** An article's card on the home page and the archive (src/components/ArticleCard.astro). */
export interface ArticleCard {
	slug: string;
	title: string;
	description: string;
	event?: { date: string; place: string } | undefined;
	sectionCount: number;
	readingMinutes: number;
}

export function articleCard(article: ArticleModel): ArticleCard {
	return {
		slug: article.slug,
		title: article.title,
		description: article.description,
		event: article.event,
		sectionCount: article.sections.length,
		readingMinutes: article.readingMinutes,
	};
}

/** A person in the people's directory (src/components/PersonSummary.astro). */
export interface PersonSummary {
	id: string;
	name: string;
	role: string;
	organisation: string;
	/** In how many articles they appear, and in how many sections of them the text names them. */
	articles: number;
	sections: number;
}

export function personSummary(person: PersonModel): PersonSummary {
	return {
		id: person.id,
		name: person.name,
		role: person.role,
		organisation: person.organisation,
		articles: person.appearances.length,
		sections: person.appearances.reduce((sum, appearance) => sum + appearance.sections.length, 0),
	};
}

/** The cache key of a page that shows these projections (and whatever else it lists beside them). */
export const listingKey = (...shown: unknown[]) => JSON.stringify(shown);
