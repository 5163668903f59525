import dictionary from 'dictionary-de';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { de } from '../i18n/de.ts';
import { buildArticle, type ArticleInput } from '../lib/content/article.ts';
import { ContentError } from '../lib/content/errors.ts';
import type { ArticleJob, LoadOptions } from '../lib/content/load.ts';
import type { ArticleModel } from '../lib/content/model.ts';
import type { PersonFile } from '../lib/content/schema.ts';
import { dictionaryFromHunspell, type Lexicon } from '../lib/search/compounds.ts';
import { settings } from '../lib/settings.ts';
import { definitionId, paths } from '../lib/urls.ts';
import { createPool } from '../lib/worker-pool.ts';

/**
 * What the site's content load needs besides the folder: the German word
 * list, the site's labels and paths, and worker threads for large archives.
 * The article workers (./article-worker.ts) build from the same options.
 */

let lexicon: Lexicon | undefined;
/** German words (Hunspell's list), for splitting compounds in the search vocabulary: read once per thread. */
export function germanLexicon(): Lexicon {
	return (lexicon ??= dictionaryFromHunspell(new TextDecoder().decode(dictionary.dic)));
}

/** The site's words and addresses that an article's model carries. */
export const articleLabels: ArticleInput['labels'] = {
	anchorLink: de.anchorLink,
	tableLabel: de.tableLabel,
	defaultGroup: de.defaultGroup,
	glossaryHref: paths.glossaryTerm,
	personHref: paths.person,
	sourceMarker: de.sourceMarker,
	changeMarker: (kind) => de.changeMarker[kind],
	definitionId,
};

/** A ContentError as plain data, for the way back from a worker thread. */
export type ContentFailure =
	| { file: string; line: number | undefined; field: string | undefined; reason: string }
	| { name: string; message: string; stack: string | undefined };

export function contentFailure(error: unknown): ContentFailure {
	if (error instanceof ContentError) return { file: error.file, line: error.line, field: error.field, reason: error.reason };
	if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
	return { name: 'Error', message: String(error), stack: undefined };
}

/** The error as the calling thread would have thrown it: a ContentError with file, line and field, or the same name, message and stack. */
export function reviveFailure(failure: ContentFailure): Error {
	if ('reason' in failure) return new ContentError(failure.file, failure.line, failure.field, failure.reason);
	const error = new Error(failure.message);
	error.name = failure.name;
	if (failure.stack) error.stack = failure.stack;
	return error;
}

/** Worker threads that build article models (one per core, no more than there are articles), given everyone in the participants folder. */
function articleWorkers(people: ReadonlyMap<string, PersonFile>, jobs: number) {
	return createPool<ArticleJob, ArticleModel, ContentFailure>({
		size: Math.min(availableParallelism(), jobs),
		files: [fileURLToPath(new URL('./article-worker.ts', import.meta.url)), resolve(process.cwd(), 'src/loaders/article-worker.ts')],
		here: (job) => buildArticle({ ...job, people, lexicon: germanLexicon(), labels: articleLabels }),
		revive: reviveFailure,
		workerData: { people: [...people] },
	});
}

export function contentOptions(dir: string, root: string): LoadOptions {
	return {
		dir,
		root,
		lexicon: germanLexicon(),
		previewsNewest: settings.previews,
		labels: articleLabels,
		workers: articleWorkers,
	};
}
