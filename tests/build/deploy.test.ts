import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/paths.ts';

/**
 * `npm run deploy` (scripts/deploy.ts) on the built test site. No
 * bucket or Pages project is reachable here: a stand-in `aws` on the PATH
 * records how it is called (the real CLI is a maintained program; what the
 * project owns is which calls it makes).
 */
const run = promisify(execFile);
const bin = mkdtempSync(join(tmpdir(), 'lagebild-deploy-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
const log = join(bin, 'aws-calls.jsonl');
writeFileSync(
	join(bin, 'aws'),
	`#!${process.execPath}\nrequire('node:fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)) + '\\n');\n`,
);
chmodSync(join(bin, 'aws'), 0o755);

async function deploy(args: string[], path = `${bin}:${process.env['PATH']}`): Promise<{ code: number; output: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, [join(projectRoot, 'scripts/deploy.ts'), ...args, `--dist=${distDir}`], {
			cwd: projectRoot,
			env: { ...process.env, PATH: path },
		});
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code?: number; stdout?: string; stderr?: string };
		return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
	}
}

/** The folder as the tool names it (no trailing slash). */
const site = resolve(distDir);
const files = (readdirSync(distDir, { recursive: true }) as string[]).filter((name) => statSync(join(distDir, name)).isFile());

describe('npm run deploy', () => {
	it('check: counts the files by cache rule and holds them against the hosts’ limits', async () => {
		const { code, output } = await deploy(['check']);
		expect(code).toBe(0);
		expect(output).toContain(`${files.length} Dateien`);
		expect(output).toMatch(/Cloudflare Pages: passt \(\d+ Dateien \(höchstens 20000\)\)/);
		expect(output).toMatch(/GitHub Pages: passt/);
		const images = files.filter((name) => name.startsWith('og/')).length;
		expect(output).toMatch(new RegExp(`\\s${images}  Vorschaubilder: Cache-Control public, max-age=86400`));
	});

	it('s3: one `aws s3 sync` per cache rule in order, then the deletions, and the headers the CDN must add', async () => {
		rmSync(log, { force: true });
		const { code, output } = await deploy(['s3', '--bucket=s3://lagebild-test', '--endpoint=http://127.0.0.1:9', '--dry-run']);
		expect(code).toBe(0);
		// The tool first asks `aws --version` whether the CLI is there.
		const calls = readFileSync(log, 'utf8')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as string[])
			.filter((call) => call[0] !== '--version');
		expect(calls.map((call) => call.slice(0, 4))).toEqual(Array.from({ length: 6 }, () => ['s3', 'sync', site, 's3://lagebild-test']));
		const control = (call: string[]) => call[call.indexOf('--cache-control') + 1];
		expect(calls.slice(0, 5).map(control)).toEqual([
			'public, max-age=31536000, immutable',
			'public, max-age=31536000, immutable',
			'public, max-age=3600',
			'public, max-age=86400',
			'public, max-age=300, must-revalidate',
		]);
		for (const call of calls) expect(call).toEqual(expect.arrayContaining(['--endpoint-url', 'http://127.0.0.1:9', '--dryrun']));
		expect(calls[5]).toContain('--delete');
		expect(calls[5]).not.toContain('--cache-control');
		expect(output).toContain('das CDN muss sie jeder Antwort hinzufügen');
		expect(output).toMatch(/Content-Security-Policy: default-src 'self'.*frame-ancestors 'none'/);
		expect(output).toContain('X-Content-Type-Options: nosniff');
	});

	it('s3 without the AWS CLI, or without a bucket, stops with a reason and uploads nothing', async () => {
		const missing = await deploy(['s3', '--bucket=s3://lagebild-test'], '/nonexistent');
		expect(missing.code).toBe(1);
		expect(missing.output).toContain('Die AWS CLI („aws“) fehlt');
		const noBucket = await deploy(['s3']);
		expect(noBucket.code).toBe(2);
		expect(noBucket.output).toContain('--bucket=s3://name fehlt');
	});

	it('pages: the wrangler call for the project (dry run), and an unknown target is refused', async () => {
		const { code, output } = await deploy(['pages', '--project=lagebild', '--branch=vorschau', '--dry-run']);
		expect(code).toBe(0);
		expect(output).toContain(`(--dry-run) npx --yes wrangler pages deploy ${site} --project-name lagebild --branch vorschau`);
		expect((await deploy(['ftp'])).code).toBe(2);
	});
});
