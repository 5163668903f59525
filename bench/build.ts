import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childGroups, projectRoot } from './util.ts';

export interface BuildOptions {
	/** Another content folder (with articles/ and participants/); default: the project's content/. */
	contentDir?: string;
	/** Astro's cache for that content; only used with contentDir. */
	cacheDir?: string;
	/** Where the site goes; default: dist/. */
	outDir?: string;
	/** More environment for the build (LAGEBILD_PREVIEWS, say). */
	env?: Record<string, string>;
}

export interface BuildResult {
	ok: boolean;
	code: number | null;
	signal: NodeJS.Signals | null;
	seconds: number;
	/** The last part of stdout and stderr together. */
	output: string;
	/** The most memory the processes of one step of the build (Astro; then the index step and the Pagefind binary it starts) held together, sampled every 0.25 s. */
	peakBytes: number;
	/** The most each kind of process held (step and command name, see groupMemoryByProcess: `astro MainThread`, `suchindex pagefind_extend`), each at its own moment. */
	peakByProcess: Record<string, number>;
}

/** Resident memory of every process in a process group, in bytes (Linux /proc; 0 elsewhere). */
export function groupMemory(group: number): number {
	return Object.values(groupMemoryByProcess(group)).reduce((sum, bytes) => sum + bytes, 0);
}

/** The same, by command name as /proc gives it (at most 15 characters: Node's main thread shows as `MainThread`, Pagefind as `pagefind_extend`; processes of the same name added up). */
export function groupMemoryByProcess(group: number): Record<string, number> {
	const byName: Record<string, number> = {};
	let entries: string[];
	try {
		entries = readdirSync('/proc');
	} catch {
		return byName;
	}
	for (const entry of entries) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// The command name in parentheses, then: state, ppid, pgrp, …
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(fields[2]) !== group) continue;
			const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
			const resident = Number(readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]);
			byName[name] = (byName[name] ?? 0) + resident * 4096;
		} catch {
			// gone meanwhile
		}
	}
	return byName;
}

const OUTPUT_LIMIT = 64 * 1024;

/** Environment for a child Astro process: the project's own LAGEBILD_* settings are not inherited. */
export function astroEnv(options: { contentDir?: string; cacheDir?: string }): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
	delete env['LAGEBILD_CONTENT_DIR'];
	delete env['LAGEBILD_CACHE_DIR'];
	if (options.contentDir) {
		env['LAGEBILD_CONTENT_DIR'] = options.contentDir;
		env['LAGEBILD_CACHE_DIR'] = options.cacheDir ?? join(options.contentDir, '.cache');
	}
	return env;
}

export const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

interface StepResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	output: string;
	peakBytes: number;
	peakByProcess: Record<string, number>;
}

/** One step of the build as a child process in its own group, its memory sampled every 0.25 s; process names get `label` in front. */
function runStep(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<StepResult> {
	return new Promise((resolve) => {
		// Its own process group, so an interrupted benchmark can stop it with everything it started.
		const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		if (child.pid) childGroups.add(child.pid);
		let peakBytes = 0;
		const peakByProcess: Record<string, number> = {};
		const sampler = setInterval(() => {
			if (!child.pid) return;
			const now = groupMemoryByProcess(child.pid);
			peakBytes = Math.max(
				peakBytes,
				Object.values(now).reduce((sum, bytes) => sum + bytes, 0),
			);
			for (const [name, bytes] of Object.entries(now))
				peakByProcess[`${label} ${name}`] = Math.max(peakByProcess[`${label} ${name}`] ?? 0, bytes);
		}, 250);
		let output = '';
		const collect = (chunk: Buffer) => {
			output += chunk.toString('utf8');
			if (output.length > OUTPUT_LIMIT * 2) output = output.slice(-OUTPUT_LIMIT);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		const finish = (code: number | null, signal: NodeJS.Signals | null) => {
			clearInterval(sampler);
			if (child.pid) childGroups.delete(child.pid);
			resolve({ code, signal, output, peakBytes, peakByProcess });
		};
		child.on('error', (error) => {
			output += `\n${error.message}`;
			finish(null, null);
		});
		child.on('close', finish);
	});
}

/**
 * Builds as `npm run build` does, with the project's Node (the one running
 * this script), and times it: `astro build`, then, once Astro's process has
 * ended, the search index (src/search-index.ts). The peak is the higher of
 * the two steps' (they never run at the same time).
 */
export async function astroBuild(options: BuildOptions = {}): Promise<BuildResult> {
	const args = [astroBin, 'build'];
	if (options.outDir) args.push('--outDir', options.outDir);
	const env = { ...astroEnv(options), ...options.env };
	const started = performance.now();
	const steps = [await runStep('astro', args, env)];
	if (steps[0]!.code === 0)
		steps.push(await runStep('suchindex', [join(projectRoot, 'src/search-index.ts'), options.outDir ?? join(projectRoot, 'dist')], env));
	const last = steps.at(-1)!;
	return {
		ok: last.code === 0,
		code: last.code,
		signal: last.signal,
		seconds: (performance.now() - started) / 1000,
		output: steps
			.map((step) => step.output)
			.join('')
			.slice(-OUTPUT_LIMIT),
		peakBytes: Math.max(...steps.map((step) => step.peakBytes)),
		peakByProcess: Object.assign({}, ...steps.map((step) => step.peakByProcess)) as Record<string, number>,
	};
}

/** The end of a failed build's log: enough to see the error. */
export function tail(text: string, lines = 25): string {
	return text.trimEnd().split('\n').slice(-lines).join('\n');
}
