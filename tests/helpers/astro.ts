import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './paths.ts';

const run = promisify(execFile);

export interface AstroRun {
	code: number;
	output: string;
}

/** A fresh content folder in the temp dir, holding the given article files and person files. */
export function makeContentDir(articles: string[], participantsDir: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'lagebild-content-'));
	mkdirSync(join(dir, 'articles'));
	for (const file of articles) cpSync(file, join(dir, 'articles', file.split('/').at(-1)!));
	cpSync(participantsDir, join(dir, 'participants'), { recursive: true });
	return dir;
}

/** Runs a command with the project's Node; its code and output (stdout, then stderr). */
async function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<AstroRun> {
	try {
		const { stdout, stderr } = await run(process.execPath, args, { cwd: projectRoot, env, maxBuffer: 32 * 1024 * 1024 });
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code?: number; stdout?: string; stderr?: string };
		return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
	}
}

/**
 * Runs the project's Astro CLI (`sync` or `build`) against another content
 * folder; a build as `npm run build` makes it: `astro build`, then, once
 * Astro's process has ended, the search index (src/search-index.ts).
 */
export async function runAstro(command: 'sync' | 'build', contentDir: string): Promise<AstroRun> {
	const args = [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), command];
	if (command === 'build') args.push('--outDir', join(contentDir, 'dist'));
	const env = {
		...process.env,
		LAGEBILD_CONTENT_DIR: contentDir,
		LAGEBILD_CACHE_DIR: join(contentDir, '.cache'),
		NO_COLOR: '1',
		FORCE_COLOR: '0',
	};
	const astro = await runNode(args, env);
	if (command !== 'build' || astro.code !== 0) return astro;
	const index = await runNode([join(projectRoot, 'src/search-index.ts'), join(contentDir, 'dist')], env);
	return { code: index.code, output: astro.output + index.output };
}
