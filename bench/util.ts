import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The repository root (bench/ is one level below it). */
export const projectRoot = fileURLToPath(new URL('../', import.meta.url));
export const distDir = join(projectRoot, 'dist');

export const KiB = 1024;

/** Bytes as KiB with one decimal: „12.3 KiB“. */
export function kib(bytes: number | undefined): string {
	if (bytes === undefined || Number.isNaN(bytes)) return '–';
	return `${(bytes / KiB).toFixed(1)} KiB`;
}

/** Large sizes as MiB with one decimal. */
export function mib(bytes: number | undefined): string {
	if (bytes === undefined || Number.isNaN(bytes)) return '–';
	return `${(bytes / KiB / KiB).toFixed(1)} MiB`;
}

export function ms(value: number | undefined, digits = 0): string {
	if (value === undefined || Number.isNaN(value)) return '–';
	return `${value.toFixed(digits)} ms`;
}

export function seconds(value: number | undefined, digits = 1): string {
	if (value === undefined || Number.isNaN(value)) return '–';
	return `${value.toFixed(digits)} s`;
}

export function gzipSize(data: Buffer | string): number {
	return gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;
}

/**
 * How many clean builds a clean build's figure is the median of, on Lagebild's side (part 4) and Astro's (part 6),
 * at sizes up to CLEAN_BUILDS_UP_TO: the first build of a run on this machine varies by more than a fifth from the
 * next, and the ratio compares the two. Larger archives are built once (a clean build of 10,000 stories takes 20 minutes).
 */
export const CLEAN_BUILDS = 3;
export const CLEAN_BUILDS_UP_TO = 1000;
export const cleanBuildsAt = (count: number) => (count <= CLEAN_BUILDS_UP_TO ? CLEAN_BUILDS : 1);

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Sum of file sizes below a folder (0 when it does not exist). */
export function dirSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true, recursive: true });
	} catch {
		return { bytes: 0, files: 0 };
	}
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files += 1;
	}
	return { bytes, files };
}

/** HTML pages in a built site, without Pagefind's folder. */
export function countPages(outDir: string): number {
	let pages = 0;
	for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const relative = join(entry.parentPath, entry.name).slice(outDir.length).replace(/^\/+/, '');
		if (relative.startsWith('pagefind/')) continue;
		pages += 1;
	}
	return pages;
}

export type Align = 'l' | 'r';

/** A plain-text table: header, rule, rows; columns padded to their widest cell. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, align?: readonly Align[]): string {
	const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, column) =>
				(align?.[column] ?? (column === 0 ? 'l' : 'r')) === 'l' ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
			)
			.join('  ')
			.trimEnd();
	return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map((row) => line(row))].join('\n');
}

export function heading(text: string): void {
	console.log(`\n${text}\n${'='.repeat(text.length)}`);
}

export function note(text: string): void {
	console.log(text);
}

export const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

export function errorText(error: unknown): string {
	if (error instanceof Error) return error.stack ?? error.message;
	return String(error);
}

/** Temporary folders of the benchmark: removed if it is interrupted (unless --keep). */
export const tempDirs = new Set<string>();

/** Process groups started by the benchmark; killed if the benchmark itself is interrupted. */
export const childGroups = new Set<number>();

export function killGroup(pid: number, signal: NodeJS.Signals = 'SIGTERM'): void {
	try {
		process.kill(-pid, signal);
	} catch {
		// already gone
	}
}

/** A command in its own process group (stopped with the benchmark), timed; the end of its output. */
export function runIn(cwd: string, command: string, args: string[]): Promise<{ ok: boolean; seconds: number; output: string }> {
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(command, args, {
			cwd,
			env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		});
		if (child.pid) childGroups.add(child.pid);
		let output = '';
		const collect = (chunk: Buffer) => {
			output = (output + chunk.toString('utf8')).slice(-20_000);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('error', (error) => resolve({ ok: false, seconds: 0, output: error.message }));
		child.on('close', (code) => {
			if (child.pid) childGroups.delete(child.pid);
			resolve({ ok: code === 0, seconds: (performance.now() - started) / 1000, output });
		});
	});
}
