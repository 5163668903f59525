import { describe, expect, it } from 'vitest';
import { CACHE_RULES, cacheRuleFor, checkLimits, HOSTS, pagesCommand, s3SyncCommands } from '../../src/lib/deploy.ts';
import { headersFile } from '../../src/lib/headers-file.ts';

/** Issue 13: deployment to object storage behind a CDN and to a Pages host. */
describe('cache rules', () => {
	it('hashed files live a year, Pagefind entry files an hour, images a day, pages five minutes', () => {
		const control = (path: string) => cacheRuleFor(path).cacheControl;
		expect(control('_astro/site.Ab12Cd.js')).toBe('public, max-age=31536000, immutable');
		expect(control('/_astro/fonts/noto.woff2')).toBe('public, max-age=31536000, immutable');
		expect(control('pagefind/index/de_1a2b3c.pf_index')).toBe('public, max-age=31536000, immutable');
		expect(control('pagefind/fragment/de_1a2b3c.pf_fragment')).toBe('public, max-age=31536000, immutable');
		expect(control('pagefind/filter/de_1a2b3c.pf_filter')).toBe('public, max-age=31536000, immutable');
		expect(control('pagefind/pagefind.de_1a2b3c.pf_meta')).toBe('public, max-age=31536000, immutable');
		expect(control('pagefind/pagefind.js')).toBe('public, max-age=3600');
		expect(control('pagefind/pagefind-entry.json')).toBe('public, max-age=3600');
		expect(control('pagefind/wasm.de.pagefind')).toBe('public, max-age=3600');
		expect(control('og/artikel/abschnitt.png')).toBe('public, max-age=86400');
		for (const page of [
			'index.html',
			'gipfeltreffen/index.html',
			'rss.xml',
			'sitemap-0.xml',
			'suchwoerter.json',
			'_headers',
			'favicon.svg',
		]) {
			expect(control(page)).toBe('public, max-age=300, must-revalidate');
		}
		// A name that only starts like a rule's folder is not in it.
		expect(control('_astro-notes.html')).toBe('public, max-age=300, must-revalidate');
		expect(control('og.html')).toBe('public, max-age=300, must-revalidate');
	});

	it('takes the dot of a glob as a dot, and a path with any number of leading slashes as below the root', () => {
		const control = (path: string) => cacheRuleFor(path).cacheControl;
		// `pagefind/*.pf_meta`: a name without the dot before the extension is an entry file.
		expect(control('pagefind/pagefind.de_1a2b3c.pf_meta')).toBe('public, max-age=31536000, immutable');
		expect(control('pagefind/pagefind-de_1a2b3c_pf_meta')).toBe('public, max-age=3600');
		expect(control('//_astro/site.Ab12Cd.js')).toBe('public, max-age=31536000, immutable');
		expect(control('///og/artikel.png')).toBe('public, max-age=86400');
	});

	it('every rule says what it covers in words of its own: the upload’s summary counts the files under each', () => {
		const descriptions = CACHE_RULES.map((rule) => rule.what);
		expect(descriptions).toHaveLength(5);
		for (const what of descriptions) expect(what.trim(), what).not.toBe('');
		expect(new Set(descriptions).size).toBe(descriptions.length);
		expect(cacheRuleFor('og/artikel.png').what).toBe('Vorschaubilder');
	});

	it('the _headers file for Pages hosts gives the same lifetimes where its rules stand', () => {
		const file = headersFile(new Map([['default-src', new Set(["'self'"])]]));
		const blocks = file.split('\n\n').map((block) => block.split('\n'));
		const lifetimes = new Map(
			blocks
				.filter((lines) => lines[1]?.includes('Cache-Control'))
				.map((lines) => [lines[0]!, lines[1]!.replace(/^\s*Cache-Control:\s*/, '')]),
		);
		expect(lifetimes.get('/_astro/*')).toBe(cacheRuleFor('_astro/x.js').cacheControl);
		expect(lifetimes.get('/og/*')).toBe(cacheRuleFor('og/x.png').cacheControl);
		expect(lifetimes.get('/pagefind/*')).toBe(cacheRuleFor('pagefind/pagefind.js').cacheControl);
	});
});

