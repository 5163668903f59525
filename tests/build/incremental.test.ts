import {
	appendFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, type AstroRun } from '../helpers/astro.ts';
import { indexedDocuments, type IndexedDocument } from '../helpers/dist.ts';
import { projectRoot, testContentDir as fixtureSite } from '../helpers/paths.ts';

/**
 * Issue 13, incremental builds: a second build with the first one's cache
 * folder re-renders only what changed. Two articles of the test content
 * (kanzlerwahl, kurzmeldung), built three times: once clean, once
 * unchanged, once after one sentence was added to kurzmeldung.
 */
/**
 * Inside the project (tests/.site/, ignored by git), not in the system's temp
 * folder: for an outDir outside the project, Astro bundles into the project's
 * shared .astro/.prerender/, where another test's build running at the same
 * time would replace the chunks mid-build.
 */
mkdirSync(join(projectRoot, 'tests/.site'), { recursive: true });
const dir = mkdtempSync(join(projectRoot, 'tests/.site/inkrementell-'));
mkdirSync(join(dir, 'articles'));
for (const name of ['kanzlerwahl.md', 'kurzmeldung.md']) cpSync(join(fixtureSite, 'articles', name), join(dir, 'articles', name));
cpSync(join(fixtureSite, 'participants'), join(dir, 'participants'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function snapshot(): Map<string, string> {
	const dist = join(dir, 'dist');
	const files = new Map<string, string>();
	for (const name of readdirSync(dist, { recursive: true }) as string[]) {
		if (name.startsWith('pagefind') || !statSync(join(dist, name)).isFile()) continue;
		files.set(
			name,
			createHash('sha1')
				.update(readFileSync(join(dist, name)))
				.digest('hex'),
		);
	}
	return files;
}

const changed = (before: Map<string, string>, after: Map<string, string>) =>
	[...after]
		.filter(([name, hash]) => before.get(name) !== hash)
		.map(([name]) => name)
		.sort();
/** Pages Astro took from the last build, as its log names them. */
const reused = (run: AstroRun) => [...run.output.matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((match) => match[1]!).sort();

/** Every file of a built site, pagefind/ included, by path, with a hash of its bytes. */
const allFiles = (dist: string) =>
	(readdirSync(dist, { recursive: true }) as string[])
		.filter((name) => statSync(join(dist, name)).isFile())
		.sort()
		.map(
			(name) =>
				`${name} ${createHash('sha1')
					.update(readFileSync(join(dist, name)))
					.digest('hex')}`,
		);
/** Pages the build copied back from its cache folder (not already in the output folder). */
const restored = (run: AstroRun) => [...run.output.matchAll(/├─ (\S+) \(restored\)/g)].map((match) => match[1]!).sort();
const KEPT = 'Ausgabeordner vom letzten Bau behalten';

let first: Map<string, string>;
let unchanged: { run: AstroRun; files: Map<string, string>; index: IndexedDocument[] };
let edited: { run: AstroRun; files: Map<string, string>; index: IndexedDocument[]; page: string };
/** After kurzmeldung.md was deleted (and a stray file put into the output folder). */
let removed: { run: AstroRun; files: string[]; index: IndexedDocument[] };
/** After another build wrote into the output folder (a page and _headers changed by hand). */
let foreign: { run: AstroRun; files: string[]; page: string };
/** After a build that was stopped while it wrote pages, built again. */
let afterFailure: { stopped: string; run: AstroRun; files: string[] };

/** Starts a build as `runAstro` does and kills it once its output shows `moment`; its output until then. */
function stoppedBuild(contentDir: string, moment: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(contentDir, 'dist')],
			{
				cwd: projectRoot,
				env: {
					...process.env,
					LAGEBILD_CONTENT_DIR: contentDir,
					LAGEBILD_CACHE_DIR: join(contentDir, '.cache'),
					NO_COLOR: '1',
					FORCE_COLOR: '0',
				},
			},
		);
		let output = '';
		const take = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes(moment)) child.kill('SIGKILL');
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		child.on('error', reject);
		child.on('close', () => resolve(output));
	});
}
/** A clean build of what is left (kanzlerwahl alone), in a folder of its own. */
let reference: { files: string[]; page: string; people: string };

/** The first build's log. */
let cleanRun: AstroRun;

