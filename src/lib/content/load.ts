import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { cacheKey } from '../file-cache.ts';
import { internStrings } from '../intern.ts';
import { PREVIEWS_NEWEST } from '../preview-paths.ts';
import { RESERVED_PERSON_IDS, RESERVED_SLUGS, isSlug, slugify } from '../slug.ts';
import type { Lexicon } from '../search/compounds.ts';
import { buildArticle, type ArticleInput } from './article.ts';
import { ContentError } from './errors.ts';
import { formatDateTime, instant } from '../dates.ts';
import { parseYaml, splitFrontmatter, validate } from './frontmatter.ts';
import type { ArticleModel, ContentModel } from './model.ts';
import { buildPeople, byNewest } from './people.ts';
import { personFileSchema, type PersonFile } from './schema.ts';
import type { Pool } from '../worker-pool.ts';

export interface LoadOptions {
	/** The content folder, with `articles/*.md` and `participants/*.yaml`. */
	dir: string;
	/** Where messages count paths from (the project). */
	root: string;
	lexicon: Lexicon;
	labels: ArticleInput['labels'];
	/**
	 * Models of an earlier load to take instead of building an article again:
	 * `version` names the code that builds models (a change makes every key
	 * new), `get` returns the model stored under that input key, if any.
	 */
	reuse?: { version: string; get(slug: string, inputKey: string): ArticleModel | undefined } | undefined;
	/** How many of the newest articles have preview images of their own (see ArticleModel.ownPreviews). */
	previewsNewest?: number | undefined;
	/**
	 * Worker threads that build models (given everyone in the participants
	 * folder and how many articles need building): used when at least
	 * PARALLEL_FROM articles need building, and closed after the load.
	 * Without it every article is built here. The workers bring their own
	 * word list and labels: the site's (src/loaders/content-options.ts),
	 * which must be the same as `lexicon` and `labels` above.
	 */
	workers?: ((people: ReadonlyMap<string, PersonFile>, jobs: number) => Pool<ArticleJob, ArticleModel>) | undefined;
	/** The build's time: stories published after it are held back. Default: now. */
	now?: Date | undefined;
}

/** What a worker needs to build one article; people, lexicon and labels it has already. */
export type ArticleJob = Pick<ArticleInput, 'slug' | 'file' | 'source'>;

/** Below this many articles to build, starting workers (~1 s each) costs more than it saves. */
export const PARALLEL_FROM = 24;

