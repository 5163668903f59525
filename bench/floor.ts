import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { generateContent } from './generate.ts';
import { record } from './ratios.ts';
import { preparePreviews, type PreviewInput } from '../src/lib/preview-image.ts';
import { de } from '../src/i18n/de.ts';
import { listedFiles, writeSearchIndex } from '../src/search-index.ts';
import { searchArtefactDir } from '../src/lib/search/artefact.ts';
import { searchResultCount } from '../src/lib/search/names.ts';
import { sessionTimes, TYPED_SESSIONS, typedSearch } from './search.ts';
import { serveCounting } from './serve.ts';
import { cleanBuildsAt, heading, median, ms, note, projectRoot, runIn, seconds, tempDirs } from './util.ts';

/**
 * Part 6, floors: what the chosen tools take alone for the work that the
 * targets of issue 13 ask of Lagebild, measured on this machine beside it.
 * A target below the floor of Astro or Pagefind cannot be met with them.
 *
 * - Astro alone: the bench's N generated articles as Markdown in a minimal
 *   project (Astro's glob loader, no schema beyond a title; one route that
 *   renders each article on PAGES_PER_ARTICLE pages, about as many as
 *   Lagebild makes of one; incremental build on, the entry's digest as the
 *   cacheKey, four pages at a time as in Lagebild; no images, no search
 *   index, no layout): a clean build (up to 1,000 stories three, each from
 *   nothing, and their median: CLEAN_BUILDS in util.ts), the same build
 *   again, and again after one article was edited.
 *   Then Pagefind alone indexes one page per article of that output (the
 *   article's text, as Lagebild's one search document per story), and the
 *   same number of preview images as Lagebild's clean build made are drawn
 *   with Lagebild's drawing code on every core (satori and resvg in the
 *   drawing workers), from the generated headlines and section titles, as
 *   often as the clean builds, each time into an empty folder (the median).
 * - Pagefind alone: pages of one sentence each; the first search with the
 *   CPU 4× throttled, once Pagefind has started and loaded the word's index
 *   (as Lagebild's field does while a reader types), for a word every page
 *   holds and one that ten hold; with the data of as many results as the
 *   header's panel shows.
 * - Pagefind alone over Lagebild's own search documents (part 4 calls it
 *   after its search, while the build's search artefact is there): the same
 *   documents indexed again by Pagefind alone into a folder with an empty
 *   start page, and the same two searches, started bare. What separates
 *   Lagebild from this floor is its page and its search code; what separates
 *   this floor from the one of single sentences is the documents: a whole
 *   story each, its sections included.
 */
const workRoot = join(projectRoot, '.bench');

/** Lagebild renders about 14 pages per article at 1,000 (14,331): the long-read, 10 sections, Einordnung, Einfache Sprache, the search document. */
const PAGES_PER_ARTICLE = 14;

const astroProject = {
	'package.json': JSON.stringify({ name: 'astro-allein', private: true, type: 'module' }),
	'astro.config.mjs':
		"import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://astro-allein.example', build: { format: 'directory', concurrency: 4 }, devToolbar: { enabled: false }, experimental: { incrementalBuild: true } });\n",
	'src/content.config.ts':
		"import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './articles' }), schema: z.object({ title: z.string() }).passthrough() }) };\n",
	'src/pages/[id]/[page].astro': [
		'---',
		"import { getCollection, render } from 'astro:content';",
		'export async function getStaticPaths() {',
		"\tconst entries = await getCollection('articles');",
		`\treturn entries.flatMap((entry) => Array.from({ length: ${PAGES_PER_ARTICLE} }, (_, page) => ({ params: { id: entry.id, page: String(page) }, props: { entry }, cacheKey: String(entry.digest) })));`,
		'}',
		'const { entry } = Astro.props;',
		'const { Content } = await render(entry);',
		'---',
		'<!doctype html>',
		'<html lang="de"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>',
		'<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>',
		'',
	].join('\n'),
};

