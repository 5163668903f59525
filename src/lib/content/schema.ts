import * as z from 'zod';
import { isCalendarDate, zonedDateTimeProblem } from '../dates.ts';

/**
 * The schemas of everything an editor writes: an article's front matter and
 * a person's file. The one place that says which fields exist; the editor's
 * field reference in the README is generated from the descriptions here.
 * Messages are German, for the people who read them: the editors.
 */

const text = (what: string) =>
	z
		.string({ error: (issue) => (issue.input === undefined ? `${what} fehlt.` : `${what} muss Text sein (in Anführungszeichen, wenn er mit einer Zahl oder einem Sonderzeichen beginnt).`) })
		.trim()
		.min(1, `${what} darf nicht leer sein.`);

const isoDate = (what: string) =>
	z
		.string({ error: `${what} fehlt oder ist kein Datum (JJJJ-MM-TT).` })
		.regex(/^\d{4}-\d{2}-\d{2}$/, `${what}: erwartet wird JJJJ-MM-TT.`)
		.refine((value) => isCalendarDate(value), { error: (issue) => `„${String(issue.input)}“ ist kein gültiges Datum (JJJJ-MM-TT).` });

/** A point in time with its zone (`2026-11-25T09:29+01:00`): when Lagebild did something, never a guess of the build. */
const zonedDateTime = (what: string) =>
	z.string({ error: `${what} fehlt oder ist kein Zeitpunkt (JJJJ-MM-TTThh:mm mit Zeitzone, z. B. 2026-11-25T09:29+01:00).` }).superRefine((value, context) => {
		const problem = zonedDateTimeProblem(value);
		if (problem) context.addIssue({ code: 'custom', message: `${what}: ${problem}` });
	});

const httpUrl = z.url({ protocol: /^https?$/, error: 'Nur http- oder https-Adressen.' });

