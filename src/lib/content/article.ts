import { hereGroup } from '../contract.ts';
import { termSlug } from '../glossary.ts';
import { renderArticleBody, type PipelineOptions } from '../markdown/pipeline.ts';
import { analyseSection, createMatcher } from '../mentions.ts';
import { searchTerms, type AliasForm } from '../search/terms.ts';
import type { Lexicon } from '../search/compounds.ts';
import { firstSentence } from '../sections.ts';
import { countWordsIn, readingMinutes } from '../reading-time.ts';
import { slugify } from '../slug.ts';
import { speechCue } from './attribution.ts';
import { changeLogOf, modifiedAt } from './change-log.ts';
import { checkAnchors, checkAttributedLines, depthOf, evidenceOf, quotesOf, referenceOptions, type References } from './depth.ts';
import { ContentError, fieldPath } from './errors.ts';
import { parseYaml, splitFrontmatter, validate } from './frontmatter.ts';
import type { ArticleModel, GlossaryEntry, KeyPoint, Participant, ParticipantGroup, Section, SectionMentions, TimelineEvent } from './model.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter, type ChangeKind, type PersonFile } from './schema.ts';

export interface ArticleInput {
	/** The article's slug (from its file name). */
	slug: string;
	/** The file, relative to the project, as messages name it. */
	file: string;
	/** The whole Markdown file. */
	source: string;
	/** Everyone in the participants folder, by id. */
	people: ReadonlyMap<string, PersonFile>;
	/** German words, for splitting compounds in the search vocabulary. */
	lexicon: Lexicon;
	labels: Pick<PipelineOptions, 'anchorLink' | 'tableLabel'> & {
		/** The group of people for whom the article names none. */
		defaultGroup: string;
		/** Visible text of the marker after an attributed sentence. */
		sourceMarker: string;
		/** Visible text of the marker at a changed passage („korrigiert“). */
		changeMarker: (kind: ChangeKind) => string;
		/** Where a person's page is. */
		personHref: (id: string) => string;
		glossaryHref: (slug: string) => string;
		definitionId: (section: string, term: string) => string;
	};
}

/**
 * One Markdown file → one checked article model: front matter validated with
 * line numbers, body rendered once, cross-references checked, people's
 * mentions and quotes found, search vocabulary computed.
 */
export async function buildArticle(input: ArticleInput): Promise<ArticleModel> {
	const { file, labels } = input;
	const split = splitFrontmatter(input.source);
	const parsed = parseYaml(split.yaml, file, split.yamlLine);
	const data = validate(articleFrontmatterSchema, parsed, file);
	const fail = (path: PropertyKey[], reason: string): never => {
		throw new ContentError(file, parsed.lineOf(path), fieldPath(path), reason);
	};

	const participants = participantsOf(data, input.people, labels.defaultGroup, fail);
	const glossary = glossaryOf(data, fail);
	const quotes = quotesOf(data);
	const body = await renderArticleBody(split.body, file, {
		anchorLink: labels.anchorLink,
		tableLabel: labels.tableLabel,
		glossary: { entries: glossary, href: labels.glossaryHref, definitionId: labels.definitionId },
		references: referenceOptions(input.slug, data, quotes, labels),
	});
	const rendered = body.sections;
	checkReferences(data, fail);
	const references = checkAnchors(body.references, quotes, fail);
	checkAttributedLines(data, references, input.people, fail);
	const changes = changeLogOf(input.slug, data, quotes, body.references, references, fail);

	let matcher;
	try {
		matcher = createMatcher(participants.map(({ id, person }) => ({ id, name: person.name, aliases: person.aliases })));
	} catch (error) {
		return fail(['participants'], (error as Error).message);
	}
	const sections: Section[] = rendered.map((section, index) => {
		const mentions = analyseSection(section.title, section.blocks, matcher);
		return {
			...section,
			number: index + 1,
			summary: firstSentence(section),
			readingMinutes: readingMinutes(countWordsIn(section.blocks)),
			mentions,
			searchTerms: searchTerms([section.title, ...section.blocks].join(' '), aliasForms(mentions, participants), input.lexicon),
		};
	});
	const named = new Map<string, number>();
	for (const section of sections) for (const { id } of section.mentions.people) named.set(id, (named.get(id) ?? 0) + 1);
	const listed: Participant[] = participants.map(({ id, group, person }) => ({ id, group, name: person.name, role: person.role, organisation: person.organisation, sections: named.get(id) ?? 0 }));

	const targets = [
		...glossary.map((entry) => ({ forms: [entry.term, ...entry.aliases], href: labels.glossaryHref(entry.slug) })),
		...participants.map(({ id, person }) => ({ forms: [person.name, ...person.aliases], href: labels.personHref(id) })),
	];
	const depth = depthOf(data, references, new Map(rendered.map((section) => [section.slug, section.title])), targets, fail);

	return {
		slug: input.slug,
		file,
		title: data.title,
		description: data.description,
		event: data.event,
		source: data.source,
		editorialNotes: data.editorialNotes,
		translations: data.translations,
		published: data.published,
		modified: modifiedAt(data),
		changes,
		warnings: unattributedStatements(file, body.sentences, references),
		participants: listed,
		groups: groupsOf(listed),
		keyPoints: data.keyPoints.map((point, i): KeyPoint => {
			const evidence = evidenceOf(references, ['keyPoints', i], point);
			return { text: point.text, ...evidence, section: evidence.reference?.section };
		}),
		timeline: data.timeline.map((event, i): TimelineEvent => {
			const evidence = evidenceOf(references, ['timeline', i], event);
			return { date: event.date, marker: event.marker, text: event.text, participants: event.participants, ...evidence, section: evidence.reference?.section };
		}),
		glossary,
		sections,
		readingMinutes: readingMinutes(countWordsIn(sections.flatMap((section) => section.blocks))),
		depth,
		pages: { context: hasContext(depth), simple: depth.simple !== undefined },
		// One article on its own is the newest: the archive's load decides (src/lib/content/load.ts).
		ownPreviews: true,
	};
}

