/**
 * What `npm test` does before Vitest, side by side: the format check, the
 * type check, and the two builds the tests read (dist/ from content/, then
 * tests/.site/dist/ from the test content). Each keeps mostly one core
 * busy, so on two cores the checks cost little time of their own. The
 * output of each step is printed when it ends, as one block; a step that
 * fails ends the run with its exit code once the others have ended.
 */
import { spawn } from 'node:child_process';

interface Step {
	name: string;
	script: string;
	/** Variables of its own, over the environment's. */
	env?: Record<string, string>;
}

function run({ name, script, env = {} }: Step): Promise<{ name: string; code: number; output: string }> {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', script], {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, FORCE_COLOR: '0', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('close', (code) => resolve({ name, code: code ?? 1, output }));
	});
}

function report(result: { name: string; code: number; output: string }): number {
	console.log(`\n── ${result.name} ${result.code === 0 ? '✓' : `✗ (Exit-Code ${result.code})`}\n${result.output.trimEnd()}`);
	return result.code;
}

/** Steps one after the other, each reported when it ends; stops at the first that fails. */
async function inOrder(steps: Step[]): Promise<number> {
	for (const step of steps) {
		const code = report(await run(step));
		if (code !== 0) return code;
	}
	return 0;
}

const codes = await Promise.all([
	run({ name: 'Formatprüfung (prettier --check)', script: 'format:check' }).then(report),
	// Its own cache folder: `astro check` syncs the content as the build beside it does, and two processes writing one
	// cache folder's content store at once make one fail (each renames its data-store.json.tmp; seen once).
	run({ name: 'Typprüfung (astro check)', script: 'check', env: { LAGEBILD_CACHE_DIR: 'node_modules/.astro-check' } }).then(report),
	inOrder([
		{ name: 'Bau der Website (dist/)', script: 'build' },
		{ name: 'Bau der Test-Website (tests/.site/dist/)', script: 'build:test-site' },
	]),
]);
process.exitCode = codes.find((code) => code !== 0) ?? 0;
