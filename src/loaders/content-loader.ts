import type { Loader, LoaderContext } from 'astro/loaders';
import dictionary from 'dictionary-de';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { de } from '../i18n/de.ts';
import { loadContent, type LoadOptions } from '../lib/content/load.ts';
import type { ContentModel } from '../lib/content/model.ts';
import { dictionaryFromHunspell } from '../lib/search/compounds.ts';
import { definitionId, paths } from '../lib/urls.ts';

/**
 * The content layer's one producer: both collections (articles and people)
 * come from one load of the content folder, which reads every file once and
 * runs every check. In `astro dev`, a change in the folder loads it again.
 */

let current: { key: string; model: Promise<ContentModel> } | undefined;
let generation = 0;

/** What the site's content load needs besides the folder: the German word list and the site's labels and paths. */
export function contentOptions(dir: string, root: string): LoadOptions {
	return {
		dir,
		root,
		lexicon: dictionaryFromHunspell(new TextDecoder().decode(dictionary.dic)),
		labels: {
			anchorLink: de.anchorLink,
			tableLabel: de.tableLabel,
			defaultGroup: de.defaultGroup,
			glossaryHref: paths.glossaryTerm,
			personHref: paths.participant,
			sourceMarker: de.sourceMarker,
			definitionId,
		},
	};
}

function model(dir: string, root: string): Promise<ContentModel> {
	const key = `${dir}#${generation}`;
	if (current?.key !== key) current = { key, model: loadContent(contentOptions(dir, root)) };
	return current.model;
}

function contentLoader(name: string, dir: string, store: (context: LoaderContext, content: ContentModel) => void): Loader {
	return {
		name,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const folder = resolve(root, dir);
			const fill = async () => {
				const content = await model(folder, root);
				context.store.clear();
				store(context, content);
			};
			await fill();
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
	return contentLoader('lagebild-articles', dir, (context, content) => {
		for (const article of content.articles) context.store.set({ id: article.slug, data: { ...article }, filePath: article.file });
	});
}

/** People: each participant file with the articles that cast them. */
export function personLoader(dir: string): Loader {
	return contentLoader('lagebild-people', dir, (context, content) => {
		for (const person of content.people) context.store.set({ id: person.id, data: { ...person }, filePath: person.file });
	});
}
