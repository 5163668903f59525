/**
 * The build's last step (`npm run build`: `astro build`, then this): the
 * Pagefind search index, into `<site>/pagefind/`, in a process of its own.
 * Astro's process has ended by then, so Pagefind's memory does not add to
 * what Astro held (at 10,000 stories, 3.9 GiB on top of Astro's 8.6 GiB).
 * Then it removes the stories' search documents, which only the index reads.
 *
 * `node src/search-index.ts [site]`: the folder Astro wrote, `dist` if none is given.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { articlePages } from './lib/contract.ts';
import { searchIndexGlobs } from './lib/urls.ts';

export interface Indexed {
	/** Pages Pagefind read. */
	pages: number;
	/** Search documents removed afterwards. */
	documents: number;
}

/** Removes `<article>/suchdokument/` from the output; how many there were. */
async function removeSearchDocuments(site: string): Promise<number> {
	const folders = (await readdir(site, { withFileTypes: true })).filter((entry) => entry.isDirectory());
	const removed = await Promise.all(
		folders.map(async (folder) => {
			const document = join(site, folder.name, articlePages.searchDocument);
			const present = await readdir(document).then(() => true, () => false);
			if (present) await rm(document, { recursive: true });
			return present;
		}),
	);
	return removed.filter(Boolean).length;
}

/** Indexes the built site in `site` (only the pages of `searchIndexGlobs`) and removes the search documents. */
export async function indexSite(site: string): Promise<Indexed> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	let pages = 0;
	try {
		for (const glob of searchIndexGlobs) {
			const added = await index.addDirectory({ path: site, glob });
			if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
			pages += added.page_count;
		}
		const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	return { pages, documents: await removeSearchDocuments(site) };
}

async function main(argument: string | undefined): Promise<void> {
	const site = resolve(argument ?? 'dist');
	const built = await stat(join(site, 'index.html')).then(() => true, () => false);
	if (!built) throw new Error(`${site} enthält keine gebaute Website: erst \`astro build\`, dann der Suchindex.`);
	const started = performance.now();
	const { pages, documents } = await indexSite(site);
	console.log(`[lagebild-suchindex] ${pages} Seiten gelesen in ${Math.round(performance.now() - started)} ms; ${documents} Suchdokumente danach entfernt`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main(process.argv[2]).catch((error: unknown) => {
		console.error(`[lagebild-suchindex] ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	});
}
