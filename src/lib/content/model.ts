import type { RenderedSection } from '../sections.ts';
import type { Segment } from '../simple-links.ts';
import type { ChangePlace, DiffPart } from './changes.ts';
import type { ArticleFrontmatter, AttributionKind, ChangeKind, PersonFile } from './schema.ts';

/**
 * The typed model that the content loader produces once per build and the
 * pages read: everything a page shows is here, computed and checked.
 * Plain data only (strings, numbers, arrays, objects): it is stored in
 * Astro's data store between `astro sync` and the build.
 */

export interface NameMatch {
	id: string;
	start: number;
	end: number;
}

/** A sentence that names someone, with where each name stands in it. */
export interface NamingSentence {
	text: string;
	matches: NameMatch[];
}

export interface Quote {
	/** Who said or wrote it. */
	id: string;
	/** The quoted words, without the quotation marks. */
	text: string;
	/** The sentence the quote stands in. */
	sentence: string;
}

/** Who one section names, and whose words it quotes. */
export interface SectionMentions {
	/** Every sentence (the heading counts as one) that names someone. */
	sentences: NamingSentence[];
	/** People named, in order of first mention, with how often. */
	people: Array<{ id: string; count: number }>;
	quotes: Quote[];
}

/** One `##` section of an article: what the Markdown pipeline collects, and what the model adds. */
export interface Section extends RenderedSection {
	/** 1-based position in the article. */
	number: number;
	/** The first sentence: the section's description in previews and search. */
	summary: string;
	mentions: SectionMentions;
	/** Index-only search vocabulary (`typed→shown`): other spellings of names, parts of compounds. */
	searchTerms: string[];
	/** Minutes to read the section's blocks (src/lib/reading-time.ts): at least 1. */
	readingMinutes: number;
}

/** A person as one article lists them: one of its participants (a person across articles is a `PersonModel`). */
export interface Participant {
	id: string;
	/** The role label the article gives (or the default for people without one). */
	group: string;
	name: string;
	role: string;
	organisation: string;
	/** In how many sections the text names them. */
	sections: number;
}

/** The sidebar's groups, in the order the article first uses each label. */
export interface ParticipantGroup {
	/** Slug of the label, for ids. */
	id: string;
	label: string;
	members: string[];
}

/** One term of an article's glossary, as the article defines it (a term across articles, on the glossary page, is a `GlossaryTerm`: src/lib/content/derived.ts). */
export interface GlossaryEntry {
	slug: string;
	term: string;
	aliases: string[];
	definition: string;
	source?: string | undefined;
}

/** A sentence of the text that the front matter quotes: the anchor items link to. */
export interface Reference {
	/** The snippet, as the front matter quotes it. */
	quote: string;
	/** The sentence's anchor id in the long-read and on the section page (a heading's: the section slug). */
	id: string;
	/** The section it stands in. */
	section: string;
	/** The whole sentence, as plain text. */
	sentence: string;
}

/** A fact from outside the article that an editorial line discloses: „Ergänzung der Redaktion“. */
export interface ExternSource {
	title: string;
	url: string;
	/** What it supports that the text does not say. */
	supports: string;
}

/** What an editorial line rests on: the sentence it quotes, an outside source it discloses, or both (never neither). */
export interface Evidence {
	reference?: Reference | undefined;
	extern?: ExternSource | undefined;
}

/** An editorial sentence and what it rests on. */
export interface Claim extends Evidence {
	says: string;
	/** Its field path (`positions.sides[1].stances[0]`): where the change log finds it. */
	path: string;
}

/** „Das Wichtigste in Kürze“: one line; its section is its quote's. */
export interface KeyPoint extends Evidence {
	text: string;
	section?: string | undefined;
}

/** An entry of the timeline; its section is its quote's. */
export interface TimelineEvent extends Evidence {
	date?: string | undefined;
	marker?: string | undefined;
	text: string;
	participants: string[];
	section?: string | undefined;
}