/** Kennungen (ids) and slugs: ASCII, lower case, single hyphens. */
const id = (what: string) => z.string({ error: `${what} fehlt.` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${what}: nur a–z, 0–9 und einzelne Bindestriche.`);

export const personFileSchema = z.strictObject({
	name: text('Der Name').meta({ description: 'Name, wie ihn der Text schreibt, z. B. „Friedrich Merz“.' }),
	role: text('Die Rolle').meta({ description: 'Amt oder Funktion, wie der Artikel sie nennt, z. B. „Bundeskanzler“.' }),
	roleSource: z.string().trim().min(1).optional().meta({ description: 'Nur wenn der Artikel die Rolle nicht nennt: worauf die Angabe beruht.' }),
	organisation: text('Land oder Organisation').meta({ description: 'Land oder Organisation, z. B. „Deutschland“, „NATO“.' }),
	sortName: z.string().trim().min(1).optional().meta({ description: 'Sortierform für Listen, z. B. „Merz, Friedrich“. Ohne Angabe: der Name.' }),
	aliases: z
		.array(z.string().trim().min(1))
		.default([])
		.meta({ description: 'Andere Schreibweisen und gebeugte Formen, unter denen der Text die Person nennt (z. B. „Merz“, „Selenskyjs“). Ganze Wörter; eine Form gehört zu genau einer Person.' }),
});

/**
 * A reference by quotation: a short verbatim snippet of the article text
 * (copied exactly, at least three words) that occurs exactly once in it. The
 * sentence it stands in becomes an anchor that the item links to.
 */
const quote = (what: string) =>
	z
		.string({ error: `${what} fehlt: ein wörtlicher Ausschnitt aus dem Text.` })
		.trim()
		.refine((value) => value.split(/\s+/).length >= 3, `${what}: mindestens drei Wörter, wörtlich aus dem Text kopiert.`)
		.meta({ description: 'Wörtlicher Ausschnitt aus dem Artikeltext (mindestens drei Wörter), der genau einmal im Text steht. Der Satz, in dem er steht, wird zum Sprungziel.' });

/**
 * A fact from outside the article, disclosed: readers see it as „Ergänzung der Redaktion“ with the
 * link. An editorial line whose words the text does not carry (a date, a place the text takes for
 * granted) names its source here.
 */
const extern = z
	.strictObject({
		title: text('Der Titel der externen Quelle (extern.title)').meta({ description: 'Titel der Quelle, z. B. „Wikipedia: Treffen im Oval Office am 28. Februar 2025“.' }),
		url: httpUrl.meta({ description: 'Adresse der Quelle (http oder https).' }),
		supports: text('Was die externe Quelle belegt (extern.supports)').meta({ description: 'Was genau die Quelle belegt, das der Text nicht sagt, z. B. „Datum und Ort des Treffens“.' }),
	})
	.meta({ description: 'Eine Quelle außerhalb des Artikels für das, was der zitierte Satz nicht hergibt (Datum, Ort): erscheint als „Ergänzung der Redaktion“ mit Link.' });

/** The evidence of an editorial line: a quote into the text, an outside source, or both; never neither. */
const evidence = {
	quote: quote('Der Beleg (quote)').optional(),
	extern: extern.optional(),
};
const hasEvidence = (item: { quote?: string | undefined; extern?: unknown }) => item.quote !== undefined || item.extern !== undefined;
const EVIDENCE_MISSING = 'Jeder redaktionelle Eintrag beruht auf einem Beleg: einem wörtlichen Ausschnitt des Textes (quote) oder, für eine Tatsache von außerhalb, einer externen Quelle (extern mit title, url, supports).';

/** An editorial sentence that rests on a quoted snippet of the article (or, disclosed, on an outside source). */
const claim = (what: string) =>
	z.strictObject({
		says: text(what).meta({ description: 'Ein kurzer redaktioneller Satz, der nur sagt, was der zitierte Satz hergibt; eine zugeschriebene Aussage nennt, wer sie macht („nach Trumps Worten“, „laut BBC“).' }),
		...evidence,
	});

/** The kinds of change an article's log records; labels in the German dictionary. */
export const changeKinds = ['aktualisierung', 'korrektur', 'klarstellung'] as const;
export type ChangeKind = (typeof changeKinds)[number];

/** The kinds of source an attributed statement can have; labels in the German dictionary. */
export const attributionKinds = ['eigene-worte', 'agentur', 'medienbericht', 'ungenannt'] as const;
export type AttributionKind = (typeof attributionKinds)[number];

export const depthSchema = {
	positions: z
		.strictObject({
			questions: z
				.array(
					z.strictObject({
						id: id('Die Kennung der Frage (id)').meta({ description: 'Kurze Kennung, z. B. `treffen-mit-putin`; die Positionen verweisen darauf.' }),
						label: text('Die Frage (label)').meta({ description: 'Die Frage als Spaltenkopf, z. B. „Treffen mit Putin“.' }),
					}),
				)
				.min(1, 'Mindestens eine Frage.')
				.meta({ description: 'Die Fragen, um die es in der Geschichte geht.' }),
			sides: z
				.array(
					z.strictObject({
						label: text('Die Seite (label)').meta({ description: 'Die Seite, z. B. „Trump und die USA“.' }),
						stances: z
							.array(claim('Die Position (says)').extend({ question: id('Die Frage der Position (question)').meta({ description: 'Kennung der Frage aus `questions`.' }) }).refine(hasEvidence, EVIDENCE_MISSING))
							.default([])
							.meta({ description: 'Was diese Seite zu einer Frage will oder sagt, je ein Satz mit Beleg. Fragen ohne Eintrag zeigen „Im Text keine Angabe“.' }),
					}),
				)
				.min(1, 'Mindestens eine Seite.')
				.meta({ description: 'Die Seiten der Geschichte.' }),
		})
		.optional()
		.meta({ description: '„Wer will was?“: die Seiten der Geschichte gegen die Fragen, um die es geht. Jede Zelle ruht auf einem Beleg.' }),
	facts: z
		.strictObject({
			known: z.array(claim('Die Tatsache (says)').refine(hasEvidence, EVIDENCE_MISSING)).default([]).meta({ description: 'Was feststeht, je ein Satz mit Beleg.' }),
			open: z.array(claim('Die offene Frage (says)').refine(hasEvidence, EVIDENCE_MISSING)).default([]).meta({ description: 'Was offen ist, je ein Satz mit Beleg.' }),
		})
		.optional()
		.meta({ description: '„Was wir wissen – und was offen ist“: zwei Listen, jeder Eintrag mit Beleg.' }),
	attributions: z
		.array(
			z.strictObject({
				quote: quote('Der Beleg (quote)'),
				source: text('Die Quelle (source)').meta({ description: 'Wer es sagt, z. B. „Donald Trump“, „Juri Uschakow“, „nicht genannte Quellen“.' }),
				person: id('Die Kennung der Person (person)').optional().meta({ description: 'Kennung der Person aus `participants`, wenn die Quelle eine von ihnen ist.' }),
				kind: z.enum(attributionKinds, { error: `Die Art der Quelle (kind) muss eine dieser sein: ${attributionKinds.join(', ')}.` }).meta({ description: '`eigene-worte` (die Person selbst), `agentur` (eine Agentur zitiert jemanden), `medienbericht` (ein Medium berichtet, was jemand sagte), `ungenannt` (Berichte oder Beteiligte ohne Namen).' }),
				via: z.string().trim().min(1).optional().meta({ description: 'Wo oder über wen, z. B. „auf Truth Social“, „gegenüber der Nachrichtenagentur RIA“, „laut BBC“.' }),
				clause: z
					.string()
					.trim()
					.min(1)
					.optional()
					.meta({ description: 'Nur wenn der Satz außer der zugeschriebenen Aussage noch etwas anderes sagt (zwei Hauptsätze, „…, doch Selenskyj betonte, …“): der wörtliche Teil des Satzes, den die Quelle sagt, mit dem Beleg darin. Ohne Angabe gilt der ganze Satz als zugeschrieben.' }),
			}),
		)
		.default([])
		.meta({ description: '„Wer sagt das?“: jede zugeschriebene Aussage des Textes mit ihrer Quelle. Hinter dem Satz steht ein Zeichen, das die Quelle zeigt.' }),
	simple: z
		.strictObject({
			title: text('Die Überschrift der einfachen Fassung').meta({ description: 'Überschrift in Einfacher Sprache.' }),
			parts: z
				.array(
					z.strictObject({
						section: id('Der Abschnitt (section)').meta({ description: 'Slug des Abschnitts, den dieser Teil nacherzählt.' }),
						text: text('Der Text in Einfacher Sprache').meta({ description: 'Kurze Sätze, eine Aussage je Satz; Absätze durch eine Leerzeile getrennt.' }),
					}),
				)
				.min(1, 'Mindestens ein Teil.')
				.meta({ description: 'Die Teile der einfachen Fassung, in der Reihenfolge des Artikels.' }),
		})
		.optional()
		.meta({ description: 'Die Geschichte in Einfacher Sprache, von der Redaktion geschrieben: erscheint unter `/<artikel>/einfach/`, als redaktionelle Bearbeitung gekennzeichnet.' }),
};

export const articleFrontmatterSchema = z.strictObject({
	title: text('Die Schlagzeile (title)').meta({ description: 'Sachliche deutsche Schlagzeile. Erfundenes hat hier keinen Platz.' }),
	description: text('Der Vorspann (description)').meta({ description: 'Der Vorspann: erscheint einmal, über dem Text, und als Beschreibung in Vorschauen.' }),
	published: zonedDateTime('Die Veröffentlichung (published)').meta({
		description: 'Wann Lagebild den Artikel zuerst veröffentlicht hat: Zeitpunkt mit Zeitzone, z. B. `2026-11-25T09:29+01:00`. Nicht das Datum des Ereignisses. Liegt er in der Zukunft, hält der Bau den Artikel zurück, bis ein Bau nach diesem Zeitpunkt ihn veröffentlicht.',
	}),
	draft: z.boolean({ error: 'draft ist true oder false.' }).default(false).meta({ description: 'Entwurf: `true`, und der Bau lässt den Artikel aus (er wird nicht einmal geprüft).' }),
	changes: z
		.array(
			z
				.strictObject({
					at: zonedDateTime('Der Zeitpunkt der Änderung (at)').meta({ description: 'Wann die Änderung veröffentlicht wurde, mit Zeitzone.' }),
					kind: z.enum(changeKinds, { error: `Die Art der Änderung (kind) muss eine dieser sein: ${changeKinds.join(', ')}.` }).meta({
						description: '`aktualisierung` (neue Informationen), `korrektur` (ein Fehler richtiggestellt), `klarstellung` (eine Formulierung verdeutlicht). Ein behobener Tippfehler ist kein Eintrag.',
					}),
					note: text('Die Erklärung der Änderung (note)').meta({ description: 'Was sich geändert hat und warum, in ein oder zwei deutschen Sätzen.' }),
					before: text('Der frühere Wortlaut (before)').optional().meta({ description: 'Was der Text oder der Eintrag vorher sagte (bei `korrektur` Pflicht).' }),
					quote: quote('Die geänderte Stelle (quote)').optional().meta({
						description: 'Die geänderte Stelle, wie sie jetzt steht: ein wörtlicher Ausschnitt (mindestens drei Wörter), der genau einmal im Text oder in einem redaktionellen Eintrag steht; dort erscheint die Markierung (bei `korrektur` Pflicht).',
					}),
				})
				.superRefine((entry, context) => {
					if (entry.kind !== 'korrektur') return;
					if (entry.before === undefined) context.addIssue({ code: 'custom', path: ['before'], message: 'Eine Korrektur sagt, was vorher stand: before fehlt.' });
					if (entry.quote === undefined) context.addIssue({ code: 'custom', path: ['quote'], message: 'Eine Korrektur zeigt, wo sie steht: quote (die korrigierte Stelle, wie sie jetzt steht) fehlt.' });
				}),
		)
		.default([])
		.meta({ description: 'Das Änderungsprotokoll des Artikels, ältester Eintrag zuerst: jede Aktualisierung, Korrektur und Klarstellung nach der Veröffentlichung.' }),
	event: z
		.strictObject({
			date: isoDate('Das Datum des Ereignisses').meta({ description: 'Datum des Ereignisses, JJJJ-MM-TT.' }),
			place: text('Der Ort des Ereignisses').meta({ description: 'Ort des Ereignisses.' }),
		})
		.optional()
		.meta({ description: 'Nur für Artikel über ein Ereignis (Treffen, Wahl, Urteil an einem Tag): Datum und Ort. Ohne `event` behauptet die Seite kein Ereignis.' }),
	source: z
		.strictObject({
			statement: text('Die Quellenangabe').meta({ description: 'Woher der Text stammt, in einem Satz.' }),
			url: httpUrl.optional().meta({ description: 'Adresse der Quelle (http oder https), falls es eine gibt.' }),
		})
		.meta({ description: 'Herkunft des Textes.' }),
	editorialNotes: z
		.array(z.string().trim().min(1))
		.default([])
		.meta({ description: 'Was die Redaktion gegenüber der Quelle geändert hat und warum, ein Hinweis pro Eintrag.' }),
	translations: z
		.array(
			z.strictObject({
				original: text('Der Originaltext').meta({ description: 'Die Stelle in der Originalsprache.' }),
				lang: z
					.string({ error: 'Die Sprache fehlt.' })
					.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'Die Sprache muss ein Sprachcode wie „en“ sein.')
					.meta({ description: 'Sprachcode des Originals, z. B. „en“.' }),
				translation: text('Die Übersetzung').meta({ description: 'Die Übersetzung, wie sie im Text steht.' }),
			}),
		)
		.default([])
		.meta({ description: 'Übersetzte Stellen: erscheinen mit dem Original in den redaktionellen Hinweisen.' }),
	participants: z
		.array(
			z.strictObject({
				id: id('Die Kennung der Person (id)').meta({ description: 'Dateiname der Person in `participants/`, ohne `.yaml`.' }),
				group: z
					.string()
					.trim()
					.min(1, 'Die Gruppe darf nicht leer sein.')
					.optional()
					.meta({ description: 'Rolle der Person in dieser Geschichte, als deutsche Bezeichnung („Gastgeber“, „Gericht“, „Kläger“). Die Seitenleiste zeigt die Gruppen in der Reihenfolge ihres ersten Auftretens. Ohne Angabe: „Erwähnt“.' }),
			}),
		)
		.default([])
		.meta({ description: 'Die Personen der Geschichte.' }),
	keyPoints: z
		.array(
			z.strictObject({
				text: text('Der Kernpunkt').meta({ description: 'Ein kurzer Satz, der nur sagt, was der zitierte Satz hergibt. Sein Abschnitt ist der des Belegs.' }),
				...evidence,
			}).refine(hasEvidence, EVIDENCE_MISSING),
		)
		.refine((points) => points.length === 0 || (points.length >= 3 && points.length <= 5), 'Drei bis fünf Kernpunkte, oder keine.')
		.default([])
		.meta({ description: '„Das Wichtigste in Kürze“: drei bis fünf Sätze, oder keine.' }),
	timeline: z
		.array(
			z
				.strictObject({
					date: isoDate('Das Datum').optional().meta({ description: 'Datum, JJJJ-MM-TT.' }),
					marker: z.string().trim().min(1).optional().meta({ description: 'Zeitangabe, wo der Text kein Datum nennt, z. B. „Danach geplant“.' }),
					text: text('Die Beschreibung des Ereignisses').meta({ description: 'Was geschah, in einem Satz, so weit der zitierte Satz es hergibt: eine Absicht bleibt eine Absicht („nach Trumps Worten“). Sein Abschnitt ist der des Belegs.' }),
					...evidence,
					participants: z.array(id('Die Kennung der Person')).default([]).meta({ description: 'Kennungen der Personen, die das Ereignis betrifft (aus `participants`); nicht, wer nur davon berichtet.' }),
				})
				.refine((event) => event.date !== undefined || event.marker !== undefined, 'Ein Ereignis braucht ein Datum (date) oder eine Zeitangabe (marker).')
				.refine(hasEvidence, EVIDENCE_MISSING),
		)
		.default([])
		.meta({ description: '„Chronologie“: Ereignisse in ihrer Reihenfolge, jedes mit `date` und/oder `marker`.' }),
	glossary: z
		.array(
			z.strictObject({
				term: text('Der Begriff').meta({ description: 'Der Begriff, wie das Glossar ihn führt.' }),
				aliases: z.array(z.string().trim().min(1)).default([]).meta({ description: 'Die Formen, in denen er im Text steht (ganze Wörter).' }),
				definition: text('Die Erklärung').meta({ description: 'Kurze, sachliche Erklärung.' }),
				source: httpUrl.optional().meta({ description: 'Adresse zum Weiterlesen (http oder https).' }),
			}),
		)
		.default([])
		.meta({ description: 'Begriffe, die Leserinnen und Leser vielleicht nicht kennen; ihr erstes Vorkommen je Abschnitt zeigt die Erklärung.' }),
	...depthSchema,
});

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
export type PersonFile = z.output<typeof personFileSchema>;
