/**
 * How the built site is served: the cache lifetime of each kind of file for
 * the upload to object storage behind a CDN (scripts/deploy.ts), and
 * the hosts' limits. The `_headers` file that Pages hosts read
 * (src/lib/headers-file.ts) gives the same lifetimes where its rules do not
 * overlap (such hosts add up every matching rule); a test holds them equal.
 */

export interface CacheRule {
	/** What the rule covers, for people. */
	what: string;
	/** Paths below the site root, as globs with `*` (any characters but `/`) and `**` (any). */
	globs: readonly string[];
	cacheControl: string;
}

/** A year, never revalidated: the name changes when the content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The rules in order; a path takes the first that matches. Pages are
 * short-lived (an edited story reaches readers within minutes), files with
 * a content hash in their name live for a year.
 */
export const CACHE_RULES: readonly CacheRule[] = [
	{ what: 'Astros Dateien mit Inhalts-Hash (Skripte, Styles, Schriften)', globs: ['_astro/**'], cacheControl: IMMUTABLE },
	{
		what: 'Pagefinds Index, Fragmente und Filter (Namen mit Inhalts-Hash)',
		globs: ['pagefind/index/**', 'pagefind/fragment/**', 'pagefind/filter/**', 'pagefind/*.pf_meta'],
		cacheControl: IMMUTABLE,
	},
	{
		what: 'Pagefinds Einstieg (pagefind.js, Worker, WebAssembly, Eintrag): feste Namen',
		globs: ['pagefind/**'],
		cacheControl: 'public, max-age=3600',
	},
	{ what: 'Vorschaubilder', globs: ['og/**'], cacheControl: 'public, max-age=86400' },
	{ what: 'Seiten, Feeds, Sitemaps und alles andere', globs: ['**'], cacheControl: 'public, max-age=300, must-revalidate' },
];

function globPattern(glob: string): RegExp {
	const source = glob
		.split(/(\*\*|\*)/)
		.map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`);
}

/** The rule a file (path relative to the site root, `/`-separated) falls under. */
export function cacheRuleFor(path: string): CacheRule {
	const relative = path.replace(/^\/+/, '');
	return CACHE_RULES.find((rule) => rule.globs.some((glob) => globPattern(glob).test(relative)))!;
}

/** Hosts' limits, from their documentation (free plans, 2026). */
export const HOSTS = {
	cloudflarePages: { name: 'Cloudflare Pages', maxFiles: 20_000, maxFileBytes: 25 * 1024 * 1024 },
	githubPages: { name: 'GitHub Pages', maxSiteBytes: 1024 ** 3, maxFileBytes: 100 * 1024 * 1024 },
} as const;

export interface SiteFile {
	/** Relative to the site root, `/`-separated. */
	path: string;
	bytes: number;
}

export interface LimitCheck {
	host: string;
	ok: boolean;
	/** What was counted against which limit, in German. */
	findings: string[];
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MiB`;

/** The site's files against a Pages host's limits. */
export function checkLimits(files: readonly SiteFile[], host: keyof typeof HOSTS): LimitCheck {
	const limits = HOSTS[host];
	const total = files.reduce((sum, file) => sum + file.bytes, 0);
	const findings: string[] = [];
	let ok = true;
	if ('maxFiles' in limits) {
		const fits = files.length <= limits.maxFiles;
		ok &&= fits;
		findings.push(`${files.length} Dateien (höchstens ${limits.maxFiles})${fits ? '' : ': zu viele'}`);
	}
	if ('maxSiteBytes' in limits) {
		const fits = total <= limits.maxSiteBytes;
		ok &&= fits;
		findings.push(`${mib(total)} (höchstens ${mib(limits.maxSiteBytes)})${fits ? '' : ': zu groß'}`);
	}
	const large = files.filter((file) => file.bytes > limits.maxFileBytes);
	if (large.length > 0) {
		ok = false;
		findings.push(`zu große Dateien (höchstens ${mib(limits.maxFileBytes)}): ${large.map((file) => file.path).join(', ')}`);
	}
	return { host: limits.name, ok, findings };
}

/**
 * The upload to an S3-compatible bucket with the AWS CLI (`aws s3 sync`),
 * one pass per cache rule so that each file carries its Cache-Control:
 * hashed assets first, pages last (a page never links a file not yet
 * there), then a pass that deletes what the new build no longer has.
 * Each command is an argument list, run without a shell.
 */
export function s3SyncCommands(options: {
	dist: string;
	bucket: string;
	endpoint?: string | undefined;
	dryRun?: boolean | undefined;
}): string[][] {
	const target = options.bucket.replace(/\/+$/, '');
	const common = [
		...(options.endpoint ? ['--endpoint-url', options.endpoint] : []),
		...(options.dryRun ? ['--dryrun'] : []),
		'--no-progress',
	];
	// The CLI's `*` also matches `/`; later filters win over earlier ones.
	const glob = (pattern: string) => pattern.replace(/\*\*/g, '*');
	const earlier: string[] = [];
	const passes = CACHE_RULES.map((rule) => {
		const filters = [
			'--exclude',
			'*',
			...rule.globs.flatMap((pattern) => ['--include', glob(pattern)]),
			...earlier.flatMap((pattern) => ['--exclude', glob(pattern)]),
		];
		earlier.push(...rule.globs);
		return ['aws', 's3', 'sync', options.dist, target, ...filters, '--cache-control', rule.cacheControl, ...common];
	});
	// Last, only deletions: every file is in the bucket by now with its size, so nothing is uploaded again.
	return [...passes, ['aws', 's3', 'sync', options.dist, target, '--delete', '--size-only', ...common]];
}

/** The deployment to Cloudflare Pages with its CLI (wrangler): it reads dist/_headers. */
export function pagesCommand(options: { dist: string; project: string; branch?: string | undefined }): string[] {
	return [
		'npx',
		'--yes',
		'wrangler',
		'pages',
		'deploy',
		options.dist,
		'--project-name',
		options.project,
		...(options.branch ? ['--branch', options.branch] : []),
	];
}
