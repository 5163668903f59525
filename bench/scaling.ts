import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { astroBuild, tail, type BuildResult } from './build.ts';
import { generateContent } from './generate.ts';
import { record } from './ratios.ts';
import { pagefindOverSameDocuments, recordImageCount } from './floor.ts';
import { STARLIGHT_VERSION, starlightBuild } from './starlight.ts';
import { measureSession, sessionTimes, TYPED_SESSIONS, typedSearch, TYPING_MS } from './search.ts';
import { serveCounting } from './serve.ts';
import {
	cleanBuildsAt,
	countPages,
	dirSize,
	gzipSize,
	heading,
	kib,
	median,
	mib,
	ms,
	note,
	projectRoot,
	seconds,
	tempDirs,
} from './util.ts';

/**
 * The generated content, its cache and its build live in `.bench/` (ignored by
 * git) inside the project, not in the system's temp folder: with an outDir
 * outside the working directory, Astro puts its prerender bundle into the
 * project's shared `.astro/.prerender/`, where any other build running at the
 * same time (a test's fixture build, say) would overwrite it mid-build.
 */
const workRoot = join(projectRoot, '.bench');

/** Hosts' limits the file counts are held against (free plans, as documented by the hosts in 2026). */
export const HOST_LIMITS = {
	cloudflarePagesFiles: 20_000,
	githubPagesBytes: 1024 ** 3,
} as const;

/** Queries for the first search at scale: words every synthetic article keeps (names get suffixes). */
const SCALE_QUERIES = ['Sicherheitsgarantien', 'Truppen', 'Moskau'] as const;

/** Pages whose size could grow with the number of stories or people: each is measured at every size. */
const GROWING_PAGES = [
	'index.html',
	'personen/index.html',
	'personen/buchstabe/m/index.html',
	'suche/index.html',
	'suche/artikel.json',
	'glossar/index.html',
	'rss.xml',
] as const;

function growingPage(outDir: string, path: string): string {
	try {
		const data = readFileSync(join(outDir, path));
		return `/${path.replace(/index\.html$/, '')} ${kib(data.length)} / ${kib(gzipSize(data))}`;
	} catch {
		return `/${path.replace(/index\.html$/, '')} –`;
	}
}

/** Every file under `dir` with a hash of its bytes, by path relative to `dir`. */
function snapshot(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const name of readdirSync(dir, { recursive: true }) as string[]) {
		const path = join(dir, name);
		if (!statSync(path).isFile()) continue;
		files.set(name, createHash('sha1').update(readFileSync(path)).digest('hex'));
	}
	return files;
}

/** What differs between two snapshots: written anew, added, removed; grouped by kind. */
function changes(before: Map<string, string>, after: Map<string, string>): { changed: string[]; added: string[]; removed: string[] } {
	const changed: string[] = [];
	const added: string[] = [];
	for (const [name, hash] of after) {
		const previous = before.get(name);
		if (previous === undefined) added.push(name);
		else if (previous !== hash) changed.push(name);
	}
	const removed = [...before.keys()].filter((name) => !after.has(name));
	return { changed, added, removed };
}

function kindOf(name: string): string {
	if (name.startsWith('pagefind/')) return 'Suchindex';
	if (name.startsWith('og/')) return 'Vorschaubilder';
	if (name.endsWith('.html')) return 'Seiten';
	return 'Sonstige';
}

function byKind(names: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const name of names) counts.set(kindOf(name), (counts.get(kindOf(name)) ?? 0) + 1);
	return [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ') || 'keine';
}

/**
 * The edit of the incremental step: one article in the middle of the archive
 * gets one sentence more at the end of its text (a correction, say).
 */
function editOneArticle(dir: string, slug: string): string {
	const file = join(dir, 'articles', `${slug}.md`);
	const text = readFileSync(file, 'utf8').trimEnd();
	writeFileSync(file, `${text}\n\nDiese Meldung wurde nachträglich ergänzt.\n`);
	return file;
}

