import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergePolicies, pagePolicy, prunePolicyHashes } from '../lib/headers-file.ts';

/**
 * After the build: each page's policy keeps only the hashes of what it
 * inlines, and `<outDir>/_headers` is written from the policies the pages carry.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'lagebild-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
				const policies = [];
				for (const file of files) {
					const html = await readFile(join(root, file), 'utf8');
					const pruned = prunePolicyHashes(html);
					if (pruned !== html) await writeFile(join(root, file), pruned);
					const policy = pagePolicy(pruned);
					if (policy) policies.push(policy);
					else logger.warn(`${file}: keine Content-Security-Policy im <meta> (nicht von Astro gebaut?), für _headers übergangen`);
				}
				await writeFile(join(root, '_headers'), headersFile(mergePolicies(policies)));
				logger.info(`_headers aus ${files.length} Seiten geschrieben`);
			},
		},
	};
}
