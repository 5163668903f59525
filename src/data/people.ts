import { getCollection } from 'astro:content';
import type { NamingSentence, Quote } from '../lib/mentions.ts';
import type { ArticleSection } from '../lib/sections.ts';
import { getArticles, type Article, type ParticipantGroup, type PersonEntry } from './articles.ts';

export interface SectionAppearance {
	section: ArticleSection;
	number: number;
	/** Sentences that name this person, with only this person's names as matches. */
	sentences: NamingSentence[];
}

export interface Appearance {
	article: Article;
	group: ParticipantGroup;
	sections: SectionAppearance[];
	quotes: Array<Quote & { section: ArticleSection }>;
}

export interface Person {
	id: string;
	data: PersonEntry['data'];
	appearances: Appearance[];
	sortKey: string;
}

function appearanceIn(article: Article, id: string, group: ParticipantGroup): Appearance {
	const sections: SectionAppearance[] = [];
	const quotes: Appearance['quotes'] = [];
	article.sections.forEach((section, index) => {
		const found = article.mentions.get(section.slug)!;
		const sentences = found.sentences
			.map((sentence) => ({ text: sentence.text, matches: sentence.matches.filter((match) => match.id === id) }))
			.filter((sentence) => sentence.matches.length > 0);
		if (sentences.length > 0) sections.push({ section, number: index + 1, sentences });
		for (const quote of found.quotes) if (quote.id === id) quotes.push({ ...quote, section });
	});
	return { article, group, sections, quotes };
}

async function load(): Promise<Person[]> {
	const [articles, entries] = await Promise.all([getArticles(), getCollection('participants')]);
	const appearances = new Map<string, Appearance[]>();
	for (const article of articles) {
		for (const participant of article.participants) {
			const list = appearances.get(participant.id) ?? [];
			list.push(appearanceIn(article, participant.id, participant.group));
			appearances.set(participant.id, list);
		}
	}
	const collator = new Intl.Collator('de');
	return entries
		.map((entry) => ({ id: entry.id, data: entry.data, appearances: appearances.get(entry.id) ?? [], sortKey: entry.data.sortName ?? entry.data.name }))
		.sort((a, b) => collator.compare(a.sortKey, b.sortKey));
}

let cache: Promise<Person[]> | undefined;

/** Everyone in the participants collection, alphabetically, with where each article names them. */
export function getPeople(): Promise<Person[]> {
	cache ??= load();
	return cache;
}
