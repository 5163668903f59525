import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergePolicies, parsePolicy, policyText } from '../lib/headers-file.ts';

/**
 * The start of a page: where its <meta http-equiv="content-security-policy">
 * stands. Read synchronously: for thousands of small reads, the thread pool's
 * round trips cost more than the reads.
 */
function head(file: string): string {
	const handle = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(16 * 1024);
		const length = readSync(handle, buffer, 0, buffer.length, 0);
		const start = buffer.toString('utf8', 0, length);
		return policyText(start) || length < buffer.length ? start : readFileSync(file, 'utf8');
	} finally {
		closeSync(handle);
	}
}

/**
 * After the build, `<outDir>/_headers` is written from the policies the
 * pages carry (each already keeps only the hashes it needs: `src/middleware.ts`).
 * Only the start of each page is read: at 26,000 pages this takes a second
 * or two, not half a minute.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'lagebild-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
				// Most pages carry the same policy: each distinct one is parsed once.
				const texts = new Set<string>();
				for (const file of files) {
					const text = policyText(head(join(root, file)));
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
