import { mkdirSync, mkdtempSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, tail } from './build.ts';
import { generateContent } from './generate.ts';
import { countPages, dirSize, heading, mib, kib, note, projectRoot, seconds, table } from './util.ts';

interface SizeFigures {
	articles: number;
	ok: boolean;
	seconds: number;
	/** A second build right after, with the cache the first left (unchanged content: preview images reused). */
	warmSeconds?: number;
	pages: number;
	distBytes: number;
	/** Files in dist/: what a host counts against its limit. */
	distFiles: number;
	searchBytes: number;
	searchFiles: number;
	error?: string;
}

/**
 * The generated content, its cache and its build live in `.bench/` (ignored by
 * git) inside the project, not in the system's temp folder: with an outDir
 * outside the working directory, Astro puts its prerender bundle into the
 * project's shared `.astro/.prerender/`, where any other build running at the
 * same time (a test's fixture build, say) would overwrite it mid-build.
 */
const workRoot = join(projectRoot, '.bench');

/**
 * Part 4: clean builds of N synthetic articles. A failed build (e.g. out of
 * memory at N=1000) is printed and the others go on; only when every build
 * failed does the part count as failed.
 */
export async function runScaling(sizes: readonly number[], keep: boolean): Promise<void> {
	heading('4. Bau-Skalierung (synthetische Artikel, sauberer Bau)');
	const results: SizeFigures[] = [];
	mkdirSync(workRoot, { recursive: true });
	for (const count of sizes) {
		const dir = mkdtempSync(join(workRoot, `scaling-${count}-`));
		const outDir = join(dir, 'dist');
		const cacheDir = join(dir, '.cache');
		try {
			const generated = generateContent(dir, count);
			rmSync(outDir, { recursive: true, force: true });
			rmSync(cacheDir, { recursive: true, force: true });
			process.stderr.write(`[bench] Bau mit ${count} Artikeln (${generated.participants} Personen) in ${dir} …\n`);
			const build = await astroBuild({ contentDir: dir, cacheDir, outDir });
			if (!build.ok) {
				const reason = build.signal ? `Signal ${build.signal}` : `Exit-Code ${build.code}`;
				results.push({ articles: count, ok: false, seconds: build.seconds, pages: 0, distBytes: 0, distFiles: 0, searchBytes: 0, searchFiles: 0, error: `${reason}\n${tail(build.output)}` });
				continue;
			}
			const dist = dirSize(outDir);
			const search = dirSize(join(outDir, 'pagefind'));
			process.stderr.write(`[bench] noch einmal, mit dem Cache des ersten Baus …\n`);
			const warm = await astroBuild({ contentDir: dir, cacheDir, outDir });
			results.push({
				articles: count,
				ok: true,
				seconds: build.seconds,
				...(warm.ok ? { warmSeconds: warm.seconds } : {}),
				pages: countPages(outDir),
				distBytes: dist.bytes,
				distFiles: dist.files,
				searchBytes: search.bytes,
				searchFiles: search.files,
			});
		} catch (error) {
			results.push({ articles: count, ok: false, seconds: Number.NaN, pages: 0, distBytes: 0, distFiles: 0, searchBytes: 0, searchFiles: 0, error: error instanceof Error ? error.message : String(error) });
		} finally {
			if (keep) note(`(behalten: ${dir})`);
			else rmSync(dir, { recursive: true, force: true });
		}
	}
	if (!keep) {
		try {
			rmdirSync(workRoot); // only if empty
		} catch {
			// still in use or kept
		}
	}
	const size = (bytes: number) => (bytes >= 10 * 1024 * 1024 ? mib(bytes) : kib(bytes));
	const rows = results.map((result) =>
		result.ok
			? [
					String(result.articles),
					seconds(result.seconds),
					result.warmSeconds === undefined ? '–' : seconds(result.warmSeconds),
					String(result.pages),
					(result.pages / result.seconds).toFixed(1),
					`${(result.seconds * 1000 / result.articles).toFixed(0)} ms`,
					`${result.distBytes} (${size(result.distBytes)}, ${result.distFiles} Dateien)`,
					`${result.searchBytes} (${size(result.searchBytes)}, ${result.searchFiles} Dateien)`,
				]
			: [String(result.articles), 'FEHLER', '', '', '', '', '', ''],
	);
	note('Zeit = ganzer `astro build` (einschließlich Pagefind) nach `rm -rf` von outDir und Cache; „mit Cache“ = derselbe Bau gleich danach, mit dem Cache des ersten (Vorschaubilder wiederverwendet); Größen in Bytes.');
	console.log(table(['Artikel', 'Zeit', 'mit Cache', 'Seiten', 'Seiten/s', 'Zeit/Artikel', 'dist/ Bytes', 'Suchindex (pagefind/) Bytes'], rows, ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
	const perArticle = (count: number) => {
		const result = results.find((entry) => entry.articles === count && entry.ok);
		return result ? result.seconds / result.articles : undefined;
	};
	const at100 = perArticle(100);
	const at1000 = perArticle(1000);
	if (at100 !== undefined && at1000 !== undefined) {
		note(`\nZeit pro Artikel N=1000 / N=100: ${(at1000 / at100).toFixed(2)} (1,00 = linear; größer = wächst schneller als linear)`);
	} else if (sizes.includes(100) && sizes.includes(1000)) {
		note('\nZeit pro Artikel N=1000 / N=100: – (ein Bau fehlt)');
	}
	const successful = results.filter((result) => result.ok).sort((a, b) => a.articles - b.articles);
	for (let index = 1; index < successful.length; index += 1) {
		const small = successful[index - 1]!;
		const large = successful[index]!;
		if (small.articles === 100 && large.articles === 1000) continue;
		note(`Zeit pro Artikel N=${large.articles} / N=${small.articles}: ${((large.seconds / large.articles) / (small.seconds / small.articles)).toFixed(2)}`);
	}
	for (const result of results) {
		if (result.error) note(`\nFehler beim Bau mit ${result.articles} Artikeln:\n${result.error}`);
	}
	if (results.length > 0 && results.every((result) => !result.ok)) throw new Error('Kein Bau ist gelungen.');
}
