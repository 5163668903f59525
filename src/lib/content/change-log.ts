import { changeEntryId, changeNoteId, changePlaceId } from '../contract.ts';
import { instant } from '../dates.ts';
import type { ReferenceAnchor } from '../markdown/rehype-references.ts';
import { termSlug } from '../glossary.ts';
import { paths } from '../urls.ts';
import { findInItems, itemOf, wordDiff, type ChangePlace, type ItemText } from './changes.ts';
import { simpleParagraphs, type QuoteAt, type References } from './depth.ts';
import { fieldPath } from './errors.ts';
import type { Change } from './model.ts';
import type { ArticleFrontmatter } from './schema.ts';

/**
 * The article's editorial log → what readers see: each entry checked (after
 * `published`, in time order), its quoted passage found once (in a sentence
 * of the text, a heading, or an editorial item), and what the passage said
 * before and says now, word by word.
 */

type Fail = (path: PropertyKey[], reason: string) => never;

/**
 * The editorial texts a log entry may quote, with the page that shows them.
 * Translations are not among them: a translation stands in the text, where
 * its correction is marked.
 */
export function itemTexts(data: ArticleFrontmatter, references: References): ItemText[] {
	const texts: ItemText[] = [];
	const add = (path: PropertyKey[], text: string | undefined, page: ItemText['page'], section?: string, more: Pick<ItemText, 'paragraphs' | 'shown'> = {}) => {
		if (text === undefined) return;
		const field = fieldPath(path);
		texts.push({ field, item: itemOf(field), text, page, section, ...more });
	};
	const sectionOf = (path: PropertyKey[]) => references.get(fieldPath([...path, 'quote']))?.section;
	add(['title'], data.title, 'article');
	add(['description'], data.description, 'article');
	add(['source', 'statement'], data.source.statement, 'article');
	data.editorialNotes.forEach((note, i) => add(['editorialNotes', i], note, 'article'));
	data.keyPoints.forEach((point, i) => add(['keyPoints', i, 'text'], point.text, 'article', sectionOf(['keyPoints', i])));
	data.timeline.forEach((event, i) => {
		const shown = event.marker ? `${event.marker}: ${event.text}` : event.text;
		add(['timeline', i, 'marker'], event.marker, 'article', sectionOf(['timeline', i]), { shown });
		add(['timeline', i, 'text'], event.text, 'article', sectionOf(['timeline', i]), { shown });
	});
	data.positions?.questions.forEach((question, i) => add(['positions', 'questions', i, 'label'], question.label, 'context'));
	data.positions?.sides.forEach((side, s) => {
		add(['positions', 'sides', s, 'label'], side.label, 'context');
		side.stances.forEach((stance, i) => add(['positions', 'sides', s, 'stances', i, 'says'], stance.says, 'context', sectionOf(['positions', 'sides', s, 'stances', i])));
	});
	data.facts?.known.forEach((fact, i) => add(['facts', 'known', i, 'says'], fact.says, 'context', sectionOf(['facts', 'known', i])));
	data.facts?.open.forEach((fact, i) => add(['facts', 'open', i, 'says'], fact.says, 'context', sectionOf(['facts', 'open', i])));
	data.glossary.forEach((entry, i) => add(['glossary', i, 'definition'], entry.definition, 'glossary'));
	if (data.simple) {
		add(['simple', 'title'], data.simple.title, 'simple');
		data.simple.parts.forEach((part, i) => add(['simple', 'parts', i, 'text'], part.text, 'simple', undefined, { paragraphs: simpleParagraphs(part.text) }));
	}
	return texts;
}

/** Where readers find the changed passage: the sentence in the long-read, the heading, the marked item on its page. */
function placeHref(article: string, place: ChangePlace, index: number, data: ArticleFrontmatter): string {
	if (place.type === 'sentence') return paths.reference(article, place.anchor);
	if (place.type === 'heading') return paths.sectionAnchor(article, place.section);
	if (place.page === 'glossary') {
		const term = data.glossary[Number(/^glossary\[(\d+)\]/.exec(place.item)?.[1])]!.term;
		return paths.glossaryTerm(termSlug(term));
	}
	const page = place.page === 'context' ? paths.context(article) : place.page === 'simple' ? paths.simple(article) : paths.article(article);
	return `${page}#${changePlaceId(index)}`;
}

export function changeLogOf(article: string, data: ArticleFrontmatter, quotes: readonly QuoteAt[], anchors: readonly ReferenceAnchor[], references: References, fail: Fail): Change[] {
	const published = instant(data.published);
	const items = itemTexts(data, references);
	const anchorOf = new Map<number, ReferenceAnchor>();
	quotes.forEach((entry, index) => {
		if (entry.role === 'change') anchorOf.set(entry.index, anchors[index]!);
	});
	let previous: { at: string; time: number } | undefined;
	return data.changes.map((entry, index) => {
		const time = instant(entry.at);
		if (time < published) fail(['changes', index, 'at'], `${entry.at} liegt vor der Veröffentlichung (published: ${data.published}). Ein Eintrag kann erst danach kommen.`);
		if (previous && time < previous.time) {
			fail(['changes', index, 'at'], `${entry.at} liegt vor dem Eintrag davor (${previous.at}). Die Einträge stehen in zeitlicher Reihenfolge, der neueste zuletzt.`);
		}
		previous = { at: entry.at, time };

		let place: ChangePlace | undefined;
		let now: string | undefined;
		if (entry.quote !== undefined) {
			const anchor = anchorOf.get(index)!;
			const inItems = findInItems(entry.quote, items);
			const total = anchor.lines.length + inItems.length;
			if (total === 0) {
				fail(['changes', index, 'quote'], `„${entry.quote}“ steht weder im Text noch in einem redaktionellen Eintrag. Kopieren Sie die geänderte Stelle wörtlich, wie sie jetzt steht.`);
			}
			if (total > 1) {
				const where = [...anchor.lines.map((line) => `Zeile ${line}`), ...inItems.map(({ item }) => item.field)];
				fail(['changes', index, 'quote'], `„${entry.quote}“ steht ${total}-mal (${where.join(', ')}). Die geänderte Stelle muss genau einmal vorkommen: Nehmen Sie mehr Wörter dazu.`);
			}
			if (anchor.lines.length === 1) {
				place = anchor.id === anchor.section ? { type: 'heading', section: anchor.section! } : { type: 'sentence', section: anchor.section!, anchor: anchor.id! };
				now = anchor.sentence;
			} else {
				const { item, paragraph } = inItems[0]!;
				place = { type: 'item', item: item.item, page: item.page, section: item.section, paragraph };
				now = paragraph === undefined ? (item.shown ?? item.text) : item.paragraphs![paragraph];
			}
		}
		const diff = entry.before !== undefined && now !== undefined ? wordDiff(entry.before, now.replace(/\s+/g, ' ').trim()) : undefined;
		return {
			number: index + 1,
			id: changeEntryId(index),
			noteId: changeNoteId(index),
			at: entry.at,
			kind: entry.kind,
			note: entry.note,
			before: diff?.before ?? (entry.before !== undefined ? [{ text: entry.before }] : undefined),
			after: diff?.after,
			place,
			placeHref: place ? placeHref(article, place, index, data) : undefined,
		};
	});
}

/** When the article last changed: its newest log entry, or its publication. */
export function modifiedAt(data: Pick<ArticleFrontmatter, 'published' | 'changes'>): string {
	return data.changes.at(-1)?.at ?? data.published;
}
