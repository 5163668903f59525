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
 * The files this build left untouched (their time is the one listed when it
 * started) and does not name (a route's output it kept, a file of `public/`).
 * Only file times are compared, never a file time with the build's clock.
 */
export function staleFiles(files: readonly OutputFile[], before: ReadonlyMap<string, number>, kept: ReadonlySet<string>): string[] {
	return files.filter((file) => before.get(file.path) === file.modified && !kept.has(file.path)).map((file) => file.path);
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

/** A stamp as read from its file: anything else (an empty or damaged file) is none. */
export function readStamp(text: string): OutputStamp | undefined {
	try {
		const value = JSON.parse(text) as Partial<OutputStamp> | null;
		const marker = value?.marker;
		if (typeof value?.outDir !== 'string' || typeof marker?.modified !== 'number' || typeof marker.size !== 'number') return undefined;
		return { outDir: value.outDir, marker: { modified: marker.modified, size: marker.size } };
	} catch {
		return undefined;
	}
}

/**
 * Whether an output folder may be emptied and kept by the build at all: not
 * the project itself or a folder holding it, its sources, `public/` or the cache.
 */
export function safeOutDir(outDir: string, protectedDirs: readonly string[]): boolean {
	const folder = (path: string) => (path.endsWith('/') ? path : `${path}/`);
	return protectedDirs.every((dir) => !folder(dir).startsWith(folder(outDir)));
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
