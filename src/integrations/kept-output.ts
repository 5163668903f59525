import type { AstroIntegration } from 'astro';
import { readdirSync, rmdirSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldersOf, readStamp, safeOutDir, sameOutput, staleFiles, type OutputFile, type OutputStamp } from '../lib/stale-files.ts';

/** Written last by every build (src/integrations/headers.ts): its time and size tell whether `dist/` is still ours. */
const MARKER = '_headers';
const STAMP = 'lagebild-output.json';

const posix = (path: string) => path.split(sep).join('/');
/** A git checkout or worktree in the output folder (`.git` folder or file) is not the build's: never emptied, never pruned. */
const notOurs = (path: string) => path === '.git' || path.startsWith('.git/');

function marker(outDir: string): OutputStamp['marker'] {
	try {
		const stats = statSync(join(outDir, MARKER));
		return { modified: stats.mtimeMs, size: stats.size };
	} catch {
		return undefined;
	}
}

function filesIn(root: string): OutputFile[] {
	let entries;
	try {
		entries = readdirSync(root, { recursive: true, withFileTypes: true });
	} catch {
		return []; // no output folder yet
	}
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path: posix(relative(root, path)), modified: statSync(path).mtimeMs };
		})
		.filter((file) => !notOurs(file.path));
}

/** The files of `before` that `kept` does not name and that are still there, with their times now. */
function candidates(root: string, before: ReadonlyMap<string, number>, kept: ReadonlySet<string>): OutputFile[] {
	const files: OutputFile[] = [];
	for (const path of before.keys()) {
		if (kept.has(path)) continue;
		try {
			files.push({ path, modified: statSync(join(root, path)).mtimeMs });
		} catch {
			// gone meanwhile
		}
	}
	return files;
}

/**
 * Keeps the output folder between builds. Astro empties it before each build
 * and then copies every page its incremental cache kept back in (at 1,000
 * stories: 18,000 files, 545 MB, each time); kept, a page that is still
 * current stays where it is. Two integrations, placed around the others:
 *
 * - `prune` (first): at the start, empties the folder as Astro would unless
 *   it is exactly what this cache's last build left (a build from other
 *   content into the same folder, a hand-edited `_headers`, no record), and
 *   lists what is in it; after the pages, removes what this build neither
 *   wrote nor names (src/lib/stale-files.ts), before Pagefind, the sitemap
 *   and `_headers` read the folder.
 * - `stamp` (last): records the finished folder in the cache folder. The
 *   record is removed when a build starts, so a build that fails or is
 *   stopped half-way leaves none, and the next one starts from an empty folder.
 */
export function keptOutput(): { prune: AstroIntegration; stamp: AstroIntegration } {
	let outDir = '';
	let publicDir = '';
	let stampFile = '';
	/** The folder's files and their times when the build started. */
	let before = new Map<string, number>();
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
					const protectedDirs = [config.root, config.srcDir, config.publicDir, config.cacheDir].map((url) => fileURLToPath(url));
					if (!safeOutDir(outDir, protectedDirs))
						throw new Error(
							`Der Ausgabeordner ${outDir} enthält das Projekt, seine Quellen, public/ oder den Cache: Ein Bau würde sie löschen.`,
						);
				},
				'astro:build:start': async ({ logger }) => {
					const recorded = await readFile(stampFile, 'utf8').then(readStamp, () => undefined);
					// From here until the last hook the folder is in the making: no record.
					await rm(stampFile, { force: true });
					if (sameOutput(recorded, { outDir, marker: marker(outDir) })) {
						logger.info('Ausgabeordner vom letzten Bau behalten: unveränderte Seiten bleiben liegen');
					} else {
						const entries = await readdir(outDir).catch(() => [] as string[]);
						await Promise.all(
							entries.filter((entry) => !notOurs(entry)).map((entry) => rm(join(outDir, entry), { recursive: true, force: true })),
						);
					}
					before = new Map(filesIn(outDir).map((file) => [file.path, file.modified]));
				},
				'astro:build:done': async ({ dir, assets, logger }) => {
					const root = fileURLToPath(dir);
					const kept = new Set<string>();
					for (const files of assets.values()) for (const file of files) kept.add(posix(relative(root, fileURLToPath(file))));
					const inPublic = await readdir(publicDir, { recursive: true, withFileTypes: true }).catch(() => []);
					for (const entry of inPublic) if (entry.isFile()) kept.add(posix(relative(publicDir, join(entry.parentPath, entry.name))));
					// Only a file the folder held when the build started, and that the build does not name, can be stale: only those are looked at again.
					const stale = staleFiles(candidates(root, before, kept), before, kept);
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
					// Written whole or not at all.
					await writeFile(`${stampFile}.neu`, JSON.stringify(stamp));
					await rename(`${stampFile}.neu`, stampFile);
				},
			},
		},
	};
}
