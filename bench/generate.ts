/**
 * Synthetic articles for the build benchmark, derived from the real one:
 * same front-matter schema, same ten `##` sections and paragraph count, but
 * per article (seeded by its number) other people (names changed, own
 * participant files), other words, another order of paragraphs, place and
 * date: so no two articles or people share their text.
 *
 * The front matter is transformed field by field without knowing its schema,
 * so fields added later keep working: every string gets the new names, every
 * `participants` list the new ids; headings keep the original's slugs
 * (pinned with `{#…}`), so references to sections by slug stay valid; words
 * of glossary terms and aliases are never replaced.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { extractPinnedSlug, slugify } from '../src/lib/slug.ts';
import { projectRoot } from './util.ts';
import { mulberry32 } from '../tests/helpers/random.ts';

/** The template of the synthetic articles: the test content's frozen copy of the summit article, not content/. */
export const sourceArticle = join(projectRoot, 'tests/fixtures/site/articles/gipfeltreffen.md');
export const sourceParticipants = join(projectRoot, 'tests/fixtures/site/participants');

interface FrontMatter {
	title: string;
	description: string;
	event: { date: unknown; place: string; [key: string]: unknown };
	[key: string]: unknown;
}

type Yaml = string | number | boolean | null | Date | Yaml[] | { [key: string]: Yaml };

/** Applies `text` to every string and `participants` to every list under a `participants` key. */
function mapYaml(value: Yaml, visit: { text(value: string, key: string): string; participants(list: Yaml[]): Yaml[] }, key = ''): Yaml {
	if (typeof value === 'string') return visit.text(value, key);
	if (Array.isArray(value)) return (key === 'participants' ? visit.participants(value) : value).map((item) => mapYaml(item, visit, key));
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, mapYaml(item, visit, name)]));
	}
	return value;
}

/** The participant ids a front matter refers to: in every `participants` list, as strings or as `{ id }`. */
function participantIds(value: Yaml, key = '', into = new Set<string>()): Set<string> {
	if (Array.isArray(value)) {
		for (const item of value) {
			if (key === 'participants' && typeof item === 'string') into.add(item);
			else if (
				key === 'participants' &&
				item &&
				typeof item === 'object' &&
				!Array.isArray(item) &&
				!(item instanceof Date) &&
				typeof item['id'] === 'string'
			)
				into.add(item['id']);
			participantIds(item, key, into);
		}
	} else if (value && typeof value === 'object' && !(value instanceof Date)) {
		for (const [name, item] of Object.entries(value)) participantIds(item, name, into);
	}
	return into;
}

/** Words of glossary terms and aliases (any `term` or `aliases` string in the front matter). */
function protectedWords(value: Yaml, key = '', into = new Set<string>()): Set<string> {
	if (typeof value === 'string') {
		if (key === 'term' || key === 'aliases') for (const word of value.split(/[^\p{L}\p{N}]+/u)) if (word) into.add(word);
	} else if (Array.isArray(value)) {
		for (const item of value) protectedWords(item, key, into);
	} else if (value && typeof value === 'object' && !(value instanceof Date)) {
		for (const [name, item] of Object.entries(value)) protectedWords(item, name, into);
	}
	return into;
}

interface PersonData {
	name: string;
	role: string;
	organisation: string;
	sortName?: string;
	roleSource?: string;
	aliases?: string[];
	[key: string]: unknown;
}

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** A pronounceable ending, different for every article number: 1 → „dabab“. */
export function nameSuffix(number: number): string {
	let rest = number;
	let suffix = '';
	for (let syllable = 0; syllable < 3 || rest > 0; syllable += 1) {
		const digit = rest % (CONSONANTS.length * VOWELS.length);
		suffix += CONSONANTS[digit % CONSONANTS.length]! + VOWELS[Math.floor(digit / CONSONANTS.length)]!;
		rest = Math.floor(rest / (CONSONANTS.length * VOWELS.length));
	}
	return suffix;
}

