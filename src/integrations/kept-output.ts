import type { AstroIntegration } from 'astro';
import { readdirSync, rmdirSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldersOf, sameOutput, staleFiles, type OutputFile, type OutputStamp } from '../lib/stale-files.ts';

/** Written last by every build (src/integrations/headers.ts): its time and size tell whether `dist/` is still ours. */
const MARKER = '_headers';
const STAMP = 'lagebild-output.json';
/** File times come from a coarser clock than `Date.now()`. */
const CLOCK_SLACK_MS = 1_000;

const posix = (path: string) => path.split(sep).join('/');

function marker(outDir: string): OutputStamp['marker'] {
	try {
		const stats = statSync(join(outDir, MARKER));
		return { modified: stats.mtimeMs, size: stats.size };
	} catch {
		return undefined;
	}
}

function filesIn(root: string): OutputFile[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path: posix(relative(root, path)), modified: statSync(path).mtimeMs };
		})
		.filter((file) => !file.path.startsWith('.git/'));
}

/**
 * Keeps the output folder between builds. Astro empties it before each build
 * and then copies every page its incremental cache kept back in (at 1,000
 * stories: 18,000 files, 545 MB, each time); kept, a page that is still
 * current stays where it is. Two integrations, placed around the others:
 *
 * - `prune` (first): at the start, empties the folder as Astro would unless
 *   it is exactly what this cache's last build left (a build from other
 *   content into the same folder, a hand-edited `_headers`, no record); after
 *   the pages, removes what this build no longer makes (src/lib/stale-files.ts),
 *   before Pagefind, the sitemap and `_headers` read the folder.
 * - `stamp` (last): records the finished folder in the cache folder.
 */
export function keptOutput(): { prune: AstroIntegration; stamp: AstroIntegration } {
	let outDir = '';
	let publicDir = '';
	let stampFile = '';
	let started = 0;
	return {
		prune: {
			name: 'lagebild-kept-output',
			hooks: {
				'astro:config:setup': ({ updateConfig }) => {
					updateConfig({ vite: { build: { emptyOutDir: false } } });
				},
				'astro:config:done': ({ config }) => {
					outDir = fileURLToPath(config.outDir);
					publicDir = fileURLToPath(config.publicDir);
					stampFile = join(fileURLToPath(config.cacheDir), STAMP);
				},
				'astro:build:start': async ({ logger }) => {
					started = Date.now();
					const recorded = await readFile(stampFile, 'utf8').then((text) => JSON.parse(text) as OutputStamp, () => undefined);
					if (sameOutput(recorded, { outDir, marker: marker(outDir) })) {
						logger.info('Ausgabeordner vom letzten Bau behalten: unveränderte Seiten bleiben liegen');
						return;
					}
					const entries = await readdir(outDir).catch(() => [] as string[]);
					await Promise.all(entries.filter((entry) => entry !== '.git').map((entry) => rm(join(outDir, entry), { recursive: true, force: true })));
				},
				'astro:build:done': async ({ dir, assets, logger }) => {
					const root = fileURLToPath(dir);
					const kept = new Set<string>();
					for (const files of assets.values()) for (const file of files) kept.add(posix(relative(root, fileURLToPath(file))));
					const inPublic = await readdir(publicDir, { recursive: true, withFileTypes: true }).catch(() => []);
					for (const entry of inPublic) if (entry.isFile()) kept.add(posix(relative(publicDir, join(entry.parentPath, entry.name))));
					const stale = staleFiles(filesIn(root), kept, started - CLOCK_SLACK_MS);
					await Promise.all(stale.map((path) => rm(join(root, path), { force: true })));
					for (const folder of foldersOf(stale)) {
						try {
							rmdirSync(join(root, folder));
						} catch {
							// not empty: it holds files of this build
						}
					}
					if (stale.length > 0) logger.info(`${stale.length} Dateien entfernt, die dieser Bau nicht mehr erzeugt`);
				},
			},
		},
		stamp: {
			name: 'lagebild-kept-output-stamp',
			hooks: {
				'astro:build:done': async () => {
					const stamp: OutputStamp = { outDir, marker: marker(outDir) };
					await mkdir(join(stampFile, '..'), { recursive: true });
					await writeFile(stampFile, JSON.stringify(stamp));
				},
			},
		},
	};
}