const size = (bytes: number) => (bytes >= 10 * 1024 * 1024 ? mib(bytes) : kib(bytes));
const memory = (build: BuildResult) => {
	if (build.peakBytes <= 0) return '–';
	const parts = Object.entries(build.peakByProcess).sort((a, b) => b[1] - a[1]);
	return parts.length > 1
		? `${mib(build.peakBytes)} (je Prozess höchstens: ${parts.map(([name, bytes]) => `${name} ${mib(bytes)}`).join(', ')})`
		: mib(build.peakBytes);
};
const failed = (build: BuildResult) =>
	`FEHLER (${build.signal ? `Signal ${build.signal}` : `Exit-Code ${build.code}`})\n${tail(build.output)}`;

export interface ScalingOptions {
	sizes: readonly number[];
	keep: boolean;
	/** Incremental steps (unchanged rebuild, one edit, kept cache) for sizes up to this many articles. */
	incrementalUpTo: number;
	/** The first search in Chromium for sizes from this many articles on. */
	searchFrom: number;
	/** Starlight building the same number of copies of the summit article, side by side, for sizes up to this. */
	starlightUpTo: number;
	browser: () => Promise<Browser>;
}

/**
 * Part 4: builds of N synthetic articles, each figure printed as soon as it
 * is measured:
 *   - a clean build (no dist/, no cache): time, peak memory, pages, files, sizes;
 *     up to 1,000 stories three clean builds, whose median is the figure the ratio takes;
 *   - the same build again with nothing changed (the cache of the first);
 *   - one article edited, built again: time and which files changed;
 *   - dist/ deleted but the cache folder kept (a CI or host that keeps it);
 *   - the first search at that size in Chromium, 4× CPU throttling.
 * A failed build is printed and the others go on; only when every clean
 * build failed does the part count as failed.
 */