async function filesIn(dir: string, extension: string): Promise<string[]> {
	try {
		return (await readdir(dir)).filter((name) => extname(name) === extension && !name.startsWith('.') && !name.startsWith('_')).sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}

/**
 * The content folder → the content model: every file read once, every check
 * run, articles newest first, people alphabetically with their appearances.
 * The first problem stops the load with a ContentError naming file and line.
 */
export async function loadContent(options: LoadOptions): Promise<ContentModel> {
	const at = (...parts: string[]) => join(options.dir, ...parts);
	const shown = (path: string) => relative(options.root, path) || path;

	const personFiles = await Promise.all(
		(await filesIn(at('participants'), '.yaml')).map(async (name) => {
			const path = at('participants', name);
			const id = basename(name, '.yaml');
			if (!isSlug(id)) throw new ContentError(shown(path), undefined, undefined, `Der Dateiname ergibt die Kennung „${id}“: erlaubt sind a–z, 0–9 und einzelne Bindestriche.`);
			if (RESERVED_PERSON_IDS.has(id)) throw new ContentError(shown(path), undefined, undefined, `Der Dateiname ergibt die Kennung „${id}“, die für eine Seite der Website reserviert ist (/personen/${id}/).`);
			const text = await readFile(path, 'utf8');
			const data: PersonFile = validate(personFileSchema, parseYaml(text, shown(path)), shown(path));
			return { id, file: shown(path), data, text };
		}),
	);
	const people = new Map(personFiles.map((person) => [person.id, person.data]));
	// An article's model rests on its file and on the person files (its participants' and everyone else's): all of them count.
	const peopleKey = cacheKey(personFiles.flatMap((person) => [person.id, person.text]));
	const inputKeys = new Map<string, string>();

	const heldBack: ContentModel['heldBack'] = [];
	// Every file read and keyed first; models kept from the last build are taken, drafts left out unread, the rest built.
	const read = await Promise.all(
		(await filesIn(at('articles'), '.md')).map(async (name) => {
			const path = at('articles', name);
			const slug = slugify(basename(name, '.md'));
			if (!isSlug(slug) || RESERVED_SLUGS.has(slug)) {
				throw new ContentError(shown(path), undefined, undefined, `Der Dateiname ergibt den Artikel-Slug „${slug}“, der als Adresse nicht taugt oder für eine Seite der Website reserviert ist.`);
			}
			const source = await readFile(path, 'utf8');
			const inputKey = cacheKey([options.reuse?.version, peopleKey, shown(path), source]);
			// A model kept under this very input is no draft's (a draft is never built): its front matter need not be read again.
			const kept = options.reuse?.get(slug, inputKey);
			if (!kept && isDraft(source, shown(path))) {
				heldBack.push({ file: shown(path), reason: 'Entwurf (draft: true)' });
				return undefined;
			}
			inputKeys.set(slug, inputKey);
			return { job: { slug, file: shown(path), source }, kept };
		}),
	);
	const inputs = read.filter((input) => input !== undefined);
	const toBuild = inputs.filter((input) => input.kept === undefined).length;
	const pool = options.workers && toBuild >= PARALLEL_FROM ? options.workers(people, toBuild) : undefined;
	// Each new model keeps one instance of each text it repeats (src/lib/intern.ts): the content layer holds them all, the whole build long.
	const build = async (job: ArticleJob) => internStrings(await (pool ? pool.run(job) : buildArticle({ ...job, people, lexicon: options.lexicon, labels: options.labels })));
	let settled: Array<PromiseSettledResult<ArticleModel>>;
	try {
		settled = await Promise.allSettled(inputs.map(({ job, kept }) => (kept ? Promise.resolve(kept) : build(job))));
	} finally {
		await pool?.close();
	}
	// The first problem in file order, however the workers' answers arrived.
	const failed = settled.find((result) => result.status === 'rejected');
	if (failed) throw failed.reason;
	// Checked like any story, but held back until a build after its time.
	const now = (options.now ?? new Date()).getTime();
	const articles = settled
		.map((result) => (result as PromiseFulfilledResult<ArticleModel>).value)
		.filter((article) => {
			if (instant(article.published) <= now) return true;
			heldBack.push({ file: article.file, reason: `geplant für ${formatDateTime(article.published)}` });
			return false;
		});
	const slugs = new Map<string, string>();
	for (const article of articles) {
		const other = slugs.get(article.slug);
		if (other) throw new ContentError(article.file, undefined, undefined, `Ergibt denselben Artikel-Slug „${article.slug}“ wie ${other}.`);
		slugs.set(article.slug, article.file);
	}
	articles.sort(byNewest);
	articles.forEach((article, index) => {
		article.ownPreviews = index < (options.previewsNewest ?? PREVIEWS_NEWEST);
	});
	heldBack.sort((a, b) => a.file.localeCompare(b.file));
	return { articles, people: buildPeople(personFiles, articles), inputKeys, built: toBuild, heldBack };
}

/** A draft (`draft: true`) is left out before anything else reads it: the rest of its front matter may be unfinished. */
function isDraft(source: string, file: string): boolean {
	const split = splitFrontmatter(source);
	// Only front matter that spells the key (plainly or quoted, or through an escape in a quoted key) can set it: the rest is
	// not parsed here, but once, where the model is built (on a worker thread, when there are many).
	if (!split.yaml.includes('draft') && !split.yaml.includes('\\')) return false;
	const data = parseYaml(split.yaml, file, split.yamlLine).data as { draft?: unknown } | null;
	return data?.draft === true;
}