describe('upload to S3-compatible storage (AWS CLI)', () => {
	const commands = s3SyncCommands({ dist: '/site/dist', bucket: 's3://lagebild/', endpoint: 'https://s3.example', dryRun: true });

	it('one sync per rule with its Cache-Control, hashed files first, pages last, then deletions', () => {
		expect(commands).toHaveLength(CACHE_RULES.length + 1);
		for (const [index, rule] of CACHE_RULES.entries()) {
			const command = commands[index]!;
			expect(command.slice(0, 5)).toEqual(['aws', 's3', 'sync', '/site/dist', 's3://lagebild']);
			expect(command[command.indexOf('--cache-control') + 1]).toBe(rule.cacheControl);
			expect(command).toEqual(expect.arrayContaining(['--endpoint-url', 'https://s3.example', '--dryrun']));
			expect(command).not.toContain('--delete');
		}
		expect(commands[0]).toContain('_astro/*');
		expect(commands.at(-2)![commands.at(-2)!.indexOf('--cache-control') + 1]).toBe('public, max-age=300, must-revalidate');
		expect(commands.at(-1)).toEqual([
			'aws',
			's3',
			'sync',
			'/site/dist',
			's3://lagebild',
			'--delete',
			'--size-only',
			'--endpoint-url',
			'https://s3.example',
			'--dryrun',
			'--no-progress',
		]);
	});

	it('each pass takes its own files only: everything out, its globs in, earlier rules out again (later filters win)', () => {
		const filters = (command: string[]) => {
			const pairs: string[] = [];
			for (let index = 0; index < command.length; index += 1)
				if (command[index] === '--include' || command[index] === '--exclude') pairs.push(`${command[index]} ${command[index + 1]}`);
			return pairs;
		};
		expect(filters(commands[0]!)).toEqual(['--exclude *', '--include _astro/*']);
		const pagefindEntry = filters(commands[2]!);
		expect(pagefindEntry.slice(0, 2)).toEqual(['--exclude *', '--include pagefind/*']);
		expect(pagefindEntry).toEqual(
			expect.arrayContaining(['--exclude _astro/*', '--exclude pagefind/index/*', '--exclude pagefind/*.pf_meta']),
		);
		expect(pagefindEntry.indexOf('--include pagefind/*')).toBeLessThan(pagefindEntry.indexOf('--exclude pagefind/index/*'));
		const pages = filters(commands.at(-2)!);
		expect(pages[1]).toBe('--include *');
		expect(pages).toEqual(expect.arrayContaining(['--exclude og/*', '--exclude pagefind/*', '--exclude _astro/*']));
	});

	it('without an endpoint or dry run, the CLI talks to AWS itself', () => {
		const [first] = s3SyncCommands({ dist: 'dist', bucket: 's3://b' });
		expect(first).not.toContain('--endpoint-url');
		expect(first).not.toContain('--dryrun');
	});

	it('without an endpoint or dry run, the deletion pass is the sync with nothing more than its own options', () => {
		expect(s3SyncCommands({ dist: 'dist', bucket: 's3://b' }).at(-1)).toEqual([
			'aws',
			's3',
			'sync',
			'dist',
			's3://b',
			'--delete',
			'--size-only',
			'--no-progress',
		]);
	});

	it('drops every slash at the end of the bucket', () => {
		for (const command of s3SyncCommands({ dist: 'dist', bucket: 's3://lagebild///' })) expect(command[4]).toBe('s3://lagebild');
	});
});

describe('hosts’ limits', () => {
	const files = (count: number, bytes = 1000) => Array.from({ length: count }, (_, index) => ({ path: `p/${index}.html`, bytes }));

	it('Cloudflare Pages: at most 20,000 files of at most 25 MiB', () => {
		expect(checkLimits(files(20_000), 'cloudflarePages').ok).toBe(true);
		const over = checkLimits(files(20_001), 'cloudflarePages');
		expect(over).toEqual({ host: 'Cloudflare Pages', ok: false, findings: ['20001 Dateien (höchstens 20000): zu viele'] });
		const big = checkLimits([{ path: 'og/riesig.png', bytes: HOSTS.cloudflarePages.maxFileBytes + 1 }], 'cloudflarePages');
		expect(big.ok).toBe(false);
		expect(big.findings.at(-1)).toContain('og/riesig.png');
	});

	it('Cloudflare Pages: what fits is counted without a complaint; a file of exactly 25 MiB fits, each larger one is named', () => {
		expect(checkLimits(files(20_000), 'cloudflarePages')).toEqual({
			host: 'Cloudflare Pages',
			ok: true,
			findings: ['20000 Dateien (höchstens 20000)'],
		});
		expect(checkLimits([{ path: 'og/genau.png', bytes: 25 * 1024 * 1024 }], 'cloudflarePages')).toEqual({
			host: 'Cloudflare Pages',
			ok: true,
			findings: ['1 Dateien (höchstens 20000)'],
		});
		const big = [
			{ path: 'og/riesig.png', bytes: 25 * 1024 * 1024 + 1 },
			{ path: 'index.html', bytes: 1000 },
			{ path: 'suche/index.pf', bytes: 30 * 1024 * 1024 },
		];
		expect(checkLimits(big, 'cloudflarePages')).toEqual({
			host: 'Cloudflare Pages',
			ok: false,
			findings: ['3 Dateien (höchstens 20000)', 'zu große Dateien (höchstens 25,0 MiB): og/riesig.png, suche/index.pf'],
		});
	});

	it('GitHub Pages: at most 1 GiB in all', () => {
		expect(checkLimits(files(1024, 1024 * 1024), 'githubPages').ok).toBe(true);
		const over = checkLimits(files(1025, 1024 * 1024), 'githubPages');
		expect(over.ok).toBe(false);
		expect(over.findings[0]).toBe('1025,0 MiB (höchstens 1024,0 MiB): zu groß');
	});

	it('GitHub Pages: a site of exactly 1 GiB is counted without a complaint', () => {
		expect(checkLimits(files(1024, 1024 * 1024), 'githubPages')).toEqual({
			host: 'GitHub Pages',
			ok: true,
			findings: ['1024,0 MiB (höchstens 1024,0 MiB)'],
		});
	});
});

describe('Cloudflare Pages (wrangler)', () => {
	it('deploys the folder to the project, on a branch if given', () => {
		expect(pagesCommand({ dist: 'dist', project: 'lagebild' })).toEqual([
			'npx',
			'--yes',
			'wrangler',
			'pages',
			'deploy',
			'dist',
			'--project-name',
			'lagebild',
		]);
		expect(pagesCommand({ dist: 'dist', project: 'lagebild', branch: 'vorschau' }).slice(-2)).toEqual(['--branch', 'vorschau']);
	});
});
