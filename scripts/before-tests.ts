/**
 * What `npm test` does before Vitest: the format check, then the type check
 * beside the two builds the tests read (dist/ from content/, and
 * tests/.site/dist/ from the test content). Each of them keeps mostly one
 * core busy, so on two cores the type check costs no time of its own.
 * The output of each step is printed when it ends, as one block; the first
 * step that fails ends the run with its exit code.
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

function report(result: { name: string; code: number; output: string }): void {
	console.log(`\n── ${result.name} ${result.code === 0 ? '✓' : `✗ (Exit-Code ${result.code})`}\n${result.output.trimEnd()}`);
	if (result.code !== 0) process.exit(result.code);
}

async function inOrder(steps: Step[]): Promise<void> {
	for (const step of steps) report(await run(step));
}

report(await run({ name: 'Formatprüfung (prettier --check)', script: 'format:check' }));
await Promise.all([
	run({ name: 'Typprüfung (astro check)', script: 'check' }).then(report),
	inOrder([
		{ name: 'Bau der Website (dist/)', script: 'build' },
		{ name: 'Bau der Test-Website (tests/.site/dist/)', script: 'build:test-site' },
	]),
]);
