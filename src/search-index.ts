/**
 * The build's last step (`npm run build`: `astro build`, then this): the
 * Pagefind search index, into `<site>/pagefind/`, in a process of its own.
 * Astro's process has ended by then, so Pagefind's memory does not add to
 * what Astro held (at 10,000 stories, 3.9 GiB on top of Astro's 8.6 GiB).
 * It reads the search artefact beside the site (src/lib/search/artefact.ts):
 * the pages its `suchindex.json` lists, in that order (the stories' search
 * documents newest first: the order of equal results,
 * `src/lib/search/index-order.ts`). The stories are the index's only pages:
 * the glossary's terms reach the search as a file of their own
 * (`/suche/begriffe.json`). The artefact stays, so the step can run again without a build.
 *
 * `node src/search-index.ts [site]`: the folder Astro wrote, `dist` if none is given.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { isInsidePath, searchArtefactDir } from './lib/search/artefact.ts';
import { searchIndexList } from './lib/urls.ts';

/** The one language of the index. */
const LANGUAGE = 'de';

export interface Indexed {
	/** Pages Pagefind read. */
	pages: number;
}

/** The pages to index, in order, from the list the build wrote; refuses a missing or malformed list. Also the bench's floor over the same documents. */
export async function listedFiles(artefact: string): Promise<string[]> {
	const file = join(artefact, searchIndexList);
	const text = await readFile(file, 'utf8').catch(() => {
		throw new Error(`${file} fehlt: \`astro build\` schreibt die Liste der Seiten für den Suchindex.`);
	});
	const files: unknown = JSON.parse(text);
	if (!Array.isArray(files) || !files.every(isInsidePath)) {
		throw new Error(`${file}: erwartet eine Liste von Pfaden im Ausgabeordner.`);
	}
	return files as string[];
}

/** Files sent to Pagefind before the answer for the first of them is awaited. */
const IN_FLIGHT = 16;

/**
 * Indexes the pages that the search artefact of the built site in `site`
 * lists, in that order (Pagefind numbers pages as they come, and keeps that
 * order among equal results), into `site`.
 */
export async function indexSite(site: string): Promise<Indexed> {
	const artefact = searchArtefactDir(site);
	const files = await listedFiles(artefact);
	const pages = await writeSearchIndex(files, (file) => readFile(join(artefact, file), 'utf8'), join(site, 'pagefind'));
	return { pages };
}

/**
 * Pagefind over `files` (their paths as the index names them; `read` gives
 * each one's HTML), in that order, written to `outputPath`; the number of
 * pages it read. Also the bench's floor, Pagefind alone (bench/floor.ts).
 */
export async function writeSearchIndex(
	files: readonly string[],
	read: (file: string) => Promise<string>,
	outputPath: string,
): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	let pages = 0;
	try {
		// Pagefind takes the files one after the other in the order they were sent; a few in flight spare it the wait for each answer.
		const inFlight: Array<Promise<void>> = [];
		for (const file of files) {
			const added = index.addHTMLFile({ sourcePath: file, content: await read(file) }).then((response) => {
				if (response.errors.length > 0) throw new Error(`Pagefind, ${file}: ${response.errors.join('; ')}`);
				pages += 1;
			});
			added.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
			inFlight.push(added);
			if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
		}
		await Promise.all(inFlight);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	return pages;
}

async function main(argument: string | undefined): Promise<void> {
	const site = resolve(argument ?? 'dist');
	const built = await stat(join(site, 'index.html')).then(
		() => true,
		() => false,
	);
	if (!built) throw new Error(`${site} enthält keine gebaute Website: erst \`astro build\`, dann der Suchindex.`);
	const started = performance.now();
	const { pages } = await indexSite(site);
	console.log(`[lagebild-suchindex] ${pages} Seiten gelesen in ${Math.round(performance.now() - started)} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main(process.argv[2]).catch((error: unknown) => {
		console.error(`[lagebild-suchindex] ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	});
}