beforeAll(async () => {
	const clean = await runAstro('build', dir);
	expect(clean.code, clean.output).toBe(0);
	expect(reused(clean)).toEqual([]);
	cleanRun = clean;
	first = snapshot();
	const again = await runAstro('build', dir);
	unchanged = { run: again, files: snapshot(), index: indexedDocuments(join(dir, 'dist')) };
	appendFileSync(join(dir, 'articles/kurzmeldung.md'), '\nDiese Meldung wurde nachträglich ergänzt.\n');
	const third = await runAstro('build', dir);
	edited = {
		run: third,
		files: snapshot(),
		index: indexedDocuments(join(dir, 'dist')),
		page: readFileSync(join(dir, 'dist/kurzmeldung/index.html'), 'utf8'),
	};

	rmSync(join(dir, 'articles/kurzmeldung.md'));
	mkdirSync(join(dir, 'dist/verwaist'));
	writeFileSync(join(dir, 'dist/verwaist/index.html'), '<p>Von keinem Bau</p>');
	const fourth = await runAstro('build', dir);
	removed = { run: fourth, files: allFiles(join(dir, 'dist')), index: indexedDocuments(join(dir, 'dist')) };

	writeFileSync(join(dir, 'dist/kanzlerwahl/index.html'), '<p>fremd</p>');
	appendFileSync(join(dir, 'dist/_headers'), '\n# von einem anderen Bau\n');
	const fifth = await runAstro('build', dir);
	foreign = { run: fifth, files: allFiles(join(dir, 'dist')), page: readFileSync(join(dir, 'dist/kanzlerwahl/index.html'), 'utf8') };

	const stopped = await stoppedBuild(dir, 'generating static routes');
	const mended = await runAstro('build', dir);
	afterFailure = { stopped, run: mended, files: allFiles(join(dir, 'dist')) };

	const other = mkdtempSync(join(projectRoot, 'tests/.site/inkrementell-sauber-'));
	try {
		cpSync(join(dir, 'articles'), join(other, 'articles'), { recursive: true });
		cpSync(join(dir, 'participants'), join(other, 'participants'), { recursive: true });
		const clean = await runAstro('build', other);
		expect(clean.code, clean.output).toBe(0);
		reference = {
			files: allFiles(join(other, 'dist')),
			page: readFileSync(join(other, 'dist/kanzlerwahl/index.html'), 'utf8'),
			people: readFileSync(join(other, 'dist/personen/index.html'), 'utf8'),
		};
	} finally {
		rmSync(other, { recursive: true, force: true });
	}
}, 360_000);

describe('a clean build', () => {
	it('asks for the preview images after every page, so that they are drawn on another core while the pages render', () => {
		// Astro lists each file as it writes it, in its route order (pages written at once share a line).
		const written = [...cleanRun.output.matchAll(/├─ (\/\S*?\.(?:html|png))/g)].map((match) => match[1]!);
		const images = written.flatMap((file, index) => (file.startsWith('/og/') ? [index] : []));
		// The home page is the one route Astro orders after them (it has no segment at all).
		const pages = written.flatMap((file, index) => (file.endsWith('.html') && file !== '/index.html' ? [index] : []));
		expect(images.length).toBeGreaterThan(1);
		expect(pages.length).toBeGreaterThan(10);
		expect(Math.min(...images)).toBeGreaterThan(Math.max(...pages));
	});
});

