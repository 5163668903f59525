/**
 * `npm run screenshots`: PNGs of every page type of the built site (home,
 * long-read, section, person, people, glossary, search with results, 404)
 * and of the header's search with its panel of results, at 360, 768 and
 * 1280 px wide, light and dark, into `screenshots/` (git-ignored), with the
 * Chromium the tests use. Not a test: a tool for the people who judge the
 * design. Builds `dist/` first when it is missing;
 * `--dist=<folder>` takes another build (e.g. tests/.site/dist).
 * `--engines=chromium,firefox,webkit` takes the same shots in Firefox ESR
 * and WebKitGTK too, through the engines of the cross-engine tests
 * (tests/helpers/engines/); Chromium's go to `screenshots/`, the others'
 * to `screenshots/firefox/` and `screenshots/webkit/`.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { engineNames, launchEngine, missingEngines, type EngineName } from '../tests/helpers/engines/index.ts';
import type { EnginePage } from '../tests/helpers/engines/engine.ts';
import { serveDist, type StaticServer } from '../tests/helpers/server.ts';
import { pageTypesIn } from '../bench/site.ts';

const root = new URL('../', import.meta.url).pathname;
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const distArg = option('dist');
const dist = distArg ? join(root, distArg) : join(root, 'dist');
const out = join(root, 'screenshots');
const engines = (option('engines') ?? 'chromium').split(',').map((name) => name.trim()) as EngineName[];
const unknown = engines.filter((name) => !engineNames.includes(name));
if (unknown.length > 0) throw new Error(`Unbekannte Engine: ${unknown.join(', ')} (bekannt: ${engineNames.join(', ')}).`);

if (!existsSync(join(dist, 'index.html'))) {
	if (distArg) throw new Error(`${dist} enthält keine gebaute Website.`);
	console.log('dist/ fehlt: baue zuerst …');
	execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
const missing = missingEngines(engines);
if (missing.length > 0) throw new Error(`Es fehlt:\n- ${missing.join('\n- ')}\n(bash scripts/ensure-browsers.sh installiert es als root.)`);

const slugOf = (label: string) =>
	label
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/[^a-z0-9]+/g, '-');
/** Fonts loaded and two frames drawn: the page as a reader sees it. */
const drawn = (page: EnginePage) =>
	page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
	});
const types = pageTypesIn(dist);
const person = types.find((type) => type.label === 'Personenseite')!;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let count = 0;
const servers = new Map<string, StaticServer>();
try {
	for (const name of engines) {
		const engine = await launchEngine(name);
		try {
			const key = engine.headScript?.path ?? '';
			const server = servers.get(key) ?? (await serveDist(dist, engine.headScript ? { headScript: engine.headScript } : {}));
			servers.set(key, server);
			const folder = name === 'chromium' ? out : join(out, name);
			mkdirSync(folder, { recursive: true });
			// The search page with results: the name of the first person as the query.
			const probe = await engine.open(server.origin + person.path);
			const name0 = (await probe.evaluate(() => document.querySelector('h1')?.textContent ?? '')).trim().split(' ').at(-1) || 'a';
			await probe.close();
			const pages = types.map((type) =>
				type.label === 'Suchseite' ? { ...type, path: `${type.path}?q=${encodeURIComponent(name0)}` } : type,
			);
			for (const { label, path } of pages) {
				for (const width of [360, 768, 1280]) {
					for (const scheme of ['light', 'dark'] as const) {
						const page = await engine.open(server.origin + path, { width, height: 900, colorScheme: scheme });
						if (label === 'Suchseite')
							await page.waitFor(() => (document.querySelector('[data-search-count]')?.textContent ?? '') !== '', [], {
								timeout: 15_000,
								what: 'die Treffer',
							});
						await drawn(page);
						writeFileSync(
							join(folder, `${slugOf(label)}-${width}-${scheme === 'light' ? 'hell' : 'dunkel'}.png`),
							await page.screenshot({ fullPage: true }),
						);
						await page.close();
						count += 1;
					}
				}
			}
			// The header's search with its panel of results, over the home page, as a reader sees it while typing.
			for (const width of [360, 768, 1280]) {
				for (const scheme of ['light', 'dark'] as const) {
					const page = await engine.open(`${server.origin}/`, { width, height: 900, colorScheme: scheme });
					// On a narrow screen the field opens with „Suche“ in the bar.
					const folded = await page.evaluate(() => {
						const toggle = document.querySelector<HTMLElement>('[data-search-toggle]');
						return Boolean(toggle && toggle.offsetParent !== null);
					});
					if (folded) await page.click('[data-search-toggle]');
					await page.focus('site-search input[type=search]');
					await page.type(name0);
					await page.waitFor(
						() => {
							const panel = document.querySelector<HTMLElement>('site-search [data-search-panel]');
							return Boolean(panel && !panel.hidden && panel.querySelector('[data-search-results] li'));
						},
						[],
						{ timeout: 15_000, what: 'die Treffer im Suchfeld' },
					);
					await drawn(page);
					writeFileSync(
						join(folder, `suchfeld-mit-treffern-${width}-${scheme === 'light' ? 'hell' : 'dunkel'}.png`),
						await page.screenshot(),
					);
					await page.close();
					count += 1;
				}
			}
			console.log(`${engine.version}: fertig.`);
		} finally {
			await engine.close();
		}
	}
} finally {
	for (const server of servers.values()) await server.close();
}
console.log(`${count} Bildschirmfotos in ${out}/ (Seitentyp-Breite-Schema.png; Firefox und WebKit in Unterordnern).`);
