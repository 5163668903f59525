import { searchTerms, type AliasForm } from '../lib/search/terms.ts';
import type { Article } from './articles.ts';
import { germanWords } from './dictionary.ts';

/**
 * Index-only terms of one section: other spellings of the people it names
 * (pointing to the spelling the section uses) and inner parts of its compounds.
 */
export function sectionSearchTerms(article: Article, slug: string): string[] {
	const section = article.sections.find((candidate) => candidate.slug === slug)!;
	const found = article.mentions.get(slug)!;
	const text = [section.title, ...section.blocks].join(' ');
	const aliases: AliasForm[] = [];
	for (const participant of article.participants) {
		if (!found.counts.has(participant.id)) continue;
		const first = found.sentences.flatMap((sentence) => sentence.matches.filter((match) => match.id === participant.id).map((match) => sentence.text.slice(match.start, match.end)))[0]!;
		const shown = first.split(/\s+/).at(-1)!;
		for (const form of [participant.person.name, ...participant.person.aliases]) aliases.push({ form, shown: form.split(/\s+/).length > 1 ? first : shown });
	}
	return searchTerms(text, aliases, germanWords());
}
