import type { ElementContent } from 'hast';
import { attributionNoteId, changeEntryId, changeNoteId } from '../contract.ts';
import type { ReferenceAnchor, ReferenceOptions } from '../markdown/rehype-references.ts';
import { normaliseSpace } from '../markdown/rehype-references.ts';
import { linkFirstUses, type LinkTarget } from '../simple-links.ts';
import { paths } from '../urls.ts';
import { missingAttribution } from './attribution.ts';
import { fieldPath } from './errors.ts';
import type { Attribution, Claim, Depth, Evidence, ExternSource, Reference } from './model.ts';
import type { ArticleFrontmatter, ChangeKind, PersonFile } from './schema.ts';

/**
 * The explainer's depth: key points, timeline, positions, what is known and
 * open, who says so. Every editorial item rests on a snippet of the text (a
 * reference by quotation) or discloses an outside source; this module
 * gathers the snippets for the Markdown pipeline, and after rendering checks
 * that each was found exactly once, in a sentence (a heading is the source's
 * framing, not evidence), and that a line resting on an attributed
 * statement says who makes it.
 */

type Fail = (path: PropertyKey[], reason: string) => never;

/** What a quote is for: an editorial item, an attribution, or an entry of the change log. */
export type QuoteRole = 'item' | 'attribution' | 'change';

export interface QuoteAt {
	quote: string;
	/** The quote's field (`keyPoints[0].quote`). */
	path: PropertyKey[];
	role: QuoteRole;
	/** Position among the quotes of its role's list (the attribution's or the change's index). */
	index: number;
}

/** An editorial line of the front matter that rests on evidence, with its field path and its words. */
interface EditorialLine {
	path: PropertyKey[];
	/** Everything the line says (a timeline entry: its time marker and its text). */
	words: string;
	quote?: string | undefined;
	extern?: ExternSource | undefined;
}

/** Every editorial line (key point, timeline entry, position, known or open fact), in a fixed order. */
function editorialLines(data: ArticleFrontmatter): EditorialLine[] {
	const lines: EditorialLine[] = [];
	data.keyPoints.forEach((point, i) => lines.push({ path: ['keyPoints', i], words: point.text, quote: point.quote, extern: point.extern }));
	data.timeline.forEach((event, i) => lines.push({ path: ['timeline', i], words: [event.marker, event.text].filter(Boolean).join(' '), quote: event.quote, extern: event.extern }));
	data.positions?.sides.forEach((side, s) =>
		side.stances.forEach((stance, i) => lines.push({ path: ['positions', 'sides', s, 'stances', i], words: stance.says, quote: stance.quote, extern: stance.extern })),
	);
	data.facts?.known.forEach((fact, i) => lines.push({ path: ['facts', 'known', i], words: fact.says, quote: fact.quote, extern: fact.extern }));
	data.facts?.open.forEach((fact, i) => lines.push({ path: ['facts', 'open', i], words: fact.says, quote: fact.quote, extern: fact.extern }));
	return lines;
}

/** Every snippet the front matter quotes, with the field it stands in, in a fixed order: editorial lines, attributions, changes. */
export function quotesOf(data: ArticleFrontmatter): QuoteAt[] {
	const quotes: QuoteAt[] = [];
	editorialLines(data).forEach((line, index) => {
		if (line.quote !== undefined) quotes.push({ quote: line.quote, path: [...line.path, 'quote'], role: 'item', index });
	});
	data.attributions.forEach((attribution, index) => quotes.push({ quote: attribution.quote, path: ['attributions', index, 'quote'], role: 'attribution', index }));
	data.changes.forEach((change, index) => {
		if (change.quote !== undefined) quotes.push({ quote: change.quote, path: ['changes', index, 'quote'], role: 'change', index });
	});
	return quotes;
}

export interface MarkerLabels {
	/** Visible text of the marker after an attributed sentence. */
	sourceMarker: string;
	/** Visible text of the marker after a changed sentence („korrigiert“). */
	changeMarker: (kind: ChangeKind) => string;
}

/**
 * A marker after a sentence, with a space before it: the sentence ends
 * with a word end, so that a text fragment to it (`#:~:text=…`, „Zitat
 * teilen“) finds its end in every engine (WebKit read „gemacht.Quelle“ as
 * one word and marked nothing) and a screen reader does not run the two
 * together. The space, like the marker, is not the article's text
 * (`data-pagefind-ignore`): offsets and the search index leave it out.
 */
const marker = (className: string, href: string, describedBy: string, label: string): ElementContent[] => [
	{ type: 'element', tagName: 'span', properties: { className: ['marker-space'], dataPagefindIgnore: '' }, children: [{ type: 'text', value: ' ' }] },
	{
		type: 'element',
		tagName: 'a',
		properties: { className: [className], href, ariaDescribedBy: [describedBy], dataPagefindIgnore: '' },
		children: [{ type: 'text', value: label }],
	},
];

