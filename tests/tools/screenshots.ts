/**
 * `npm run screenshots`: PNGs of every page type of the built site (home,
 * long-read, section, person, people, glossary, search with results, 404)
 * at 360, 768 and 1280 px wide, light and dark, into `screenshots/`
 * (git-ignored), with the Chromium the tests use. Not a test: a tool for
 * the people who judge the design. Builds `dist/` first when it is missing;
 * `--dist=<folder>` takes another build (e.g. tests/.site/dist).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist } from '../helpers/server.ts';
import { pageTypesIn } from '../bench/site.ts';

const root = new URL('../../', import.meta.url).pathname;
const distArg = process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length);
const dist = distArg ? join(root, distArg) : join(root, 'dist');
const out = join(root, 'screenshots');

if (!existsSync(join(dist, 'index.html'))) {
	if (distArg) throw new Error(`${dist} enthält keine gebaute Website.`);
	console.log('dist/ fehlt: baue zuerst …');
	execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const slugOf = (label: string) => label.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/[^a-z0-9]+/g, '-');
const types = pageTypesIn(dist);
const person = types.find((type) => type.label === 'Personenseite')!;
const server = await serveDist(dist);
const browser = await launchBrowser();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let count = 0;
try {
	// The search page with results: the name of the first person as the query.
	const probe = await browser.newPage();
	await probe.goto(server.origin + person.path);
	const name = (await probe.locator('h1').innerText()).split(' ').at(-1) ?? 'a';
	await probe.close();
	const pages = types.map((type) => (type.label === 'Suchseite' ? { ...type, path: `${type.path}?q=${encodeURIComponent(name)}` } : type));
	for (const { label, path } of pages) {
		for (const width of [360, 768, 1280]) {
			for (const scheme of ['light', 'dark'] as const) {
				const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
				const page = await context.newPage();
				await page.goto(server.origin + path, { waitUntil: 'networkidle' });
				if (label === 'Suchseite') await page.waitForFunction(() => (document.querySelector('[data-search-count]')?.textContent ?? '') !== '', null, { timeout: 15_000 });
				const file = join(out, `${slugOf(label)}-${width}-${scheme === 'light' ? 'hell' : 'dunkel'}.png`);
				await page.screenshot({ path: file, fullPage: true });
				await context.close();
				count += 1;
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(`${count} Bildschirmfotos in ${out}/ (Seitentyp-Breite-Schema.png).`);
