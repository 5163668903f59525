/**
 * `npm run bench`: how fast Lagebild is, as a table of figures. Asserts
 * nothing about time; runs outside the tests and CI and may take minutes.
 *
 *   npm run bench                                  everything
 *   npm run bench -- --only=pages,search           some parts
 *   npm run bench -- --only=scaling --sizes=1,100  build scaling for some sizes
 *   npm run bench -- --only=scaling --large        also 10,000 articles (about half an hour)
 *   npm run bench -- --only=floor                  Astro and Pagefind alone (about 3 minutes; not in the default run)
 *
 * Parts: pages, lighthouse, search, scaling, devloop, floor.
 * Options: --sizes=100,1000  --large (adds 10,000)  --runs=3 (Lighthouse)  --no-build (reuse dist/)  --keep (keep temp folders)
 */
import { cpus } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { astroBuild, tail } from './build.ts';
import { runDevLoop } from './devloop.ts';
import { runFloor } from './floor.ts';
import { printRatios } from './ratios.ts';
import { runLighthouse } from './lighthouse.ts';
import { runPages } from './pages.ts';
import { runScaling } from './scaling.ts';
import { runSearch } from './search.ts';
import { rmSync } from 'node:fs';
import { childGroups, countPages, distDir, errorText, heading, killGroup, note, seconds, table, tempDirs } from './util.ts';

const PARTS = ['pages', 'lighthouse', 'search', 'scaling', 'devloop', 'floor'] as const;
type Part = (typeof PARTS)[number];
/** What `npm run bench` runs without --only: the floors are a yardstick asked for by name. */
const DEFAULT_PARTS: readonly Part[] = ['pages', 'lighthouse', 'search', 'scaling', 'devloop'];

const PART_LABELS: Record<Part, string> = {
	pages: '1. Seiten',
	lighthouse: '2. Lighthouse',
	search: '3. Suche',
	scaling: '4. Bau-Skalierung',
	devloop: '5. Entwicklungsschleife',
	floor: '6. Untergrenzen',
};

interface Options {
	parts: Part[];
	sizes: number[];
	large: boolean;
	runs: number;
	build: boolean;
	keep: boolean;
}

const USAGE = `Aufruf: npm run bench -- [--only=${PARTS.join(',')}] [--sizes=100,1000] [--large] [--runs=3] [--no-build] [--keep]`;