/** Interchangeable words: each occurrence takes one, chosen by the article's PRNG. */
const SYNONYMS: Record<string, string[]> = {
	Treffen: ['Treffen', 'Gespräch', 'Zusammentreffen'],
	Initiative: ['Initiative', 'Bemühung', 'Offensive'],
	bestätigte: ['bestätigte', 'bekräftigte', 'unterstrich'],
	erklärte: ['erklärte', 'sagte', 'betonte'],
	europäischen: ['europäischen', 'westeuropäischen', 'mitteleuropäischen'],
	Nachrichtenagentur: ['Nachrichtenagentur', 'Agentur', 'Presseagentur'],
	vorsichtigem: ['vorsichtigem', 'verhaltenem', 'zurückhaltendem'],
	deutlich: ['deutlich', 'klar', 'unmissverständlich'],
	Gesprächen: ['Gesprächen', 'Unterredungen', 'Beratungen'],
	Gespräche: ['Gespräche', 'Unterredungen', 'Beratungen'],
	Atmosphäre: ['Atmosphäre', 'Stimmung', 'Grundstimmung'],
	Diplomatie: ['Diplomatie', 'Verbindlichkeit', 'Höflichkeit'],
	wichtigste: ['wichtigste', 'zentrale', 'bedeutendste'],
	bedeutsamen: ['bedeutsamen', 'wichtigen', 'bemerkenswerten'],
	frühen: ['frühen', 'sehr frühen', 'anfänglichen'],
	konkrete: ['konkrete', 'verbindliche', 'feste'],
	tatsächlich: ['tatsächlich', 'in der Tat', 'wirklich'],
	Möglichkeit: ['Möglichkeit', 'Option', 'Chance'],
	zentraler: ['zentraler', 'entscheidender', 'großer'],
	Wärme: ['Wärme', 'Herzlichkeit', 'Freundlichkeit'],
	angespannten: ['angespannten', 'schwierigen', 'frostigen'],
	ungeklärt: ['ungeklärt', 'offen', 'unklar'],
	Journalisten: ['Journalisten', 'Reportern', 'Korrespondenten'],
	Vertretern: ['Vertretern', 'Repräsentanten', 'Politikern'],
	Berichten: ['Berichten', 'Meldungen', 'Angaben'],
	persönlichen: ['persönlichen', 'handgeschriebenen', 'privaten'],
	dunklen: ['dunklen', 'schwarzen', 'grauen'],
	Ton: ['Ton', 'Stil', 'Auftakt'],
	Bedeutung: ['Bedeutung', 'Wichtigkeit', 'Tragweite'],
	vage: ['vage', 'unbestimmt', 'zurückhaltend'],
};

const PLACES = [
	'Genf',
	'Wien',
	'Helsinki',
	'Istanbul',
	'Riad',
	'Budapest',
	'Oslo',
	'Rom',
	'Paris',
	'Berlin',
	'Warschau',
	'Prag',
	'Brüssel',
	'Den Haag',
	'Kopenhagen',
	'Stockholm',
	'Madrid',
	'Lissabon',
	'Athen',
	'Ankara',
	'Doha',
	'Abu Dhabi',
	'Tokio',
	'Ottawa',
	'London',
	'Dublin',
	'Vilnius',
	'Riga',
	'Tallinn',
	'Bern',
];

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/**
 * Items that rest on a quoted snippet (key points, timeline, positions,
 * facts, attributions) stay only where the snippet, renamed like the text,
 * still stands exactly once in the new body: the varied words and shuffled
 * paragraphs may have changed it, and the build refuses a quote it cannot
 * find. An attribution whose clause the varied text lost goes too; fewer than
 * three key points are none.
 */
