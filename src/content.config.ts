import { defineCollection } from 'astro:content';
import * as z from 'zod';
import { articleLoader, personLoader } from './loaders/content-loader.ts';
import type { ArticleModel, PersonModel } from './lib/content/model.ts';

/**
 * Two collections from one content folder (tests and the benchmark point it
 * elsewhere). The loader validates what editors write against the schemas in
 * `src/lib/content/schema.ts` and yields the typed model; the model is
 * computed, not written, so its types come from `model.ts`.
 */
const contentDir = process.env['LAGEBILD_CONTENT_DIR'] ?? './content';

export const collections = {
	articles: defineCollection({ loader: articleLoader(contentDir), schema: z.custom<ArticleModel>() }),
	participants: defineCollection({ loader: personLoader(contentDir), schema: z.custom<PersonModel>() }),
};