describe('an incremental build', () => {
	it('with nothing changed takes every article, person and image page from the last build, and writes the same files', () => {
		expect(unchanged.run.code, unchanged.run.output).toBe(0);
		const taken = reused(unchanged.run);
		expect(taken).toEqual(
			expect.arrayContaining([
				'/kanzlerwahl/index.html',
				'/kurzmeldung/index.html',
				'/kurzmeldung/was-eine-kurzmeldung-ist/index.html',
				'/og/kanzlerwahl.png',
				'/personen/friedrich-merz/index.html',
				'/personen/friedrich-merz/rss.xml',
			]),
		);
		// Pages made from the whole archive (home, lists, search) are rendered each time.
		expect(taken).not.toContain('/index.html');
		expect(changed(first, unchanged.files)).toEqual([]);
	});

	it('after one article was edited renders that article’s pages again, takes the other’s, and shows the new sentence', () => {
		expect(edited.run.code, edited.run.output).toBe(0);
		const taken = reused(edited.run);
		expect(taken).toEqual(
			expect.arrayContaining(['/kanzlerwahl/index.html', '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/index.html', '/og/kanzlerwahl.png']),
		);
		expect(taken.filter((page) => page.startsWith('/kurzmeldung/'))).toEqual([]);
		const differs = changed(unchanged.files, edited.files);
		expect(differs).toEqual(expect.arrayContaining(['kurzmeldung/index.html', 'kurzmeldung/was-eine-kurzmeldung-ist/index.html']));
		expect(differs.filter((name) => name.startsWith('kanzlerwahl/'))).toEqual([]);
		expect(edited.page).toContain('Diese Meldung wurde nachträglich ergänzt.');
	});

	it('indexes both stories each time, from search documents taken from the cache or rendered anew, and leaves none in the output', () => {
		// Neither story defines a glossary term: the index holds their documents only.
		const urls = ['/kanzlerwahl/suchdokument/', '/kurzmeldung/suchdokument/'];
		expect(unchanged.index.map((document) => document.url).sort()).toEqual(urls);
		expect(edited.index.map((document) => document.url).sort()).toEqual(urls);
		expect(reused(unchanged.run)).toContain('/kanzlerwahl/suchdokument/index.html');
		// The edited story is searchable with its new sentence; the other one as before.
		expect(edited.index.find((document) => document.url === '/kurzmeldung/suchdokument/')!.content).toContain(
			'Diese Meldung wurde nachträglich ergänzt.',
		);
		expect(unchanged.index.find((document) => document.url === '/kurzmeldung/suchdokument/')!.content).not.toContain('nachträglich');
		expect(edited.index.find((document) => document.url === '/kanzlerwahl/suchdokument/')!.content).toBe(
			unchanged.index.find((document) => document.url === '/kanzlerwahl/suchdokument/')!.content,
		);
		for (const story of ['kanzlerwahl', 'kurzmeldung']) expect(existsSync(join(dir, 'dist', story, 'suchdokument')), story).toBe(false);
	});

	it('reuses the article models of the last build: all of them when nothing changed, all but the edited one after an edit', () => {
		expect(first.size).toBeGreaterThan(0);
		expect(unchanged.run.output).toContain('2 Artikel aus dem letzten Bau übernommen, 0 neu gebaut');
		expect(edited.run.output).toContain('1 Artikel aus dem letzten Bau übernommen, 1 neu gebaut');
	});

	it('keeps the output folder: pages still current stay in place, none is copied back from the cache but the search documents (moved into the search artefact as each build ends)', () => {
		for (const run of [unchanged.run, edited.run, removed.run]) {
			expect(run.output).toContain(KEPT);
			expect(restored(run).filter((page) => !page.endsWith('/suchdokument/index.html'))).toEqual([]);
		}
	});

	it('after an article is deleted, its pages, images and index entry are gone, as is a file no build made: the folder equals a clean build’s', () => {
		expect(removed.run.code, removed.run.output).toBe(0);
		expect(removed.files.filter((name) => name.includes('kurzmeldung') || name.includes('verwaist'))).toEqual([]);
		expect(removed.index.map((document) => document.url).sort()).toEqual(['/kanzlerwahl/suchdokument/']);
		expect(removed.files).toEqual(reference.files);
	});

	it('after a build stopped half-way, the next one starts from an empty folder and ends as a clean build', () => {
		expect(afterFailure.stopped).toContain(KEPT);
		expect(afterFailure.stopped).not.toContain('Complete!');
		expect(afterFailure.run.code, afterFailure.run.output).toBe(0);
		expect(afterFailure.run.output).not.toContain(KEPT);
		expect(afterFailure.files).toEqual(reference.files);
	});

	it('a site with fewer people than the limit (300) lists them all on /personen/, without pages per initial', () => {
		const $ = load(reference.people);
		expect($('main .person-summary')).toHaveLength(
			readdirSync(join(fixtureSite, 'participants')).filter((name) => name.endsWith('.yaml')).length,
		);
		expect($('main nav.people-initials')).toHaveLength(0);
		expect(reference.files.filter((name) => name.startsWith('personen/buchstabe/'))).toEqual([]);
		expect(reference.files.some((name) => name.startsWith('personen/index.html '))).toBe(true);
	});

	it('empties an output folder that is not as this cache’s last build left it (another build wrote into it), as Astro would, and restores its pages', () => {
		expect(foreign.run.code, foreign.run.output).toBe(0);
		expect(foreign.run.output).not.toContain(KEPT);
		expect(restored(foreign.run)).toContain('/kanzlerwahl/index.html');
		expect(foreign.page).toBe(reference.page);
		expect(foreign.files).toEqual(reference.files);
	});
});