/** An entry of the article's editorial log, as readers see it. */
export interface Change {
	/** 1-based, in the order of the log (oldest first). */
	number: number;
	/** id of the entry in the page's list „Korrekturen und Aktualisierungen“. */
	id: string;
	/** id of its popover beside the marker (the marker's aria-describedby). */
	noteId: string;
	/** Date-time with zone, as written. */
	at: string;
	kind: ChangeKind;
	note: string;
	/** What the passage said before, the words taken out marked (where the entry gives it). */
	before?: DiffPart[] | undefined;
	/** The passage as it stands now, the words put in marked (where the entry has a `before`). */
	after?: DiffPart[] | undefined;
	/** Where the marker stands (where the entry quotes the passage). */
	place?: ChangePlace | undefined;
	/** Where readers find the passage: the sentence in the long-read, the item on its page. */
	placeHref?: string | undefined;
}

/** Who an attributed statement comes from. */
export interface Attribution {
	/** 1-based, in the order of the front matter. */
	number: number;
	/** id of its popover beside the text and of its entry in the sources overview. */
	id: string;
	source: string;
	person?: string | undefined;
	kind: AttributionKind;
	via?: string | undefined;
	reference: Reference;
}

/** „Wer will was?“: sides against questions; a cell without a claim is `null` („Im Text keine Angabe“). */
export interface Positions {
	questions: Array<{ id: string; label: string }>;
	sides: Array<{ label: string; cells: Array<Claim | null> }>;
}

/** The story in Einfache Sprache: one part per section it retells, paragraphs as linked segments. */
export interface SimpleVersion {
	title: string;
	parts: Array<{ section: string; sectionTitle: string; paragraphs: Segment[][] }>;
}

/** The explainer's depth, each piece optional. */
export interface Depth {
	positions?: Positions | undefined;
	facts?: { known: Claim[]; open: Claim[] } | undefined;
	attributions: Attribution[];
	simple?: SimpleVersion | undefined;
}

export interface ArticleModel {
	/** The file name as a slug: the article's path segment. */
	slug: string;
	/** The Markdown file, relative to the project, for messages. */
	file: string;
	title: string;
	description: string;
	event?: { date: string; place: string } | undefined;
	source: ArticleFrontmatter['source'];
	editorialNotes: string[];
	translations: ArticleFrontmatter['translations'];
	/** When Lagebild first published the article: date-time with zone. */
	published: string;
	/** When it last changed: the newest entry of the log, or `published`. */
	modified: string;
	/** The editorial log, oldest first (pages show it newest first). */
	changes: Change[];
	/** What the build noticed but let pass (a sentence that reads as a statement no attribution covers), as editors read it: file, line, reason. */
	warnings: string[];
	participants: Participant[];
	groups: ParticipantGroup[];
	keyPoints: KeyPoint[];
	timeline: TimelineEvent[];
	glossary: GlossaryEntry[];
	sections: Section[];
	/** Minutes to read all sections' blocks together (not the sum of the sections' rounded minutes). */
	readingMinutes: number;
	/** Positions, what is known and open, who says so, the simple version. */
	depth: Depth;
	/** The article's pages beside the long-read and its sections: „Einordnung“ (positions, facts or sources) and Einfache Sprache. */
	pages: { context: boolean; simple: boolean };
	/**
	 * Whether the article's pages have link-preview images of their own (the
	 * newest articles of the archive) or show the site's (older ones: see
	 * `PREVIEWS_NEWEST` in src/lib/preview-paths.ts).
	 */
	ownPreviews: boolean;
}

export interface SectionAppearance {
	slug: string;
	number: number;
	title: string;
	/** Sentences that name this person, with only this person's names as matches. */
	sentences: NamingSentence[];
}

/** Where one article names a person. */
export interface Appearance {
	article: string;
	headline: string;
	/** The article's dates (its feed items carry them). */
	published: string;
	modified: string;
	hasChanges: boolean;
	group: string;
	sections: SectionAppearance[];
	quotes: Array<Quote & { section: string; sectionTitle: string }>;
}

export interface PersonModel extends PersonFile {
	id: string;
	file: string;
	/** Sort key for lists: `sortName` or the name. */
	sortKey: string;
	appearances: Appearance[];
}

export interface ContentModel {
	articles: ArticleModel[];
	people: PersonModel[];
	/**
	 * Per article slug, a key of everything its model was made from (its file,
	 * every person file, the code's version): equal keys, equal models,
	 * so a later load may reuse the model (LoadOptions.reuse).
	 */
	inputKeys: ReadonlyMap<string, string>;
	/** How many article models this load built (the others were reused). */
	built: number;
	/** Stories this build leaves out, and why: drafts, and those scheduled after the build's time. */
	heldBack: Array<{ file: string; reason: string }>;
}
