import * as z from 'zod';
import { isCalendarDate } from '../dates.ts';

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

export const articleFrontmatterSchema = z.strictObject({
	title: text('Die Schlagzeile (title)').meta({ description: 'Sachliche deutsche Schlagzeile. Erfundenes hat hier keinen Platz.' }),
	description: text('Der Vorspann (description)').meta({ description: 'Der Vorspann: erscheint einmal, über dem Text, und als Beschreibung in Vorschauen.' }),
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
				text: text('Der Kernpunkt').meta({ description: 'Ein kurzer Satz.' }),
				section: id('Der Abschnitt des Kernpunkts').meta({ description: 'Slug des Abschnitts, den der Satz zusammenfasst.' }),
			}),
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
					text: text('Die Beschreibung des Ereignisses').meta({ description: 'Was geschah, in einem Satz.' }),
					section: id('Der Abschnitt des Ereignisses').meta({ description: 'Slug des Abschnitts, der davon berichtet.' }),
					participants: z.array(id('Die Kennung der Person')).default([]).meta({ description: 'Kennungen der beteiligten Personen (aus `participants`).' }),
				})
				.refine((event) => event.date !== undefined || event.marker !== undefined, 'Ein Ereignis braucht ein Datum (date) oder eine Zeitangabe (marker).'),
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
});

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
export type PersonFile = z.output<typeof personFileSchema>;
