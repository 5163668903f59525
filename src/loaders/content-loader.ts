import type { Loader, LoaderContext } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/content/load.ts';
import type { ArticleModel, ContentModel, PersonModel } from '../lib/content/model.ts';
import { packModel, unpackModel, type StoredModel } from '../lib/content/stored.ts';
import { cacheKey } from '../lib/file-cache.ts';
import { contentOptions } from './content-options.ts';

/**
 * The content layer's one producer: both collections (articles and people)
 * come from one load of the content folder, which reads every file once and
 * runs every check. In `astro dev`, a change in the folder loads it again.
 */

let current: { key: string; model: Promise<ContentModel> } | undefined;
let generation = 0;
/**
 * The loaders made in this process, and how many have stored the current load in a build (no
 * watcher): once all have, the load is let go. The store holds the models packed, and the
 * pages unpack them; kept here, every model would stay in memory twice while the pages render.
 */
let loaders = 0;
let stored = 0;

/**
 * The version of the code that turns content into models: a hash of the
 * project's src/lib, src/loaders and src/i18n and of the lockfile. Models
 * kept from a build with other code are never reused.
 */
let codeVersion: string | undefined;
function modelCodeVersion(root: string): string {
	if (codeVersion) return codeVersion;
	const files = ['src/lib', 'src/loaders', 'src/i18n'].flatMap((folder) => {
		try {
			return (readdirSync(join(root, folder), { recursive: true }) as string[])
				.map((name) => join(folder, name))
				.filter((name) => /\.(ts|json)$/.test(name));
		} catch {
			return [];
		}
	});
	const parts = [...files.sort(), 'package-lock.json'].flatMap((file) => {
		try {
			return [file, readFileSync(join(root, file))];
		} catch {
			return [file];
		}
	});
	return (codeVersion = cacheKey(parts));
}

/** The article collection's store, once its loader has started: it holds the models of the last build. */
let articleStore: LoaderContext['store'] | undefined;
let handOver: () => void = () => {};
const articleStoreReady = new Promise<void>((resolve) => (handOver = resolve));
/**
 * How long a load waits for the article loader to hand over its store. Astro
 * starts both loaders together, but each only after preparing its context, in
 * no fixed order; without the store every model would be built anew. The
 * bound only matters if the article loader never runs in this process.
 */
const STORE_WAIT_MS = 10_000;
const storeHandedOver = () =>
	articleStore
		? Promise.resolve()
		: Promise.race([articleStoreReady, new Promise<void>((resolve) => setTimeout(resolve, STORE_WAIT_MS).unref())]);

/**
 * One load for both collections. Models the article store kept from the
 * last build (Astro keeps the store in its cache folder) are reused where
 * an article's file, the person files and the code are unchanged. The
 * load starts once the article loader has handed over that store, whichever
 * loader Astro starts first.
 */
function model(dir: string, root: string): Promise<ContentModel> {
	const key = `${dir}#${generation}`;
	if (current?.key !== key) {
		const version = modelCodeVersion(root);
		const started = storeHandedOver().then(() => {
			const store = articleStore;
			const get = (slug: string, inputKey: string) => {
				const entry = store?.get(slug);
				return entry?.digest !== undefined && String(entry.digest).startsWith(`${inputKey}:`)
					? unpackModel<ArticleModel>(entry.data as unknown as StoredModel)
					: undefined;
			};
			return loadContent({ ...contentOptions(dir, root), reuse: { version, get } });
		});
		current = { key, model: started };
	}
	return current.model;
}

/**
 * Stores a model under its digest, packed (src/lib/content/stored.ts). An entry whose digest is
 * unchanged is left as it is, and its model is not packed again: Astro would not take it anyway.
 */
function setEntry(context: LoaderContext, id: string, digest: string, model: ArticleModel | PersonModel, filePath: string): void {
	if (context.store.get(id)?.digest === digest) return;
	context.store.set({ id, data: { ...packModel(model) }, filePath, digest });
}

function contentLoader(
	name: string,
	dir: string,
	/** Sets each entry of the collection (an entry whose digest is unchanged stays as it is); returns their ids. */
	store: (context: LoaderContext, content: ContentModel) => Set<string>,
	articles: boolean,
): Loader {
	loaders += 1;
	return {
		name,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const folder = resolve(root, dir);
			if (articles) {
				articleStore = context.store;
				handOver();
			}
			const fill = async () => {
				const content = await model(folder, root);
				// Entries are replaced one by one and the gone ones deleted, never the store cleared: a store in which no digest
				// changed is not written again (at 1,000 stories, the whole store's serialisation is seconds of every rebuild).
				const ids = store(context, content);
				for (const id of [...context.store.keys()]) if (!ids.has(id)) context.store.delete(id);
				if (articles) {
					context.logger.info(
						`${content.inputKeys.size - content.built} Artikel aus dem letzten Bau übernommen, ${content.built} neu gebaut`,
					);
					for (const { file, reason } of content.heldBack) context.logger.info(`Zurückgehalten: ${file} (${reason})`);
					for (const article of content.articles) for (const warning of article.warnings) context.logger.warn(warning);
				}
			};
			await fill();
			if (!context.watcher) {
				stored += 1;
				if (stored >= loaders) {
					current = undefined;
					stored = 0;
				}
			}
			context.watcher?.add(folder);
			const reload = (changed: string) => {
				if (!changed.startsWith(folder)) return;
				generation += 1;
				fill().catch((error: unknown) => context.logger.error((error as Error).message));
			};
			context.watcher?.on('change', reload).on('add', reload).on('unlink', reload);
		},
	};
}

/** Articles: the checked, rendered model of each Markdown file, newest first. */
export function articleLoader(dir: string): Loader {
	return contentLoader(
		'lagebild-articles',
		dir,
		(context, content) => {
			// The digest: the article's input key (for reuse) and what the archive adds (its rank: own preview images).
			for (const article of content.articles) {
				const digest = `${content.inputKeys.get(article.slug)}:${article.ownPreviews ? 'eigen' : 'website'}`;
				setEntry(context, article.slug, digest, article, article.file);
			}
			return new Set(content.articles.map((article) => article.slug));
		},
		true,
	);
}

/** People: each person file with the articles they take part in. */
export function personLoader(dir: string): Loader {
	return contentLoader(
		'lagebild-people',
		dir,
		(context, content) => {
			for (const person of content.people)
				setEntry(context, person.id, context.generateDigest(person as unknown as Record<string, unknown>), person, person.file);
			return new Set(content.people.map((person) => person.id));
		},
		false,
	);
}
