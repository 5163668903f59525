import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchIndexGlobs } from '../lib/urls.ts';

/**
 * Builds the Pagefind search index right after Astro has written the site,
 * into `<outDir>/pagefind/`: part of every `astro build`, no extra step.
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
				// Only the pages that can carry the index's body (sections, glossary) are read.
				let pages = 0;
				for (const glob of searchIndexGlobs) {
					const added = await index.addDirectory({ path: site, glob });
					if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
					pages += added.page_count;
				}
				const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
				if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(`${pages} Seiten gelesen in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