async function astroAlone(count: number): Promise<void> {
	const dir = mkdtempSync(join(workRoot, `astro-allein-${count}-`));
	tempDirs.add(dir);
	try {
		const generated = generateContent(dir, count);
		rmSync(join(dir, 'participants'), { recursive: true, force: true });
		for (const [file, text] of Object.entries(astroProject)) {
			mkdirSync(join(dir, file, '..'), { recursive: true });
			writeFileSync(join(dir, file), text);
		}
		const build = () => runIn(dir, process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build']);
		const clean = await build();
		if (!clean.ok) throw new Error(`Astro allein: Bau fehlgeschlagen\n${clean.output.split('\n').slice(-15).join('\n')}`);
		// Clean again, as often as Lagebild's side (part 4): without its output, its data store and Vite's cache.
		const cleanSeconds = [clean.seconds];
		for (let again = 1; again < cleanBuildsAt(count); again += 1) {
			for (const made of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
				rmSync(join(dir, made), { recursive: true, force: true });
			const next = await build();
			if (!next.ok) throw new Error(`Astro allein: Bau ${again + 1} fehlgeschlagen\n${next.output.split('\n').slice(-15).join('\n')}`);
			cleanSeconds.push(next.seconds);
		}
		const unchanged = await build();
		const edited = join(dir, 'articles', `${generated.slugs[Math.floor(count / 2)]}.md`);
		writeFileSync(edited, `${readFileSync(edited, 'utf8').trimEnd()}\n\nEin Satz, der beim Bearbeiten hinzukam.\n`);
		const oneEdited = await build();
		record('floor.astro.clean', count, median(cleanSeconds));
		if (oneEdited.ok) record('floor.astro.edited', count, oneEdited.seconds);
		const indexed = await pagefindIndexing(join(dir, 'dist'), generated.slugs);
		record('floor.pagefind.index', count, indexed);
		const images = imagesOf(count);
		// Drawn as often as the clean builds: each time into an empty cache folder.
		const drawings: number[] = [];
		if (images !== undefined)
			for (let time = 0; time < cleanBuildsAt(count); time += 1) drawings.push(await drawingAlone(dir, generated.slugs, images));
		const drawn = drawings.length > 0 ? median(drawings) : undefined;
		if (drawn !== undefined) record('floor.images', count, drawn);
		console.log(
			`  Pagefind allein, eine Seite je Artikel aus dieser Ausgabe (${generated.slugs.length} Seiten): ${seconds(indexed)}; ` +
				(drawn === undefined
					? 'Vorschaubilder: nicht gemessen (ohne Teil 4 in diesem Lauf ist ihre Zahl unbekannt)'
					: `${images} Vorschaubilder auf allen Kernen gezeichnet: ${seconds(drawn)}${drawings.length > 1 ? ` (Median aus ${drawings.map((time) => seconds(time)).join(', ')})` : ''}`),
		);
		console.log(
			`  Astro allein, ${count} Artikel auf ${count * PAGES_PER_ARTICLE} Seiten (je Artikel ${PAGES_PER_ARTICLE} Seiten, die seinen Text rendern; ohne Layout, Bilder, Suchindex): ` +
				`sauber ${cleanSeconds.length > 1 ? `${seconds(median(cleanSeconds))} (Median aus ${cleanSeconds.map((time) => seconds(time)).join(', ')})` : seconds(clean.seconds)}; nochmals, nichts geändert: ${unchanged.ok ? seconds(unchanged.seconds) : 'FEHLER'}; ein Artikel geändert: ${oneEdited.ok ? seconds(oneEdited.seconds) : 'FEHLER'}`,
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
		tempDirs.delete(dir);
	}
}

/** How many preview images Lagebild's clean build at this size made (part 4 of this run), if it ran. */
const imageCounts = new Map<number, number>();
export function recordImageCount(count: number, images: number): void {
	imageCounts.set(count, images);
}
const imagesOf = (count: number) => imageCounts.get(count);

/**
 * Seconds Pagefind alone takes to index the first page of each article in `outDir` (`<slug>/0/`), in order, through
 * the index step's own loop (src/search-index.ts `writeSearchIndex`).
 */
async function pagefindIndexing(outDir: string, slugs: readonly string[]): Promise<number> {
	const started = performance.now();
	await writeSearchIndex(
		slugs.map((slug) => `${slug}/index.html`),
		(file) => readFile(join(outDir, dirname(file), '0', 'index.html'), 'utf8'),
		join(outDir, 'pagefind'),
	);
	return (performance.now() - started) / 1000;
}

/** Seconds to draw `total` preview images of the generated articles (long-read, then its sections, article after article) on every core, into an empty cache. */
async function drawingAlone(dir: string, slugs: readonly string[], total: number): Promise<number> {
	const inputs: PreviewInput[] = [{ title: de.siteTagline, siteName: de.siteName }];
	for (const slug of slugs) {
		if (inputs.length >= total) break;
		const text = readFileSync(join(dir, 'articles', `${slug}.md`), 'utf8');
		const headline = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? slug;
		const sections = Array.from(text.matchAll(/^## (.+)$/gm), (match) => match[1]!.trim());
		inputs.push({ title: headline, siteName: de.siteName, kicker: de.previewArticleKicker });
		sections.forEach((title, index) =>
			inputs.push({ title, headline, siteName: de.siteName, kicker: de.sectionOf(index + 1, sections.length) }),
		);
	}
	const cache = join(dir, 'bilder');
	rmSync(cache, { recursive: true, force: true });
	mkdirSync(cache, { recursive: true });
	const started = performance.now();
	await preparePreviews(inputs.slice(0, total), cache);
	return (performance.now() - started) / 1000;
}

async function pagefindAlone(count: number, browser: Browser): Promise<void> {
	const dir = mkdtempSync(join(workRoot, `pagefind-allein-${count}-`));
	tempDirs.add(dir);
	const rare = 'Seltenwort';
	try {
		writeFileSync(
			join(dir, 'index.html'),
			'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Start</title></head><body><p>Start</p></body></html>',
		);
		for (let number = 0; number < count; number += 1) {
			mkdirSync(join(dir, `m${number}`));
			const extra = number % Math.max(1, Math.floor(count / 10)) === 0 ? ` Ein ${rare}.` : '';
			writeFileSync(
				join(dir, `m${number}`, 'index.html'),
				`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Meldung ${number}</title></head><body><main data-pagefind-body><h1>Meldung ${number}</h1><p>Die Sicherheitsgarantien bleiben offen, sagt der Sprecher ${number}.${extra}</p></main></body></html>`,
			);
		}
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
		if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
		try {
			await index.addDirectory({ path: dir });
			await index.writeFiles({ outputPath: join(dir, 'pagefind') });
		} finally {
			await pagefind.close();
		}
		const server = await serveCounting(dir);
		try {
			const figures = [];
			for (const word of ['Sicherheitsgarantien', rare]) {
				const { median: first, all } = await typedSearch(browser, server, word, { bare: true });
				record(word === rare ? 'floor.search.name' : 'floor.search.word', count, first.ms);
				figures.push(`„${word}“ (${first.hits} Treffer) ${ms(first.ms)} (${sessionTimes(all)})`);
			}
			console.log(
				`  Pagefind allein, ${count} Seiten mit einem Satz, erste Suche (CPU 4×, Pagefind gestartet, der Index des Worts geladen) bis zu den ersten ${searchResultCount.panel} Treffern, Median aus ${TYPED_SESSIONS} Sitzungen: ${figures.join('; ')}`,
			);
		} finally {
			await server.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
		tempDirs.delete(dir);
	}
}

/**
 * Pagefind alone over the search documents of Lagebild's build in `outDir`, searched for the same word and name as
 * Lagebild was (bare: Pagefind started and the word preloaded, as Lagebild's field does while a reader types).
 */
export async function pagefindOverSameDocuments(
	outDir: string,
	count: number,
	queries: { word: string; name: string },
	browser: Browser,
): Promise<{ word: number; wordAll: number[]; name: number; nameAll: number[]; documents: number }> {
	const dir = mkdtempSync(join(workRoot, `pagefind-dieselben-${count}-`));
	tempDirs.add(dir);
	try {
		writeFileSync(
			join(dir, 'index.html'),
			'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Start</title></head><body><p>Start</p></body></html>',
		);
		const artefact = searchArtefactDir(outDir);
		const files = await listedFiles(artefact);
		await writeSearchIndex(files, (file) => readFile(join(artefact, file), 'utf8'), join(dir, 'pagefind'));
		const server = await serveCounting(dir);
		try {
			const word = await typedSearch(browser, server, queries.word, { bare: true });
			const name = await typedSearch(browser, server, queries.name, { bare: true });
			record('floor.search.documents.word', count, word.median.ms);
			record('floor.search.documents.name', count, name.median.ms);
			return { word: word.median.ms, wordAll: word.all, name: name.median.ms, nameAll: name.all, documents: files.length };
		} finally {
			await server.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
		tempDirs.delete(dir);
	}
}

/** Part 6: the floors of Astro and Pagefind for the targets of issue 13, at the given sizes. */
export async function runFloor(options: {
	sizes: readonly number[];
	searchSizes: readonly number[];
	browser: () => Promise<Browser>;
}): Promise<void> {
	heading('6. Untergrenzen: Astro und Pagefind allein');
	note(
		'Was die gewählten Werkzeuge allein für die Arbeit brauchen, die die Ziele von Lagebild verlangen, auf dieser Maschine und gleich neben dessen Zahlen gemessen: Ein Ziel unter dieser Grenze ist mit ihnen nicht zu erreichen.',
	);
	mkdirSync(workRoot, { recursive: true });
	for (const count of options.sizes) await astroAlone(count);
	for (const count of options.searchSizes) await pagefindAlone(count, await options.browser());
}
