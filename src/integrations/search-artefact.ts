import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artefactFiles, isInsidePath, searchArtefactDir } from '../lib/search/artefact.ts';
import { searchIndexList } from '../lib/urls.ts';

/**
 * As the build ends, moves what only the search index reads (the files of
 * `suchindex.json`'s list and the list and glossary files themselves) from
 * the output folder into the search artefact beside it
 * (src/lib/search/artefact.ts), which it empties first. Placed before the
 * integrations that read the output folder (sitemap, `_headers`, the record
 * of the kept output): none of them sees a search document.
 */
export function searchArtefact(): AstroIntegration {
	return {
		name: 'lagebild-search-artefact',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const artefact = searchArtefactDir(outDir);
				const listed: unknown = JSON.parse(await readFile(join(outDir, searchIndexList), 'utf8'));
				if (!Array.isArray(listed) || !listed.every(isInsidePath))
					throw new Error(`${join(outDir, searchIndexList)}: erwartet eine Liste von Pfaden im Ausgabeordner.`);
				await rm(artefact, { recursive: true, force: true });
				const files = [...(listed as string[]), ...artefactFiles];
				for (const file of files) {
					await mkdir(dirname(join(artefact, file)), { recursive: true });
					await rename(join(outDir, file), join(artefact, file));
					// The document's folder (`<article>/suchdokument/`) held only the document.
					if (file.includes('/')) await rmdir(dirname(join(outDir, file))).catch(() => undefined);
				}
				logger.info(`${listed.length} Suchdokumente für den Suchindex nach ${artefact} verschoben`);
			},
		},
	};
}
