import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedDocuments } from '../helpers/dist.ts';
import { projectRoot, testContentDir as fixtureSite } from '../helpers/paths.ts';
import { paths, searchIndexList } from '../../src/lib/urls.ts';
import { searchArtefactDir } from '../../src/lib/search/artefact.ts';

const run = promisify(execFile);

/**
 * Issue 13, memory at 10,000 stories: the search index is built in a step of
 * its own (src/search-index.ts) once Astro's process has ended, as `npm run
 * build` runs it, so Pagefind's memory never adds to Astro's. One short story
 * of the test content, built by `astro build` alone, then indexed.
 */
mkdirSync(join(projectRoot, 'tests/.site'), { recursive: true });
const dir = mkdtempSync(join(projectRoot, 'tests/.site/suchindex-'));
const dist = join(dir, 'dist');
mkdirSync(join(dir, 'articles'));
cpSync(join(fixtureSite, 'articles', 'kurzmeldung.md'), join(dir, 'articles', 'kurzmeldung.md'));
cpSync(join(fixtureSite, 'participants'), join(dir, 'participants'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = { ...process.env, LAGEBILD_CONTENT_DIR: dir, LAGEBILD_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' };
const artefact = searchArtefactDir(dist);
const searchDocument = 'kurzmeldung/suchdokument/index.html';
let afterAstro: {
	inSite: string[];
	inArtefact: boolean;
	index: boolean;
	headers: string;
	sitemap: string;
	list: unknown;
	glossary: unknown;
	log: string;
};
let indexLog: string;

beforeAll(async () => {
	const astro = await run(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
		cwd: projectRoot,
		env,
		maxBuffer: 32 * 1024 * 1024,
	});
	afterAstro = {
		inSite: [searchDocument, 'kurzmeldung/suchdokument', searchIndexList].filter((file) => existsSync(join(dist, file))),
		inArtefact: existsSync(join(artefact, searchDocument)),
		index: existsSync(join(dist, 'pagefind')),
		headers: readFileSync(join(dist, '_headers'), 'utf8'),
		sitemap: readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'),
		list: JSON.parse(readFileSync(join(artefact, searchIndexList), 'utf8')),
		glossary: JSON.parse(readFileSync(join(dist, paths.searchTerms().slice(1)), 'utf8')),
		log: astro.stdout + astro.stderr,
	};
	const index = await run(process.execPath, [join(projectRoot, 'src/search-index.ts'), dist], { cwd: projectRoot, env });
	indexLog = index.stdout + index.stderr;
}, 240_000);

describe('the search index, a step after astro build', () => {
	it('astro build alone writes the site, its sitemap and _headers, and the search artefact beside the site, but no index: Pagefind does not run in Astro’s process', () => {
		expect(afterAstro.headers).toContain('Content-Security-Policy');
		expect(afterAstro.sitemap).toContain('/kurzmeldung/');
		expect(afterAstro.index).toBe(false);
		// What only the index reads is not part of the site: not in the folder, the sitemap or the policy's pages.
		expect(afterAstro.inSite).toEqual([]);
		expect(afterAstro.sitemap).not.toContain('suchdokument');
		expect(afterAstro.inArtefact).toBe(true);
		// What the index step is to read, in order: the search documents newest first. The glossary's terms are a file of the site (this story defines none).
		expect(afterAstro.list).toEqual(['kurzmeldung/suchdokument/index.html']);
		expect(afterAstro.glossary).toEqual([]);
		expect(afterAstro.log.split('\n').filter((line) => /\[lagebild-(pagefind|suchindex)\]|gelesen in/.test(line))).toEqual([]);
	});

	it('then indexes the story’s search document from the artefact, into the site, and leaves the artefact for another run', () => {
		expect(indexLog).toMatch(/\[lagebild-suchindex\] 1 Seiten gelesen in \d+ ms/);
		expect(indexedDocuments(dist).map((document) => document.url)).toEqual(['/kurzmeldung/suchdokument/']);
		expect(existsSync(join(dist, searchDocument))).toBe(false);
		expect(existsSync(join(artefact, searchDocument))).toBe(true);
	});

	it('refuses a folder without a built site, with a message, and exits with an error', async () => {
		const error = (await run(process.execPath, [join(projectRoot, 'src/search-index.ts'), join(dir, 'articles')], {
			cwd: projectRoot,
			env,
		}).then(
			() => undefined,
			(failed: unknown) => failed,
		)) as { code: number; stderr: string } | undefined;
		expect(error?.code).toBe(1);
		expect(error?.stderr).toContain('enthält keine gebaute Website: erst `astro build`, dann der Suchindex.');
	});

	it('refuses a built site without the list of pages, or with a list that leaves the folder, and names the file', async () => {
		const site = join(dir, 'ohne-liste');
		mkdirSync(site, { recursive: true });
		writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="de"><title>x</title></html>');
		const artefactOf = searchArtefactDir(site);
		mkdirSync(artefactOf, { recursive: true });
		const failure = async () =>
			(await run(process.execPath, [join(projectRoot, 'src/search-index.ts'), site], { cwd: projectRoot, env }).then(
				() => undefined,
				(failed: unknown) => failed,
			)) as { code: number; stderr: string } | undefined;
		const missing = await failure();
		expect(missing?.code).toBe(1);
		expect(missing?.stderr).toContain(
			`${join(artefactOf, searchIndexList)} fehlt: \`astro build\` schreibt die Liste der Seiten für den Suchindex.`,
		);
		writeFileSync(join(artefactOf, searchIndexList), JSON.stringify(['../geheim/index.html']));
		const outside = await failure();
		expect(outside?.code).toBe(1);
		expect(outside?.stderr).toContain(`${join(artefactOf, searchIndexList)}: erwartet eine Liste von Pfaden im Ausgabeordner.`);
		expect(existsSync(join(site, 'pagefind'))).toBe(false);
	});
});
