/**
 * What `npm test` does before Vitest: the format check, and beside it the
 * two builds the tests read (dist/ from content/, then tests/.site/dist/ from
 * the test content) and after them the type check. The output of each step
 * is printed when it ends, as one block; a step that fails ends the run with
 * its exit code once the others have ended.
 */
import { spawn } from 'node:child_process';

interface Step {
	name: string;
	script: string;
}

function run({ name, script }: Step): Promise<{ name: string; code: number; output: string }> {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', script], {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, FORCE_COLOR: '0' },
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
	// The type check after the builds, not beside them: `astro check` syncs the content as a build does, into the
	// project's .astro/ folder and the cache folder, writing each file as a temporary one and renaming it; with two
	// processes doing that at once, one failed to rename its data-store.json.tmp (seen once).
	inOrder([
		{ name: 'Bau der Website (dist/)', script: 'build' },
		{ name: 'Bau der Test-Website (tests/.site/dist/)', script: 'build:test-site' },
		{ name: 'Typprüfung (astro check)', script: 'check' },
	]),
]);
process.exitCode = codes.find((code) => code !== 0) ?? 0;