function parseOptions(argv: readonly string[]): Options {
	const options: Options = { parts: [...DEFAULT_PARTS], sizes: [100, 1000], large: false, runs: 3, build: true, keep: false };
	for (const argument of argv) {
		const [name, value = ''] = argument.split(/=(.*)/s, 2) as [string, string?];
		const list = () =>
			value
				.split(',')
				.map((item) => item.trim())
				.filter(Boolean);
		switch (name) {
			case '--only': {
				const parts = list();
				const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part));
				if (unknown.length > 0 || parts.length === 0)
					throw new Error(`Unbekannter Teil: ${unknown.join(', ') || '(leer)'}. Teile: ${PARTS.join(', ')}`);
				options.parts = PARTS.filter((part) => parts.includes(part));
				break;
			}
			case '--sizes': {
				const sizes = list().map(Number);
				if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1))
					throw new Error(`--sizes erwartet ganze Zahlen ≥ 1, z. B. --sizes=1,100: ${value}`);
				options.sizes = sizes;
				break;
			}
			case '--runs': {
				const runs = Number(value);
				if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs erwartet eine ganze Zahl ≥ 1: ${value}`);
				options.runs = runs;
				break;
			}
			case '--large':
				options.large = true;
				break;
			case '--no-build':
				options.build = false;
				break;
			case '--keep':
				options.keep = true;
				break;
			case '--help':
			case '-h':
				console.log(USAGE);
				process.exit(0);
			default:
				throw new Error(`Unbekannte Option: ${argument}\n${USAGE}`);
		}
	}
	return options;
}

function stopChildren(signal: NodeJS.Signals, keep: boolean): void {
	for (const pid of childGroups) killGroup(pid, 'SIGKILL');
	if (!keep) {
		for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
		if (tempDirs.size > 0) console.error(`\n[bench] abgebrochen: ${tempDirs.size} temporäre Ordner entfernt`);
	}
	process.exit(signal === 'SIGINT' ? 130 : 143);
}

async function main(): Promise<number> {
	let options: Options;
	try {
		options = parseOptions(process.argv.slice(2));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		return 2;
	}
	process.once('SIGINT', (signal) => stopChildren(signal, options.keep));
	process.once('SIGTERM', (signal) => stopChildren(signal, options.keep));

	const cpu = cpus();
	console.log('Lagebild-Benchmark');
	console.log(`${new Date().toISOString()}, Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}`);
	console.log(
		`Teile: ${options.parts.join(', ')}${options.parts.includes('scaling') ? `; Größen: ${options.sizes.join(', ')}${options.large ? ', 10000' : ''}` : ''}`,
	);

	const status = new Map<Part, { state: string; seconds: number }>();
	const needsDist = options.parts.some((part) => part === 'pages' || part === 'lighthouse' || part === 'search');
	let distError: string | undefined;
	if (needsDist) {
		if (options.build) {
			heading('0. Bau der echten Inhalte nach dist/ (astro build, wie npm run build)');
			let build = await astroBuild();
			if (!build.ok) {
				// dist/ is shared with whoever else builds in this tree (npm test): a clash there is worth one more try.
				note(`Bau fehlgeschlagen (Code ${build.code ?? build.signal}), zweiter Versuch …\n${tail(build.output, 6)}`);
				build = await astroBuild();
			}
			if (build.ok) note(`${seconds(build.seconds)}, ${countPages(distDir)} Seiten`);
			else {
				distError = `Der Bau von dist/ ist fehlgeschlagen (Code ${build.code ?? build.signal}); Teile 1–3 brauchen ihn.`;
				note(`${distError}\n${tail(build.output)}`);
			}
		} else {
			note('\n(--no-build: vorhandenes dist/ wird gemessen)');
		}
	}

	let browser: Browser | undefined;
	const getBrowser = async () => (browser ??= await launchBrowser());
	const runners: Record<Part, () => Promise<void>> = {
		pages: async () => runPages(distDir, await getBrowser()),
		lighthouse: () => runLighthouse(distDir, options.runs),
		search: async () => runSearch(distDir, await getBrowser()),
		scaling: () =>
			runScaling({
				sizes: options.large ? [...new Set([...options.sizes, 10_000])] : options.sizes,
				keep: options.keep,
				// The incremental steps and the first search where they say something; 10,000 is a clean build and a search.
				incrementalUpTo: 1000,
				searchFrom: 1000,
				// Starlight installs from the npm registry on first use; 10,000 copies would take it long.
				starlightUpTo: 1000,
				browser: getBrowser,
			}),
		devloop: async () => runDevLoop(await getBrowser()),
		floor: () =>
			runFloor({
				sizes: options.sizes,
				searchSizes: options.large ? [...new Set([...options.sizes, 10_000])] : options.sizes,
				browser: getBrowser,
			}),
	};

	try {
		for (const part of options.parts) {
			const started = performance.now();
			try {
				if (distError && part !== 'scaling' && part !== 'devloop') {
					console.log(`\n${PART_LABELS[part]}: FEHLER (nicht gelaufen: kein dist/)`);
					status.set(part, { state: 'FEHLER', seconds: 0 });
					continue;
				}
				await runners[part]();
				status.set(part, { state: 'gelaufen', seconds: (performance.now() - started) / 1000 });
			} catch (error) {
				console.log(`\n${PART_LABELS[part]}: FEHLER\n${errorText(error)}`);
				status.set(part, { state: 'FEHLER', seconds: (performance.now() - started) / 1000 });
			}
		}
	} finally {
		await (browser as Browser | undefined)?.close();
	}

	printRatios();
	heading('Zusammenfassung');
	console.log(
		table(
			['Teil', 'Ergebnis', 'Dauer'],
			options.parts.map((part) => [PART_LABELS[part], status.get(part)?.state ?? '–', seconds(status.get(part)?.seconds)]),
			['l', 'l', 'r'],
		),
	);
	return [...status.values()].some((entry) => entry.state !== 'gelaufen') ? 1 : 0;
}

process.exitCode = await main();
