import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergePolicies, parsePolicy } from '../lib/headers-file.ts';
import type { pageHeads } from './page-heads.ts';

/**
 * After the build, `<outDir>/_headers` is written from the policies the
 * pages carry (each already keeps only the hashes it needs: `src/middleware.ts`).
 * Only the start of each page is read (./page-heads.ts, shared with the
 * sitemap's dates): at 26,000 pages this takes a second or two, not half a minute.
 */
export function securityHeaders(heads: ReturnType<typeof pageHeads>): AstroIntegration {
	return {
		name: 'lagebild-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
				// Most pages carry the same policy: each distinct one is parsed once.
				const texts = new Set<string>();
				for (const file of files) {
					const text = heads.of(join(root, file))?.policy;
					if (text) texts.add(text);
					else logger.warn(`${file}: keine Content-Security-Policy im <meta> (nicht von Astro gebaut?), für _headers übergangen`);
				}
				const policies = [...texts].map(parsePolicy);
				await writeFile(join(root, '_headers'), headersFile(mergePolicies(policies)));
				logger.info(`_headers aus ${files.length} Seiten geschrieben`);
			},
		},
	};
}