type Fail = (path: PropertyKey[], reason: string) => never;

/** Whether an article has an „Einordnung“ page: positions, facts or attributions. */
function hasContext({ positions, facts, attributions }: ArticleModel['depth']): boolean {
	return positions !== undefined || (facts !== undefined && facts.known.length + facts.open.length > 0) || attributions.length > 0;
}

/** A participant as the front matter lists them, with their person file. */
interface ParticipantFile {
	id: string;
	group: string;
	person: PersonFile;
}

function participantsOf(data: ArticleFrontmatter, people: ReadonlyMap<string, PersonFile>, defaultGroup: string, fail: Fail): ParticipantFile[] {
	const seen = new Set<string>();
	return data.participants.map(({ id, group }, index) => {
		const person = people.get(id);
		if (!person) fail(['participants', index, 'id'], `Die Person „${id}“ gibt es nicht. Legen Sie participants/${id}.yaml an oder korrigieren Sie die Kennung.`);
		if (seen.has(id)) fail(['participants', index, 'id'], `„${id}“ steht zweimal in participants.`);
		seen.add(id);
		return { id, group: group ?? defaultGroup, person: person! };
	});
}

/** Groups in the order the article first uses their labels. */
function groupsOf(participants: readonly Participant[]): ParticipantGroup[] {
	// Keyed by slug, so „Gewählt“ and „gewählt“ are one group (under the first spelling) with one id;
	// the sidebar's „In diesem Abschnitt“ list has an id of its own (hereGroup in the contract).
	const groups = new Map<string, ParticipantGroup>();
	for (const participant of participants) {
		const slug = slugify(participant.group);
		const id = slug === hereGroup ? `${slug}-gruppe` : slug;
		const group = groups.get(id) ?? { id, label: participant.group, members: [] };
		group.members.push(participant.id);
		groups.set(id, group);
	}
	return [...groups.values()];
}

function glossaryOf(data: ArticleFrontmatter, fail: Fail): GlossaryEntry[] {
	const owner = new Map<string, number>();
	const slugs = new Set<string>();
	return data.glossary.map((entry, index) => {
		const slug = termSlug(entry.term);
		if (!slug) fail(['glossary', index, 'term'], `Der Begriff „${entry.term}“ ergibt keinen Anker.`);
		if (slugs.has(slug)) fail(['glossary', index, 'term'], `Den Begriff „${entry.term}“ gibt es im Glossar dieses Artikels schon.`);
		slugs.add(slug);
		for (const form of [entry.term, ...entry.aliases]) {
			const other = owner.get(form);
			if (other !== undefined && other !== index) fail(['glossary', index, 'aliases'], `Die Form „${form}“ gehört schon zum Begriff „${data.glossary[other]!.term}“.`);
			owner.set(form, index);
		}
		return { slug, term: entry.term, aliases: entry.aliases, definition: entry.definition, source: entry.source };
	});
}

/**
 * Sentences of the text that read as someone's statement (a verb of saying,
 * reported speech) but that no attribution covers: a warning each, with file
 * and line, so that a new article does not silently lose its sources.
 */
function unattributedStatements(file: string, sentences: ReadonlyArray<{ text: string; line: number }>, references: References): string[] {
	const attributed = new Set([...references].filter(([path]) => path.startsWith('attributions[')).map(([, reference]) => reference.sentence));
	return sentences.flatMap(({ text, line }) => {
		const cue = speechCue(text);
		if (!cue || attributed.has(text)) return [];
		return [`${file}:${line}: Der Satz „${text}“ klingt nach einer zugeschriebenen Aussage („${cue}“), aber kein Eintrag in attributions nennt seine Quelle.`];
	});
}

/** Timeline events name people by id: they must be among the article's participants. */
function checkReferences(data: ArticleFrontmatter, fail: Fail): void {
	const participantIds = new Set(data.participants.map((participant) => participant.id));
	data.timeline.forEach((event, index) => {
		event.participants.forEach((id, position) => {
			if (!participantIds.has(id)) fail(['timeline', index, 'participants', position], `„${id}“ steht nicht in participants dieses Artikels.`);
		});
	});
}

/** Other spellings of the people a section names, each pointing to the spelling the section uses. */
function aliasForms(mentions: SectionMentions, participants: readonly ParticipantFile[]): AliasForm[] {
	const forms: AliasForm[] = [];
	for (const { id } of mentions.people) {
		const participant = participants.find((candidate) => candidate.id === id)!;
		const sentence = mentions.sentences.find((candidate) => candidate.matches.some((match) => match.id === id))!;
		const match = sentence.matches.find((candidate) => candidate.id === id)!;
		const first = sentence.text.slice(match.start, match.end);
		const shown = first.split(/\s+/).at(-1)!;
		for (const form of [participant.person.name, ...participant.person.aliases]) forms.push({ form, shown: form.split(/\s+/).length > 1 ? first : shown });
	}
	return forms;
}

