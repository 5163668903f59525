import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
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
		files.set(name, createHash('sha1').update(readFileSync(join(dist, name))).digest('hex'));
	}
	return files;
}

const changed = (before: Map<string, string>, after: Map<string, string>) => [...after].filter(([name, hash]) => before.get(name) !== hash).map(([name]) => name).sort();
/** Pages Astro took from the last build, as its log names them. */
const reused = (run: AstroRun) => [...run.output.matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((match) => match[1]!).sort();

let first: Map<string, string>;
let unchanged: { run: AstroRun; files: Map<string, string>; index: IndexedDocument[] };
let edited: { run: AstroRun; files: Map<string, string>; index: IndexedDocument[] };

beforeAll(async () => {
	const clean = await runAstro('build', dir);
	expect(clean.code, clean.output).toBe(0);
	expect(reused(clean)).toEqual([]);
	first = snapshot();
	const again = await runAstro('build', dir);
	unchanged = { run: again, files: snapshot(), index: indexedDocuments(join(dir, 'dist')) };
	appendFileSync(join(dir, 'articles/kurzmeldung.md'), '\nDiese Meldung wurde nachträglich ergänzt.\n');
	const third = await runAstro('build', dir);
	edited = { run: third, files: snapshot(), index: indexedDocuments(join(dir, 'dist')) };
}, 180_000);

describe('an incremental build', () => {
	it('with nothing changed takes every article, person and image page from the last build, and writes the same files', () => {
		expect(unchanged.run.code, unchanged.run.output).toBe(0);
		const taken = reused(unchanged.run);
		expect(taken).toEqual(expect.arrayContaining(['/kanzlerwahl/index.html', '/kurzmeldung/index.html', '/kurzmeldung/was-eine-kurzmeldung-ist/index.html', '/og/kanzlerwahl.png', '/personen/friedrich-merz/index.html', '/personen/friedrich-merz/rss.xml']));
		// Pages made from the whole archive (home, lists, search) are rendered each time.
		expect(taken).not.toContain('/index.html');
		expect(changed(first, unchanged.files)).toEqual([]);
	});

	it('after one article was edited renders that article’s pages again, takes the other’s, and shows the new sentence', () => {
		expect(edited.run.code, edited.run.output).toBe(0);
		const taken = reused(edited.run);
		expect(taken).toEqual(expect.arrayContaining(['/kanzlerwahl/index.html', '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/index.html', '/og/kanzlerwahl.png']));
		expect(taken.filter((page) => page.startsWith('/kurzmeldung/'))).toEqual([]);
		const differs = changed(unchanged.files, edited.files);
		expect(differs).toEqual(expect.arrayContaining(['kurzmeldung/index.html', 'kurzmeldung/was-eine-kurzmeldung-ist/index.html']));
		expect(differs.filter((name) => name.startsWith('kanzlerwahl/'))).toEqual([]);
		expect(readFileSync(join(dir, 'dist/kurzmeldung/index.html'), 'utf8')).toContain('Diese Meldung wurde nachträglich ergänzt.');
	});

	it('indexes both stories each time, from search documents taken from the cache or rendered anew, and leaves none in the output', () => {
		const urls = ['/glossar/', '/kanzlerwahl/suchdokument/', '/kurzmeldung/suchdokument/'];
		expect(unchanged.index.map((document) => document.url).sort()).toEqual(urls);
		expect(edited.index.map((document) => document.url).sort()).toEqual(urls);
		expect(reused(unchanged.run)).toContain('/kanzlerwahl/suchdokument/index.html');
		// The edited story is searchable with its new sentence; the other one as before.
		expect(edited.index.find((document) => document.url === '/kurzmeldung/suchdokument/')!.content).toContain('Diese Meldung wurde nachträglich ergänzt.');
		expect(unchanged.index.find((document) => document.url === '/kurzmeldung/suchdokument/')!.content).not.toContain('nachträglich');
		expect(edited.index.find((document) => document.url === '/kanzlerwahl/suchdokument/')!.content).toBe(unchanged.index.find((document) => document.url === '/kanzlerwahl/suchdokument/')!.content);
		for (const story of ['kanzlerwahl', 'kurzmeldung']) expect(existsSync(join(dir, 'dist', story, 'suchdokument')), story).toBe(false);
	});
});
