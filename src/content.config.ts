import { defineCollection } from 'astro:content';
import * as z from 'zod';
import { articleLoader, personLoader } from './loaders/content-loader.ts';
import type { StoredModel } from './lib/content/stored.ts';
import { settings } from './lib/settings.ts';

/**
 * Two collections from one content folder (tests and the benchmark point it
 * elsewhere). The loader validates what editors write against the schemas in
 * `src/lib/content/schema.ts` and yields the typed model; the model is
 * computed, not written, so its types come from `model.ts`. The store holds
 * each model packed (`stored.ts`); `src/data/articles.ts` unpacks it for the pages.
 */

export const collections = {
	articles: defineCollection({ loader: articleLoader(settings.contentDir), schema: z.custom<StoredModel>() }),
	people: defineCollection({ loader: personLoader(settings.contentDir), schema: z.custom<StoredModel>() }),
};