/** The pipeline's options: the snippets, and a marker after each attributed sentence and after each changed one. */
export function referenceOptions(article: string, data: ArticleFrontmatter, quotes: readonly QuoteAt[], labels: MarkerLabels): ReferenceOptions {
	return {
		quotes: quotes.map((entry) => entry.quote),
		after: (index) => {
			const entry = quotes[index];
			if (entry?.role === 'attribution') {
				return marker('source-marker', `${paths.context(article)}#${attributionNoteId(entry.index)}`, attributionNoteId(entry.index), labels.sourceMarker);
			}
			if (entry?.role === 'change') {
				// In the long-read and on the section page alike, the entry is in the page's own list.
				return marker('change-marker', `#${changeEntryId(entry.index)}`, changeNoteId(entry.index), labels.changeMarker(data.changes[entry.index]!.kind));
			}
			return [];
		},
	};
}

/** The anchors of editorial lines and attributions, by their quote's field path (`keyPoints[0].quote`). */
export type References = ReadonlyMap<string, Reference>;

/**
 * Fails on a snippet of an editorial line or an attribution found zero or
 * several times (at the front matter's line, naming the text's lines), and
 * on an editorial line that quotes a heading. Returns their anchors by
 * field path; the change log's snippets may stand in an item instead and are
 * checked with it (./changes.ts, ./article.ts).
 */
export function checkAnchors(anchors: readonly ReferenceAnchor[], quotes: readonly QuoteAt[], fail: Fail): References {
	const references = new Map<string, Reference>();
	anchors.forEach((anchor, index) => {
		const { path, role } = quotes[index]!;
		if (role === 'change') return;
		if (anchor.lines.length === 0) {
			fail(path, `„${anchor.quote}“ steht nicht im Text. Kopieren Sie den Ausschnitt wörtlich aus einem Absatz (ohne Markdown-Zeichen wie ** oder -).`);
		}
		if (anchor.lines.length > 1) {
			fail(path, `„${anchor.quote}“ steht ${anchor.lines.length}-mal im Text (Zeilen ${anchor.lines.join(', ')}). Ein Beleg muss genau einmal vorkommen: Nehmen Sie mehr Wörter dazu.`);
		}
		if (role === 'item' && anchor.id === anchor.section) {
			fail(
				path,
				`„${anchor.quote}“ steht in einer Zwischenüberschrift (Zeile ${anchor.lines[0]}). Eine Überschrift ist die Rahmung der Quelle, kein Beleg: Zitieren Sie einen Satz des Textes, der die Aussage trägt, oder streichen Sie den Eintrag.`,
			);
		}
		references.set(fieldPath(path), { quote: anchor.quote, id: anchor.id!, section: anchor.section!, sentence: anchor.sentence! });
	});
	return references;
}

/** The evidence of an editorial line as the model keeps it. */
export function evidenceOf(references: References, path: PropertyKey[], item: { quote?: string | undefined; extern?: ExternSource | undefined }): Evidence {
	return {
		...(item.quote !== undefined ? { reference: references.get(fieldPath([...path, 'quote'])) } : {}),
		...(item.extern ? { extern: { title: item.extern.title, url: item.extern.url, supports: item.extern.supports } } : {}),
	};
}

/** Where an attribution's statement stands in its sentence: the clause it names, or the whole sentence. */
function statementRange(attribution: ArticleFrontmatter['attributions'][number], reference: Reference, index: number, fail: Fail): [number, number] {
	const sentence = reference.sentence;
	if (attribution.clause === undefined) return [0, sentence.length];
	const clause = normaliseSpace(attribution.clause);
	const start = sentence.indexOf(clause);
	if (start < 0) fail(['attributions', index, 'clause'], `„${attribution.clause}“ steht nicht in dem Satz, den der Beleg zitiert („${sentence}“). Kopieren Sie den Teil wörtlich aus diesem Satz.`);
	if (sentence.indexOf(clause, start + 1) >= 0) fail(['attributions', index, 'clause'], `„${attribution.clause}“ steht zweimal in dem Satz: Nehmen Sie mehr Wörter dazu.`);
	if (!clause.includes(normaliseSpace(attribution.quote))) fail(['attributions', index, 'clause'], `Der Teil (clause) muss den Beleg „${attribution.quote}“ enthalten.`);
	return [start, start + clause.length];
}

/**
 * „Who said it stays with it“: every editorial line whose quote falls in an
 * attributed statement names the speaker (by name or alias, or the source),
 * and for an agency, a media report or unnamed sources also the medium or a
 * phrase of reported speech („laut BBC“, „Berichten zufolge“). The first line
 * that lacks it fails the build; returns how many lines were checked.
 */