export async function runScaling(options: ScalingOptions): Promise<void> {
	heading('4. Bau-Skalierung (synthetische Artikel)');
	note(
		'Inhalt: Abwandlungen des Gipfel-Artikels (10 Abschnitte, Einordnung, Einfache Sprache); je 10 aufeinanderfolgende Artikel teilen ihre 13 Personen, also 1,3 Personen je Artikel.',
	);
	note(
		'Zeiten: ganzer Bau wie `npm run build` (`astro build`, danach der Suchindex mit Pagefind); Speicher: Höchstwert der Prozesse eines Schritts zusammen (Astro; danach Suchindex und Pagefind), alle 0,25 s gemessen.',
	);
	mkdirSync(workRoot, { recursive: true });
	let anyOk = false;
	for (const count of options.sizes) {
		const dir = mkdtempSync(join(workRoot, `scaling-${count}-`));
		tempDirs.add(dir);
		const outDir = join(dir, 'dist');
		const cacheDir = join(dir, '.cache');
		// Node's default heap (4,288 MiB here) is too small for the largest archive: 4.5 GiB suffice (at 10,000
		// stories, Astro holds about 3.5 GiB while it renders); a larger limit only lets garbage pile up longer.
		const env: Record<string, string> =
			count > 2000 ? { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=4608`.trim() } : {};
		const build = () => astroBuild({ contentDir: dir, cacheDir, outDir, env });
		try {
			const generated = generateContent(dir, count);
			console.log(`\n${count} Artikel, ${generated.people} Personen:`);
			const clean = await build();
			if (!clean.ok) {
				console.log(`  sauberer Bau: ${failed(clean)}`);
				continue;
			}
			anyOk = true;
			// The same clean build again (no dist/, no cache), for the median; the figures below are the first build's.
			const cleanSeconds = [clean.seconds];
			const cleanMemory = [clean.peakBytes];
			for (let again = 1; again < cleanBuildsAt(count); again += 1) {
				rmSync(outDir, { recursive: true, force: true });
				rmSync(cacheDir, { recursive: true, force: true });
				const next = await build();
				if (!next.ok) {
					console.log(`  sauberer Bau ${again + 1}: ${failed(next)}`);
					break;
				}
				cleanSeconds.push(next.seconds);
				cleanMemory.push(next.peakBytes);
			}
			record('lagebild.clean', count, median(cleanSeconds));
			const dist = dirSize(outDir);
			const search = dirSize(join(outDir, 'pagefind'));
			const images = dirSize(join(outDir, 'og'));
			recordImageCount(count, images.files);
			const pages = countPages(outDir);
			console.log(
				`  sauberer Bau (ohne dist/ und Cache): ${seconds(clean.seconds)}, Speicher höchstens ${memory(clean)}; ${pages} Seiten (${(pages / clean.seconds).toFixed(0)}/s)`,
			);
			if (cleanSeconds.length > 1)
				console.log(
					`  sauberer Bau, Median aus ${cleanSeconds.length} Bauten: ${seconds(median(cleanSeconds))} (${cleanSeconds.map((time) => seconds(time)).join(', ')}); Speicher höchstens ${cleanMemory.map((bytes) => mib(bytes)).join(', ')}`,
				);
			console.log(
				`  dist/: ${dist.files} Dateien, ${size(dist.bytes)}; davon Suchindex ${search.files} Dateien, ${size(search.bytes)}; Vorschaubilder ${images.files}, ${size(images.bytes)}`,
			);
			console.log(
				`  Seiten, die mit dem Archiv wachsen könnten (roh / gzip): ${GROWING_PAGES.map((path) => growingPage(outDir, path)).join('; ')}`,
			);
			const cloudflare = dist.files <= HOST_LIMITS.cloudflarePagesFiles ? 'passt' : 'zu viele';
			const github = dist.bytes <= HOST_LIMITS.githubPagesBytes ? 'passt' : 'zu groß';
			if (count <= options.starlightUpTo) {
				try {
					const yardstick = await starlightBuild(count);
					console.log(
						`  Starlight ${STARLIGHT_VERSION}, ${count} Kopien des Gipfel-Artikels (${yardstick.pages} Seiten, mit Pagefind), gleich danach: ${seconds(yardstick.seconds)}; Lagebild braucht das ${(clean.seconds / yardstick.seconds).toFixed(2).replace('.', ',')}-Fache (für ${(pages / yardstick.pages).toFixed(0)}-mal so viele Seiten)`,
					);
				} catch (error) {
					console.log(`  Starlight: FEHLER ${error instanceof Error ? error.message : String(error)}`);
				}
			}
			console.log(
				`  Hosts: Cloudflare Pages (höchstens ${HOST_LIMITS.cloudflarePagesFiles} Dateien): ${cloudflare}; GitHub Pages (höchstens 1 GiB): ${github}; Objektspeicher mit CDN: ohne Grenze`,
			);

			if (count <= options.incrementalUpTo) {
				const unchanged = await build();
				console.log(
					`  nochmals, nichts geändert: ${unchanged.ok ? `${seconds(unchanged.seconds)}, Speicher höchstens ${memory(unchanged)}` : failed(unchanged)}`,
				);

				const before = snapshot(outDir);
				const slug = generated.slugs[Math.floor(generated.slugs.length / 2)]!;
				editOneArticle(dir, slug);
				const edited = await build();
				if (edited.ok) {
					record('lagebild.edited', count, edited.seconds);
					const diff = changes(before, snapshot(outDir));
					console.log(
						`  ein Artikel geändert (${slug}), neu gebaut: ${seconds(edited.seconds)}; geändert: ${byKind(diff.changed)}; neu: ${byKind(diff.added)}; entfernt: ${byKind(diff.removed)}`,
					);
					const pagesChanged = diff.changed.filter((name) => kindOf(name) === 'Seiten').sort();
					note(
						`    geänderte Seiten: ${pagesChanged.slice(0, 12).join(', ')}${pagesChanged.length > 12 ? ` … (${pagesChanged.length})` : ''}`,
					);
				} else {
					console.log(`  ein Artikel geändert: ${failed(edited)}`);
				}

				rmSync(outDir, { recursive: true, force: true });
				const kept = await build();
				console.log(
					`  ohne dist/, Cache-Ordner behalten (CI, Host): ${kept.ok ? `${seconds(kept.seconds)}, Speicher höchstens ${memory(kept)}` : failed(kept)}`,
				);
			}

			if (count >= options.searchFrom) {
				const server = await serveCounting(outDir);
				try {
					const [first, ...rest] = await measureSession(await options.browser(), server, 4, SCALE_QUERIES);
					console.log(
						`  erste Suche kalt („${first!.query}“, CPU 4× gedrosselt, Pagefind erst mit der Anfrage geladen): ${ms(first!.ms)} bis zu den Treffern, ${kib(first!.bytes)} übertragen (gzip) in ${first!.requests} Anfragen, ${first!.hits} Treffer; ` +
							`danach: ${rest.map((figures) => `„${figures.query}“ ${ms(figures.ms)}, ${kib(figures.bytes)}`).join('; ')}`,
					);
					const focus = { bytes: 0, requests: 0 };
					const typedRuns = await typedSearch(await options.browser(), server, SCALE_QUERIES[0], { focus });
					const typed = typedRuns.median;
					record('lagebild.search.word', count, typed.ms);
					console.log(
						`  erste Suche wie auf der Seite (Feld fokussiert, das Wort in ${ms(TYPING_MS)} ins Feld getippt, CPU 4×, Median aus ${TYPED_SESSIONS} Sitzungen): bis zum letzten Tastendruck ${kib(focus.bytes)} in ${focus.requests} Anfragen; ` +
							`die Suche der Seite von ihrem Beginn (nach der Tipppause) bis zu den Treffern ${ms(typed.ms)} (${sessionTimes(typedRuns.all)}; vom letzten Tastendruck ${ms(typed.sinceKeyMs)}), ${kib(typed.bytes)} in ${typed.requests} Anfragen; zusammen ${kib(focus.bytes + typed.bytes)}`,
					);
					const namedRuns = await typedSearch(await options.browser(), server, generated.name.query);
					const named = namedRuns.median;
					record('lagebild.search.name', count, named.ms);
					console.log(
						`  erste Suche nach einem Namen aus ${generated.name.stories} Artikeln („${generated.name.query}“), ebenso getippt, CPU 4×: die Suche der Seite bis zu den Treffern ${ms(named.ms)} (${sessionTimes(namedRuns.all)}; vom letzten Tastendruck ${ms(named.sinceKeyMs)}), ${kib(named.bytes)} in ${named.requests} Anfragen, ${named.hits} Treffer`,
					);
					const same = await pagefindOverSameDocuments(
						outDir,
						count,
						{ word: SCALE_QUERIES[0], name: generated.name.query },
						await options.browser(),
					);
					console.log(
						`  Untergrenze: Pagefind allein über dieselben ${same.documents} Suchdokumente, dieselben Suchen (gestartet und vorgeladen wie getippt, CPU 4×, Median aus ${TYPED_SESSIONS} Sitzungen): „${SCALE_QUERIES[0]}“ ${ms(same.word)} (${sessionTimes(same.wordAll)}), „${generated.name.query}“ ${ms(same.name)} (${sessionTimes(same.nameAll)})`,
					);
				} finally {
					await server.close();
				}
			}
		} catch (error) {
			console.log(`  FEHLER: ${error instanceof Error ? error.message : String(error)}`);
		} finally {
			if (options.keep) note(`  (behalten: ${dir})`);
			else {
				rmSync(dir, { recursive: true, force: true });
				tempDirs.delete(dir);
			}
		}
	}
	if (!options.keep) {
		try {
			rmdirSync(workRoot); // only if empty
		} catch {
			// still in use or kept
		}
	}
	if (options.sizes.length > 0 && !anyOk) throw new Error('Kein Bau ist gelungen.');
}
