/**
 * `npm run deploy -- <ziel>`: the built site (dist/) to a host.
 *
 *   npm run deploy -- check                                   files and sizes against the hosts' limits
 *   npm run deploy -- s3 --bucket=s3://name [--endpoint=URL]  object storage behind a CDN (AWS CLI)
 *   npm run deploy -- pages --project=name [--branch=main]    Cloudflare Pages (wrangler)
 *
 * Options: --dist=dist (another build folder), --dry-run (print and let the
 * CLI simulate, change nothing), --force (deploy past a host's limit).
 * Credentials come from the CLIs' own environment (AWS_ACCESS_KEY_ID …,
 * CLOUDFLARE_API_TOKEN); nothing here stores them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { CACHE_RULES, cacheRuleFor, checkLimits, pagesCommand, s3SyncCommands, type SiteFile } from '../src/lib/deploy.ts';

const USAGE =
	'Aufruf: npm run deploy -- check | s3 --bucket=s3://name [--endpoint=URL] | pages --project=name [--branch=main]  [--dist=dist] [--dry-run] [--force]';

function siteFiles(dist: string): SiteFile[] {
	return (readdirSync(dist, { recursive: true }) as string[])
		.map((name) => ({ name, stat: statSync(join(dist, name)) }))
		.filter(({ stat }) => stat.isFile())
		.map(({ name, stat }) => ({ path: name.split(sep).join('/'), bytes: stat.size }));
}

/** Runs a command without a shell, its output passed through; false when it fails. */
function run(command: readonly string[]): boolean {
	console.log(`$ ${command.map((part) => (/[\s*'"]/.test(part) ? `'${part}'` : part)).join(' ')}`);
	const result = spawnSync(command[0]!, command.slice(1), { stdio: 'inherit' });
	if (result.error) {
		console.error(`${command[0]}: ${result.error.message}`);
		return false;
	}
	return result.status === 0;
}

function available(command: string): boolean {
	return !spawnSync(command, ['--version'], { stdio: 'ignore' }).error;
}

/** The headers the CDN must add to every response: object storage cannot send them (from dist/_headers). */
function securityHeaders(dist: string): string[] {
	const file = join(dist, '_headers');
	if (!existsSync(file)) return [];
	const lines = readFileSync(file, 'utf8').split('\n');
	const end = lines.findIndex((line, index) => index > 0 && line.trim() === '');
	return lines
		.slice(1, end === -1 ? undefined : end)
		.map((line) => line.trim())
		.filter(Boolean);
}

function main(argv: readonly string[]): number {
	const [target, ...rest] = argv;
	const options = new Map<string, string>();
	for (const argument of rest) {
		const [name, value = 'true'] = argument.replace(/^--/, '').split(/=(.*)/s, 2) as [string, string?];
		options.set(name, value);
	}
	const dist = resolve(options.get('dist') ?? 'dist');
	const dryRun = options.has('dry-run');
	const force = options.has('force');
	if (!target || !['check', 's3', 'pages'].includes(target)) {
		console.error(USAGE);
		return 2;
	}
	if (!existsSync(join(dist, 'index.html'))) {
		console.error(`${dist} enthält keine gebaute Website: erst „npm run build“.`);
		return 1;
	}

	const files = siteFiles(dist);
	const total = files.reduce((sum, file) => sum + file.bytes, 0);
	console.log(`${dist}: ${files.length} Dateien, ${(total / 1024 / 1024).toFixed(1)} MiB`);
	const byRule = new Map<string, number>();
	for (const file of files) {
		const { what } = cacheRuleFor(file.path);
		byRule.set(what, (byRule.get(what) ?? 0) + 1);
	}
	for (const rule of CACHE_RULES)
		console.log(`  ${String(byRule.get(rule.what) ?? 0).padStart(7)}  ${rule.what}: Cache-Control ${rule.cacheControl}`);
	const checks = [checkLimits(files, 'cloudflarePages'), checkLimits(files, 'githubPages')];
	for (const check of checks) console.log(`${check.host}: ${check.ok ? 'passt' : 'passt NICHT'} (${check.findings.join('; ')})`);

	if (target === 'check') return checks.every((check) => check.ok) ? 0 : 1;

	if (target === 's3') {
		const bucket = options.get('bucket');
		if (!bucket?.startsWith('s3://')) {
			console.error(`--bucket=s3://name fehlt.\n${USAGE}`);
			return 2;
		}
		if (!available('aws')) {
			console.error(
				'Die AWS CLI („aws“) fehlt: Debian-Paket awscli oder https://aws.amazon.com/cli/. Sie spricht jeden S3-kompatiblen Speicher an (--endpoint=URL).',
			);
			return 1;
		}
		for (const command of s3SyncCommands({ dist, bucket, endpoint: options.get('endpoint'), dryRun })) {
			if (!run(command)) return 1;
		}
		const headers = securityHeaders(dist);
		if (headers.length > 0) {
			console.log(
				'\nDer Objektspeicher sendet diese Kopfzeilen nicht: das CDN muss sie jeder Antwort hinzufügen (CloudFront: Response-Headers-Policy; Cloudflare: Transform Rule):',
			);
			for (const header of headers) console.log(`  ${header}`);
		}
		return 0;
	}

	const project = options.get('project');
	if (!project) {
		console.error(`--project=name fehlt.\n${USAGE}`);
		return 2;
	}
	const cloudflare = checks[0]!;
	if (!cloudflare.ok && !force) {
		console.error(
			`${cloudflare.host} nimmt diese Website nicht an (${cloudflare.findings.join('; ')}). Weniger Vorschaubilder (LAGEBILD_PREVIEWS) oder Objektspeicher mit CDN (npm run deploy -- s3); --force versucht es trotzdem.`,
		);
		return 1;
	}
	const command = pagesCommand({ dist, project, branch: options.get('branch') });
	if (dryRun) {
		console.log(`(--dry-run) ${command.join(' ')}`);
		return 0;
	}
	return run(command) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
