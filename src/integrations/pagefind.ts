import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { articlePages } from '../lib/contract.ts';
import { searchIndexGlobs } from '../lib/urls.ts';

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

/**
 * Builds the Pagefind search index right after Astro has written the site,
 * into `<outDir>/pagefind/`: part of every `astro build`, no extra step.
 * Then it removes the stories' search documents, which only the index reads.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'lagebild-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
				if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
				// Only the pages that can carry the index's body (the stories' search documents, the glossary) are read.
				let pages = 0;
				for (const glob of searchIndexGlobs) {
					const added = await index.addDirectory({ path: site, glob });
					if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
					pages += added.page_count;
				}
				const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
				if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				// The stories' search documents are for the index only: readers never load them.
				const documents = await removeSearchDocuments(site);
				logger.info(`${pages} Seiten gelesen in ${Math.round(performance.now() - started)} ms; ${documents} Suchdokumente danach entfernt`);
			},
		},
	};
}
