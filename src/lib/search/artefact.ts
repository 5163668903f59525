import { basename, dirname, join } from 'node:path';
import { searchIndexList } from '../urls.ts';

/**
 * The search artefact: what `astro build` writes for the search index only
 * (the stories' search documents and the list that orders them), moved out of the output folder as the build ends
 * (src/integrations/search-artefact.ts) and read from there by the index step
 * (src/search-index.ts). The site that is deployed never holds it, so the
 * sitemap, `_headers` and the kept output folder see only pages readers get.
 *
 * It lies beside the output folder, `.<name>-suche/` (`dist` → `.dist-suche`),
 * so a build into another folder (tests, benchmark) has its own.
 */
export function searchArtefactDir(outDir: string): string {
	return join(dirname(outDir), `.${basename(outDir)}-suche`);
}

/** The file of the artefact beside the documents it names (paths relative to the output folder). */
export const artefactFiles = [searchIndexList] as const;

/** Whether a path from the list stays inside the folder it is relative to: no absolute path, no `..`, not empty. */
export function isInsidePath(path: unknown): path is string {
	return typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.split('/').includes('..');
}
