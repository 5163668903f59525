/**
 * Which files of a kept output folder no longer belong to the site. Astro
 * empties `dist/` before every build and copies its cached pages back; the
 * site keeps `dist/` instead (src/integrations/kept-output.ts), so a page
 * that is still current costs nothing. What the build no longer makes (a
 * deleted story's pages, an old script bundle, an old index file) is then
 * removed here: a file is stale when this build neither wrote it nor counts
 * it among its routes' outputs or the `public/` files.
 */

export interface OutputFile {
	/** Path relative to the output folder, `/`-separated. */
	path: string;
	/** Last modification, in ms since the epoch. */
	modified: number;
}

/**
 * Files written after `since` are this build's; the others stay only if the
 * build names them (a route's output it kept, a file of `public/`).
 * `since` should lie a little before the build started: file times come from
 * a coarser clock than `Date.now()`.
 */
export function staleFiles(files: readonly OutputFile[], kept: ReadonlySet<string>, since: number): string[] {
	return files.filter((file) => file.modified < since && !kept.has(file.path)).map((file) => file.path);
}

/** The folders that deleting `paths` may leave empty, deepest first (each is removed only if it is). */
export function foldersOf(paths: readonly string[]): string[] {
	const folders = new Set<string>();
	for (const path of paths) {
		const parts = path.split('/');
		for (let depth = parts.length - 1; depth > 0; depth--) folders.add(parts.slice(0, depth).join('/'));
	}
	return [...folders].sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b));
}

/** Whether the output folder is still the one this cache's last build left (its record and the folder agree). */
export interface OutputStamp {
	outDir: string;
	/** `_headers`, written last by every build: its time and size. */
	marker: { modified: number; size: number } | undefined;
}

export function sameOutput(recorded: OutputStamp | undefined, now: OutputStamp): boolean {
	return (
		recorded !== undefined &&
		recorded.outDir === now.outDir &&
		recorded.marker !== undefined &&
		now.marker !== undefined &&
		recorded.marker.modified === now.marker.modified &&
		recorded.marker.size === now.marker.size
	);
}
