import lighthouse from 'lighthouse';
import { launchDebuggableChromium } from './chromium.ts';
import { serveCounting } from './serve.ts';
import { MISSING, pageExists, pageLegend, pageTypesIn } from './site.ts';
import { heading, median, ms, note, table } from './util.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface RunFigures {
	scores: Record<(typeof CATEGORIES)[number], number>;
	lcp: number;
	tbt: number;
	cls: number;
	/** Lighthouse's benchmark index of the machine in that run: how fast the CPU was then. */
	benchmarkIndex: number;
}

/**
 * One Lighthouse run with the default configuration (mobile, simulated throttling: a slow 4G
 * network and a CPU 4× slower than this one), in a Chromium that Lighthouse's own launcher
 * started (./chromium.ts): what `lighthouse <url>` reports.
 */
async function lighthouseRun(url: string, port: number): Promise<RunFigures> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...CATEGORIES],
	});
	if (!result) throw new Error('Lighthouse lieferte kein Ergebnis.');
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
	const score = (id: string) => {
		const value = lhr.categories[id]?.score;
		return typeof value === 'number' ? value * 100 : Number.NaN;
	};
	const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
	return {
		scores: {
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best-practices': score('best-practices'),
			seo: score('seo'),
		},
		lcp: metric('largest-contentful-paint'),
		tbt: metric('total-blocking-time'),
		cls: metric('cumulative-layout-shift'),
		benchmarkIndex: lhr.environment.benchmarkIndex,
	};
}

/** Part 2: Lighthouse (mobile default), median of `runs` runs per page type. */
export async function runLighthouse(outDir: string, runs: number): Promise<void> {
	heading(`2. Lighthouse (Standard = mobil, simulierte Drosselung), Median aus ${runs} Läufen`);
	const rows: string[][] = [];
	const problems: string[] = [];
	const server = await serveCounting(outDir);
	try {
		for (const page of pageTypesIn(outDir)) {
			const label = page.label;
			if (!pageExists(outDir, page.path)) {
				rows.push([label, MISSING, '', '', '', '', '', '', '', '']);
				continue;
			}
			const results: RunFigures[] = [];
			for (let run = 0; run < runs; run += 1) {
				process.stderr.write(`[bench] Lighthouse ${page.path}, Lauf ${run + 1}/${runs} …\n`);
				// A fresh browser per run: no cache, no state carried over.
				const chromium = await launchDebuggableChromium();
				try {
					results.push(await lighthouseRun(server.origin + page.path, chromium.port));
				} catch (error) {
					problems.push(`${page.path}, Lauf ${run + 1}: ${error instanceof Error ? error.message : String(error)}`);
				} finally {
					await chromium.close();
				}
			}
			if (results.length === 0) {
				rows.push([label, 'Fehler', '', '', '', '', '', '', '', '']);
				continue;
			}
			const med = (pick: (figures: RunFigures) => number) => median(results.map(pick));
			rows.push([
				label,
				...CATEGORIES.map((category) => med((figures) => figures.scores[category]).toFixed(0)),
				ms(med((figures) => figures.lcp)),
				ms(med((figures) => figures.tbt)),
				results.map((figures) => figures.tbt.toFixed(0)).join(' / '),
				med((figures) => figures.cls).toFixed(3),
				med((figures) => figures.benchmarkIndex).toFixed(0),
				String(results.length),
			]);
		}
	} finally {
		await server.close();
	}
	note(pageLegend(pageTypesIn(outDir)));
	note(
		'Punkte 0–100; LCP und TBT aus Lighthouses Simulation eines langsamen Mobilgeräts (4× CPU, langsames 4G); „Läufe“ = gelungene Läufe. ' +
			'Die Simulation vervielfacht die hier gemessenen Aufgaben des Hauptthreads (4×, Layout 2×): TBT hängt davon ab, wie schnell die Maschine im Lauf war. ' +
			'„Index“ ist Lighthouses Benchmark-Index (Median; je kleiner, desto langsamer oder belasteter die CPU): Vergleichbar sind nur Läufe mit ähnlichem Index.',
	);
	console.log(
		table(
			['Seite', 'Performance', 'Barrierefreiheit', 'Best Practices', 'SEO', 'LCP', 'TBT', 'TBT je Lauf', 'CLS', 'Index', 'Läufe'],
			rows,
		),
	);
	for (const problem of problems) note(`Fehler: ${problem}`);
	if (problems.length > 0 && rows.every((row) => row[1] === 'Fehler' || row[1] === MISSING)) {
		throw new Error('Kein Lighthouse-Lauf ist gelungen.');
	}
}
