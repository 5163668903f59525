import { getCollection, type CollectionEntry } from 'astro:content';
import { analyseSection, createMatcher, type SectionMentions } from '../lib/mentions.ts';
import type { ArticleSection } from '../lib/sections.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type PersonEntry = CollectionEntry<'participants'>;
export type ParticipantGroup = ArticleEntry['data']['participants'][number]['group'];

/** A person as one article casts them. */
export interface Participant {
	id: string;
	person: PersonEntry['data'];
	group: ParticipantGroup;
}

export interface Article {
	entry: ArticleEntry;
	slug: string;
	file: string;
	sections: ArticleSection[];
	participants: Participant[];
	/** Who each section names (by section slug), computed once per build. */
	mentions: Map<string, SectionMentions>;
	/** In how many sections the text names each participant. */
	sectionCounts: Map<string, number>;
}

function sectionsOf(entry: ArticleEntry, file: string): ArticleSection[] {
	const frontmatter = entry.rendered?.metadata?.frontmatter as { sections?: unknown } | undefined;
	const sections = frontmatter?.sections;
	if (!Array.isArray(sections) || sections.length === 0) {
		throw new Error(`${file}: Keine Abschnitte gefunden (wurde die Markdown-Pipeline umgangen?).`);
	}
	return sections as ArticleSection[];
}

function participantsOf(entry: ArticleEntry, file: string, people: ReadonlyMap<string, PersonEntry>): Participant[] {
	return entry.data.participants.map(({ id: reference, group }, index) => {
		const person = people.get(reference.id);
		if (!person) {
			throw new Error(
				`${file}: participants[${index}].id: Die Person „${reference.id}“ gibt es nicht. ` +
					`Legen Sie content/participants/${reference.id}.yaml an oder korrigieren Sie die Kennung.`,
			);
		}
		return { id: person.id, person: person.data, group };
	});
}

/** Key points and timeline events name sections by slug and people by id: both must exist. */
function checkExplainer(entry: ArticleEntry, file: string, sections: readonly ArticleSection[], people: ReadonlyMap<string, PersonEntry>): void {
	const cast = new Set(entry.data.participants.map((participant) => participant.id.id));
	const slugs = new Set(sections.map((section) => section.slug));
	const known = [...slugs].join(', ');
	const section = (field: string, slug: string) => {
		if (!slugs.has(slug)) throw new Error(`${file}: ${field}: Den Abschnitt „${slug}“ gibt es nicht. Abschnitte: ${known}.`);
	};
	entry.data.keyPoints.forEach((point, index) => section(`keyPoints[${index}].section`, point.section));
	entry.data.timeline.forEach((event, index) => {
		section(`timeline[${index}].section`, event.section);
		event.participants.forEach((reference, position) => {
			if (!people.has(reference.id)) throw new Error(`${file}: timeline[${index}].participants[${position}]: Die Person „${reference.id}“ gibt es nicht.`);
			if (!cast.has(reference.id)) throw new Error(`${file}: timeline[${index}].participants[${position}]: „${reference.id}“ steht nicht in participants dieses Artikels.`);
		});
	});
}

async function load(): Promise<Article[]> {
	const [entries, persons] = await Promise.all([getCollection('articles'), getCollection('participants')]);
	const people = new Map(persons.map((person) => [person.id, person]));
	return entries
		.map((entry) => {
			const file = entry.filePath ?? entry.id;
			const sections = sectionsOf(entry, file);
			const participants = participantsOf(entry, file, people);
			checkExplainer(entry, file, sections, people);
			let matcher;
			try {
				matcher = createMatcher(participants.map(({ id, person }) => ({ id, name: person.name, aliases: person.aliases })));
			} catch (error) {
				throw new Error(`${file}: ${(error as Error).message}`);
			}
			const mentions = new Map(sections.map((section) => [section.slug, analyseSection(section.title, section.blocks, matcher)]));
			const sectionCounts = new Map<string, number>();
			for (const found of mentions.values()) {
				for (const id of found.counts.keys()) sectionCounts.set(id, (sectionCounts.get(id) ?? 0) + 1);
			}
			return { entry, slug: entry.id, file, sections, participants, mentions, sectionCounts };
		})
		.sort((a, b) => b.entry.data.event.date.getTime() - a.entry.data.event.date.getTime() || a.slug.localeCompare(b.slug));
}

let cache: Promise<Article[]> | undefined;

/** All articles, newest event first, with their sections and participants. Loaded once per build. */
export function getArticles(): Promise<Article[]> {
	cache ??= load();
	return cache;
}
