import type { ArticleModel, Participant, Section } from '../../src/lib/content/model.ts';
import type { PersonFile } from '../../src/lib/content/schema.ts';

/** Models written out by hand: what the functions under test read, and the rest empty (the cast: fields they never read). */
export function section(slug: string, number: number, fields: Partial<Section> = {}): Section {
	return {
		slug,
		number,
		title: `Titel ${slug}`,
		titleHtml: '',
		headingHtml: '',
		bodyHtml: '',
		blocks: [],
		summary: '',
		terms: [],
		mentions: { sentences: [], people: [], quotes: [] },
		searchTerms: [],
		...fields,
	} as Section;
}

export const participant = (id: string, name: string, group: string, sections: number): Participant => ({
	id,
	group,
	name,
	role: 'Rolle',
	organisation: 'Land',
	sections,
});

export function article(slug: string, fields: Partial<ArticleModel> = {}): ArticleModel {
	return {
		slug,
		file: `content/articles/${slug}.md`,
		title: `Artikel ${slug}`,
		description: '',
		event: undefined,
		source: { statement: 'Quelle.' },
		editorialNotes: [],
		translations: [],
		published: '2026-11-25T09:29+01:00',
		modified: '2026-11-25T09:29+01:00',
		changes: [],
		warnings: [],
		participants: [],
		groups: [],
		keyPoints: [],
		timeline: [],
		glossary: [],
		sections: [],
		...fields,
	} as ArticleModel;
}

export const file = (name: string, sortName?: string): PersonFile => ({
	name,
	role: 'Rolle',
	organisation: 'Land',
	aliases: [],
	...(sortName ? { sortName } : {}),
});