export function checkAttributedLines(data: ArticleFrontmatter, references: References, people: ReadonlyMap<string, PersonFile>, fail: Fail): number {
	const statements = data.attributions.map((attribution, index) => {
		const reference = references.get(fieldPath(['attributions', index, 'quote']))!;
		return { attribution, index, reference, range: statementRange(attribution, reference, index, fail) };
	});
	let checked = 0;
	for (const line of editorialLines(data)) {
		if (line.quote === undefined) continue;
		const reference = references.get(fieldPath([...line.path, 'quote']))!;
		const start = reference.sentence.indexOf(normaliseSpace(line.quote));
		const end = start + normaliseSpace(line.quote).length;
		const covering = statements.filter((statement) => statement.reference.id === reference.id && statement.range[0] < end && start < statement.range[1]);
		if (covering.length > 0) checked += 1;
		for (const { attribution, index } of covering) {
			const person = attribution.person === undefined ? undefined : people.get(attribution.person);
			const missing = missingAttribution(line.words, {
				source: attribution.source,
				personForms: person ? [person.name, ...person.aliases] : [],
				kind: attribution.kind,
				via: attribution.via,
			});
			if (!missing) continue;
			const what = [
				missing.speaker && `wer es sagt (${missing.speaker.map((form) => `„${form}“`).join(' oder ')})`,
				missing.medium && `über wen es kommt: ${missing.medium.length > 0 ? `${missing.medium.map((word) => `„${word}“`).join(' oder ')} oder ` : ''}eine Wendung der indirekten Rede („laut …“, „… zufolge“, „nach Angaben …“, „nach … Worten“; die Liste steht im README)`,
			].filter(Boolean);
			fail(
				line.path,
				`„${line.words}“ beruht auf einer zugeschriebenen Aussage (attributions[${index}]: ${attribution.source}, ${attribution.kind}${attribution.via ? `, ${attribution.via}` : ''}), sagt aber nicht, ${what.join(', und nicht, ')}.`,
			);
		}
	}
	return checked;
}

/** A paragraph of the simple version: one sentence per line, as the editors wrote it; spaces within a line collapsed. */
export const simpleLines = (paragraph: string) =>
	paragraph
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');

/** The paragraphs of a part of the simple version. */
export const simpleParagraphs = (text: string) => text.split(/\n\s*\n/).map(simpleLines).filter(Boolean);

/** Positions, facts and attributions as the pages show them; cross-references checked. */
export function depthOf(data: ArticleFrontmatter, references: References, sections: ReadonlyMap<string, string>, targets: readonly LinkTarget[], fail: Fail): Depth {
	const participantIds = new Set(data.participants.map((participant) => participant.id));
	const claim = (path: PropertyKey[], item: { says: string; quote?: string | undefined; extern?: ExternSource | undefined }): Claim => ({
		says: item.says,
		path: fieldPath(path),
		...evidenceOf(references, path, item),
	});

	let positions: Depth['positions'];
	if (data.positions) {
		const questions = data.positions.questions;
		const known = new Map<string, number>();
		questions.forEach((question, index) => {
			if (known.has(question.id)) fail(['positions', 'questions', index, 'id'], `Die Frage „${question.id}“ steht zweimal in questions.`);
			known.set(question.id, index);
		});
		positions = {
			questions,
			sides: data.positions.sides.map((side, s) => {
				const cells: Array<Claim | null> = questions.map(() => null);
				side.stances.forEach((stance, i) => {
					const column = known.get(stance.question);
					if (column === undefined) fail(['positions', 'sides', s, 'stances', i, 'question'], `Die Frage „${stance.question}“ gibt es nicht. Fragen: ${[...known.keys()].join(', ')}.`);
					if (cells[column!]) fail(['positions', 'sides', s, 'stances', i, 'question'], `Für „${side.label}“ steht die Frage „${stance.question}“ schon einmal.`);
					cells[column!] = claim(['positions', 'sides', s, 'stances', i], stance);
				});
				return { label: side.label, cells };
			}),
		};
	}

	const facts = data.facts
		? {
				known: data.facts.known.map((fact, i) => claim(['facts', 'known', i], fact)),
				open: data.facts.open.map((fact, i) => claim(['facts', 'open', i], fact)),
			}
		: undefined;

	const attributions: Attribution[] = data.attributions.map((entry, index) => {
		if (entry.person !== undefined && !participantIds.has(entry.person)) fail(['attributions', index, 'person'], `„${entry.person}“ steht nicht in participants dieses Artikels.`);
		return {
			number: index + 1,
			id: attributionNoteId(index),
			source: entry.source,
			person: entry.person,
			kind: entry.kind,
			via: entry.via,
			reference: references.get(fieldPath(['attributions', index, 'quote']))!,
		};
	});

	let simple: Depth['simple'];
	if (data.simple) {
		const parts = data.simple.parts.map((part, index) => {
			const title = sections.get(part.section);
			if (title === undefined) fail(['simple', 'parts', index, 'section'], `Den Abschnitt „${part.section}“ gibt es nicht. Abschnitte: ${[...sections.keys()].join(', ')}.`);
			return { section: part.section, sectionTitle: title!, paragraphs: simpleParagraphs(part.text) };
		});
		// Linked across the whole version: a term or a person links at its first use only.
		const linked = linkFirstUses(
			parts.flatMap((part) => part.paragraphs),
			targets,
		);
		let at = 0;
		simple = {
			title: data.simple.title,
			parts: parts.map((part) => ({ ...part, paragraphs: part.paragraphs.map(() => linked[at++]!) })),
		};
	}
	return { positions, facts, attributions, simple };
}