function keepFoundQuotes(data: FrontMatter, body: string, transform: (quote: string) => string): void {
	const text = body.replace(/\s+/g, ' ');
	const once = (snippet: string) => text.split(snippet.replace(/\s+/g, ' ')).length === 2;
	const found = (item: { quote?: unknown; clause?: unknown }) => {
		if (typeof item.clause === 'string') {
			item.clause = transform(item.clause);
			if (!once(item.clause as string)) return false;
		}
		if (typeof item.quote !== 'string') return true;
		const quote = transform(item.quote);
		item.quote = quote;
		return once(quote);
	};
	type Quoted = { quote?: unknown; clause?: unknown };
	for (const list of ['keyPoints', 'timeline'] as const) if (Array.isArray(data[list])) data[list] = (data[list] as Quoted[]).filter(found);
	if (Array.isArray(data['keyPoints']) && (data['keyPoints'] as Quoted[]).length < 3) data['keyPoints'] = [];
	const positions = data['positions'] as { sides?: Array<{ stances?: Quoted[] }> } | undefined;
	for (const side of positions?.sides ?? []) side.stances = (side.stances ?? []).filter(found);
	const facts = data['facts'] as { known?: Quoted[]; open?: Quoted[] } | undefined;
	if (facts) {
		facts.known = (facts.known ?? []).filter(found);
		facts.open = (facts.open ?? []).filter(found);
	}
	if (Array.isArray(data['attributions'])) data['attributions'] = (data['attributions'] as Quoted[]).filter(found);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The editorial texts a log entry may quote (src/lib/content/change-log.ts lists the same), whitespace collapsed. */
function itemTexts(data: FrontMatter): string[] {
	const texts: unknown[] = [
		data.title,
		data.description,
		(data['source'] as { statement?: unknown } | undefined)?.statement,
		...((data['editorialNotes'] as unknown[]) ?? []),
	];
	for (const point of (data['keyPoints'] as Array<{ text?: unknown }>) ?? []) texts.push(point.text);
	for (const event of (data['timeline'] as Array<{ text?: unknown; marker?: unknown }>) ?? []) texts.push(event.text, event.marker);
	const positions = data['positions'] as
		{ questions?: Array<{ label?: unknown }>; sides?: Array<{ label?: unknown; stances?: Array<{ says?: unknown }> }> } | undefined;
	for (const question of positions?.questions ?? []) texts.push(question.label);
	for (const side of positions?.sides ?? []) texts.push(side.label, ...(side.stances ?? []).map((stance) => stance.says));
	const facts = data['facts'] as { known?: Array<{ says?: unknown }>; open?: Array<{ says?: unknown }> } | undefined;
	for (const fact of [...(facts?.known ?? []), ...(facts?.open ?? [])]) texts.push(fact.says);
	for (const entry of (data['glossary'] as Array<{ definition?: unknown }>) ?? []) texts.push(entry.definition);
	const simple = data['simple'] as { title?: unknown; parts?: Array<{ text?: unknown }> } | undefined;
	texts.push(simple?.title, ...(simple?.parts ?? []).map((part) => part.text));
	return texts.filter((text): text is string => typeof text === 'string').map((text) => text.replace(/\s+/g, ' '));
}

/** Log entries whose passage, renamed like the text, stands exactly once in the new body or its editorial texts (the build refuses others). */
function keepFoundChanges(data: FrontMatter, body: string, transform: (quote: string) => string): void {
	if (!Array.isArray(data['changes'])) return;
	const haystacks = [body.replace(/\s+/g, ' '), ...itemTexts(data)];
	data['changes'] = (data['changes'] as Array<{ quote?: unknown }>).filter((entry) => {
		if (typeof entry.quote !== 'string') return true;
		entry.quote = transform(entry.quote);
		const needle = (entry.quote as string).replace(/\s+/g, ' ');
		return haystacks.reduce((count, text) => count + text.split(needle).length - 1, 0) === 1;
	});
}

export interface Generated {
	articles: number;
	/** Person files written. */
	people: number;
	/** Article slugs in order, e.g. „artikel-0001“. */
	slugs: string[];
	/** A name only the stories of one run of participants hold (the family name of its first person, in the middle of the archive): a search a reader makes. */
	name: { query: string; stories: number };
}

/**
 * Writes `count` synthetic articles and their people into `<dir>/articles`
 * and `<dir>/participants`. People recur, as in a real archive: each run of
 * `sharedBy` consecutive articles (default 10) has the same 13 participants,
 * so 1,000 articles name 1,300 people, each in 10 stories (1 gives every
 * article people of its own: 13,000 person pages and feeds at 1,000).
 */
export function generateContent(dir: string, count: number, sharedBy = 10): Generated {
	const source = readFileSync(sourceArticle, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error(`${sourceArticle}: kein Front Matter gefunden.`);
	const frontMatter = parse(match[1]!) as FrontMatter;
	const body = match[2]!;
	const people = new Map<string, PersonData>(
		[...participantIds(frontMatter as unknown as Yaml)].map((id) => [
			id,
			parse(readFileSync(join(sourceParticipants, `${id}.yaml`), 'utf8')) as PersonData,
		]),
	);

	// Every capitalised word of every name form: „Trump“, „Trumps“, „Selenskyjs“, „Leyen“ …
	const tokens = new Set<string>();
	for (const person of people.values()) {
		for (const form of [person.name, ...(person.aliases ?? [])]) {
			for (const word of form.split(/\s+/)) if (/^\p{Lu}/u.test(word)) tokens.add(word);
		}
	}
	const namePattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${[...tokens]
			.sort((a, b) => b.length - a.length)
			.map(escape)
			.join('|')})(?![\\p{L}\\p{N}])`,
		'gu',
	);
	const keep = protectedWords(frontMatter as unknown as Yaml);
	const synonymWords = Object.keys(SYNONYMS).filter((word) => !keep.has(word));
	const synonymPattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${synonymWords
			.sort((a, b) => b.length - a.length)
			.map(escape)
			.join('|')})(?![\\p{L}\\p{N}])`,
		'gu',
	);

	mkdirSync(join(dir, 'articles'), { recursive: true });
	mkdirSync(join(dir, 'participants'), { recursive: true });
	const baseDate = Date.UTC(2025, 7, 18);
	const slugs: string[] = [];
	let personFiles = 0;

	for (let number = 1; number <= count; number += 1) {
		const next = mulberry32(number * 7919 + 17);
		const run = Math.ceil(number / sharedBy);
		const suffix = nameSuffix(run);
		const rename = (text: string) => text.replace(namePattern, (word) => word + suffix);
		const vary = (text: string) =>
			synonymWords.length === 0
				? text
				: text.replace(synonymPattern, (word) => {
						const choices = SYNONYMS[word]!;
						return choices[Math.floor(next() * choices.length)]!;
					});
		const place = PLACES[(number - 1) % PLACES.length]!;
		const date = new Date(baseDate - (number - 1) * 86_400_000);
		const isoDate = date.toISOString().slice(0, 10);
		const germanDate = `${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
		const relocate = (text: string) =>
			text
				.replace(/im Weißen Haus(?![\p{L}\p{N}])/gu, `in ${place}`)
				.replace(/Weißen Haus(?![\p{L}\p{N}])/gu, place)
				.replace(/Weißes Haus, Washington/g, place);

		// The body: names changed, words varied, paragraphs shuffled within each section (sections with lists keep their order).
		const sections = body.split(/(?=^## )/m).filter((section) => section.trim() !== '');
		const newBody = sections
			.map((section) => {
				if (!section.startsWith('## ')) return vary(rename(relocate(section.trim())));
				const blocks = section.trim().split(/\n\s*\n/);
				const [title, ...rest] = blocks;
				const hasList = rest.some((block) => /^\s*(?:[-*+]|\d+\.)\s/m.test(block));
				if (!hasList) {
					for (let index = rest.length - 1; index > 0; index -= 1) {
						const other = Math.floor(next() * (index + 1));
						[rest[index], rest[other]] = [rest[other]!, rest[index]!];
					}
				}
				// The heading keeps the original's slug, pinned, whatever its new words.
				const { text: headingText, slug: pinned } = extractPinnedSlug(title!.replace(/^##\s+/, ''));
				const newTitle = `## ${vary(rename(relocate(headingText)))} {#${pinned ?? slugify(headingText)}}`;
				return [newTitle, ...rest.map((block) => vary(rename(relocate(block))))].join('\n\n');
			})
			.join('\n\n');

		const slug = `artikel-${String(number).padStart(4, '0')}`;
		const renamedId = (id: string) => (people.has(id) ? `${id}-${run}` : id);
		const transformed = mapYaml(frontMatter as unknown as Yaml, {
			text: (value, key) => (key === 'id' || key === 'person' ? renamedId(value) : rename(value)),
			participants: (list) => list.map((item) => (typeof item === 'string' ? renamedId(item) : item)),
		}) as unknown as FrontMatter;
		// Quotes were renamed with every other string of the front matter; the place changes as in the text.
		keepFoundQuotes(transformed, newBody, relocate);
		const article: FrontMatter = {
			...transformed,
			title: vary(rename(relocate(frontMatter.title))),
			description: `${place}, ${germanDate}: ${vary(frontMatter.description)}`,
			event: { ...transformed.event, date: isoDate, place },
		};
		keepFoundChanges(article, newBody, relocate);
		writeFileSync(join(dir, 'articles', `${slug}.md`), `---\n${stringify(article, { lineWidth: 0 })}---\n\n${newBody.trimEnd()}\n`);
		slugs.push(slug);

		// The run's person files, once: with its first article.
		if ((number - 1) % sharedBy !== 0) continue;
		for (const [id, person] of people) {
			const renamed: PersonData = { ...person, name: rename(person.name), role: rename(person.role) };
			if (person.sortName) renamed.sortName = rename(person.sortName);
			if (person.aliases) renamed.aliases = person.aliases.map(rename);
			writeFileSync(join(dir, 'participants', `${id}-${run}.yaml`), stringify(renamed, { lineWidth: 0 }));
			personFiles += 1;
		}
	}
	const middle = Math.ceil(Math.ceil(count / sharedBy) / 2);
	const familyName = [...people.values()][0]?.name.split(/\s+/).at(-1) ?? '';
	const name = { query: familyName + nameSuffix(middle), stories: Math.min(sharedBy, count - (middle - 1) * sharedBy) };
	return { articles: count, people: personFiles, slugs, name };
}
