import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleLoader } from './loaders/article-loader.ts';
import { participantGroups } from './lib/participant-groups.ts';

/** The content folder; tests and the benchmark point it elsewhere. */
const contentDir = process.env['LAGEBILD_CONTENT_DIR'] ?? './content';

const nonEmpty = (field: string) => z.string({ error: `${field} fehlt.` }).trim().min(1, `${field} darf nicht leer sein.`);


const participants = defineCollection({
	loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/participants` }),
	schema: z.object({
		name: nonEmpty('Der Name'),
		role: nonEmpty('Die Rolle'),
		/** Where a role is not stated in the article: what it rests on. */
		roleSource: z.string().optional(),
		organisation: nonEmpty('Land oder Organisation'),
		sortName: z.string().optional(),
		/** Other spellings and declined forms under which the text names the person. */
		aliases: z.array(z.string().trim().min(1)).default([]),
	}),
});

const articles = defineCollection({
	loader: articleLoader({ base: `${contentDir}/articles` }),
	schema: z.object({
		title: nonEmpty('Die Schlagzeile (title)'),
		description: nonEmpty('Der Vorspann (description)'),
		event: z.object({
			date: z.coerce.date({ error: 'Das Datum des Ereignisses ist kein gültiges Datum (JJJJ-MM-TT).' }),
			place: nonEmpty('Der Ort des Ereignisses'),
		}),
		source: z.object({
			statement: nonEmpty('Die Quellenangabe'),
			url: z.url({ protocol: /^https?$/, error: 'Nur http- oder https-Adressen.' }).optional(),
		}),
		editorialNotes: z.array(z.string().trim().min(1)).default([]),
		/** Passages the edition translated, shown with the original (marked with its language). */
		translations: z
			.array(
				z.object({
					original: nonEmpty('Der Originaltext'),
					lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'Die Sprache muss ein Sprachcode wie „en“ sein.'),
					translation: nonEmpty('Die Übersetzung'),
				}),
			)
			.default([]),
		participants: z
			.array(
				z.object({
					id: reference('participants'),
					group: z.enum(participantGroups),
				}),
			)
			.default([]),
		/** „Das Wichtigste in Kürze“: three to five sentences, each summing up one section (by its slug). */
		keyPoints: z
			.array(z.object({ text: nonEmpty('Der Kernpunkt'), section: nonEmpty('Der Abschnitt des Kernpunkts') }))
			.refine((points) => points.length === 0 || (points.length >= 3 && points.length <= 5), 'Drei bis fünf Kernpunkte, oder keine.')
			.default([]),
		/** „Chronologie“: events the story names, in order, each dated or with a marker where the text gives no date. */
		timeline: z
			.array(
				z
					.object({
						date: z.coerce.date({ error: 'Das Datum ist kein gültiges Datum (JJJJ-MM-TT).' }).optional(),
						marker: z.string().trim().min(1).optional(),
						text: nonEmpty('Die Beschreibung des Ereignisses'),
						section: nonEmpty('Der Abschnitt des Ereignisses'),
						participants: z.array(reference('participants')).default([]),
					})
					.refine((event) => event.date !== undefined || event.marker !== undefined, 'Ein Ereignis braucht ein Datum oder eine Zeitangabe (marker).'),
			)
			.default([]),
		/** Terms a reader may not know, with the spellings under which the text uses them. */
		glossary: z
			.array(
				z.object({
					term: nonEmpty('Der Begriff'),
					aliases: z.array(z.string().trim().min(1)).default([]),
					definition: nonEmpty('Die Erklärung'),
					source: z.url({ protocol: /^https?$/, error: 'Nur http- oder https-Adressen.' }).optional(),
				}),
			)
			.default([]),
	}),
});

export const collections = { articles, participants };
