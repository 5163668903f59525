import type { ElementContent } from 'hast';
import { attributionNoteId } from '../contract.ts';
import type { ReferenceAnchor, ReferenceOptions } from '../markdown/rehype-references.ts';
import { linkFirstUses, type LinkTarget } from '../simple-links.ts';
import { paths } from '../urls.ts';
import type { Attribution, Claim, Depth, Reference } from './model.ts';
import type { ArticleFrontmatter } from './schema.ts';

/**
 * The explainer's depth: positions, what is known and open, who says so.
 * Every item rests on a snippet of the text (a reference by quotation);
 * this module gathers the snippets for the Markdown pipeline, and after
 * rendering checks each was found exactly once and builds the model.
 */

type Fail = (path: PropertyKey[], reason: string) => never;

interface QuoteAt {
	quote: string;
	path: PropertyKey[];
}

/** Every snippet the front matter quotes, with the field it stands in, in a fixed order. */
export function quotesOf(data: ArticleFrontmatter): QuoteAt[] {
	const quotes: QuoteAt[] = [];
	data.positions?.sides.forEach((side, s) => side.stances.forEach((stance, i) => quotes.push({ quote: stance.quote, path: ['positions', 'sides', s, 'stances', i, 'quote'] })));
	data.facts?.known.forEach((fact, i) => quotes.push({ quote: fact.quote, path: ['facts', 'known', i, 'quote'] }));
	data.facts?.open.forEach((fact, i) => quotes.push({ quote: fact.quote, path: ['facts', 'open', i, 'quote'] }));
	data.attributions.forEach((attribution, i) => quotes.push({ quote: attribution.quote, path: ['attributions', i, 'quote'] }));
	return quotes;
}

export interface MarkerLabels {
	/** Visible text of the marker after an attributed sentence. */
	sourceMarker: string;
}

/** The pipeline's options: the snippets, and a source marker after each attributed sentence. */
export function referenceOptions(article: string, data: ArticleFrontmatter, quotes: readonly QuoteAt[], labels: MarkerLabels): ReferenceOptions {
	const firstAttribution = quotes.findIndex((entry) => entry.path[0] === 'attributions');
	return {
		quotes: quotes.map((entry) => entry.quote),
		after: (index) => {
			if (firstAttribution < 0 || index < firstAttribution) return [];
			const number = index - firstAttribution;
			const marker: ElementContent = {
				type: 'element',
				tagName: 'a',
				properties: {
					className: ['source-marker'],
					href: `${paths.context(article)}#${attributionNoteId(number)}`,
					ariaDescribedBy: [attributionNoteId(number)],
					dataPagefindIgnore: '',
				},
				children: [{ type: 'text', value: labels.sourceMarker }],
			};
			return data.attributions[number] ? [marker] : [];
		},
	};
}

/** Fails on a snippet found zero or several times, at the front matter's line, naming the text's lines. */
export function checkAnchors(anchors: readonly ReferenceAnchor[], quotes: readonly QuoteAt[], fail: Fail): Reference[] {
	return anchors.map((anchor, index) => {
		const { path } = quotes[index]!;
		if (anchor.lines.length === 0) {
			fail(path, `„${anchor.quote}“ steht nicht im Text. Kopieren Sie den Ausschnitt wörtlich aus einem Absatz (ohne Markdown-Zeichen wie ** oder -).`);
		}
		if (anchor.lines.length > 1) {
			fail(path, `„${anchor.quote}“ steht ${anchor.lines.length}-mal im Text (Zeilen ${anchor.lines.join(', ')}). Ein Beleg muss genau einmal vorkommen: Nehmen Sie mehr Wörter dazu.`);
		}
		return { quote: anchor.quote, id: anchor.id!, section: anchor.section!, sentence: anchor.sentence! };
	});
}

/** A paragraph of the simple version: one sentence per line, as the editors wrote it; spaces within a line collapsed. */
const lines = (paragraph: string) =>
	paragraph
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');

/** Positions, facts and attributions as the pages show them; cross-references checked. */
export function depthOf(data: ArticleFrontmatter, references: readonly Reference[], sections: ReadonlyMap<string, string>, targets: readonly LinkTarget[], fail: Fail): Depth {
	let next = 0;
	const take = () => references[next++]!;
	const cast = new Set(data.participants.map((participant) => participant.id));

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
					const reference = take();
					if (column === undefined) fail(['positions', 'sides', s, 'stances', i, 'question'], `Die Frage „${stance.question}“ gibt es nicht. Fragen: ${[...known.keys()].join(', ')}.`);
					if (cells[column!]) fail(['positions', 'sides', s, 'stances', i, 'question'], `Für „${side.label}“ steht die Frage „${stance.question}“ schon einmal.`);
					cells[column!] = { says: stance.says, reference };
				});
				return { label: side.label, cells };
			}),
		};
	}

	const facts = data.facts
		? {
				known: data.facts.known.map((fact) => ({ says: fact.says, reference: take() })),
				open: data.facts.open.map((fact) => ({ says: fact.says, reference: take() })),
			}
		: undefined;

	const attributions: Attribution[] = data.attributions.map((entry, index) => {
		if (entry.person !== undefined && !cast.has(entry.person)) fail(['attributions', index, 'person'], `„${entry.person}“ steht nicht in participants dieses Artikels.`);
		return { number: index + 1, id: attributionNoteId(index), source: entry.source, person: entry.person, kind: entry.kind, via: entry.via, reference: take() };
	});

	let simple: Depth['simple'];
	if (data.simple) {
		const parts = data.simple.parts.map((part, index) => {
			const title = sections.get(part.section);
			if (title === undefined) fail(['simple', 'parts', index, 'section'], `Den Abschnitt „${part.section}“ gibt es nicht. Abschnitte: ${[...sections.keys()].join(', ')}.`);
			return { section: part.section, sectionTitle: title!, paragraphs: part.text.split(/\n\s*\n/).map(lines).filter(Boolean) };
		});
		// Linked across the whole version: a term or a person links at its first use only.
		const linked = linkFirstUses(parts.flatMap((part) => part.paragraphs), targets);
		let at = 0;
		simple = {
			title: data.simple.title,
			parts: parts.map((part) => ({ ...part, paragraphs: part.paragraphs.map(() => linked[at++]!) })),
		};
	}
	return { positions, facts, attributions, simple };
}
