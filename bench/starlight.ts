import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, runIn } from './util.ts';
import { sourceArticle } from './generate.ts';

/**
 * The yardstick of issue 13: Starlight (Astro's documentation theme, with
 * its own Pagefind search) building N copies of the summit article, side by
 * side with Lagebild in the same benchmark run. Starlight is not part of
 * the project: it is installed from the npm registry into a folder of its
 * own under `.bench/` (kept between runs, ignored by git), pinned to the
 * Astro version the project uses.
 */
export const STARLIGHT_VERSION = '0.42.4';
const folder = join(projectRoot, '.bench', `starlight-${STARLIGHT_VERSION}`);

/** The Starlight project, installed once (about a minute from the npm registry). */
async function ensureInstalled(): Promise<void> {
	const astroVersion = (JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string })
		.version;
	const manifest = JSON.stringify(
		{
			name: 'starlight-vergleich',
			private: true,
			type: 'module',
			dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
		},
		null,
		2,
	);
	mkdirSync(folder, { recursive: true });
	const current = existsSync(join(folder, 'package.json')) ? readFileSync(join(folder, 'package.json'), 'utf8') : '';
	if (current === manifest && existsSync(join(folder, 'node_modules/@astrojs/starlight'))) return;
	writeFileSync(join(folder, 'package.json'), manifest);
	writeFileSync(
		join(folder, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Vergleich', defaultLocale: 'root', locales: { root: { label: 'Deutsch', lang: 'de' } } })] });\n",
	);
	mkdirSync(join(folder, 'src'), { recursive: true });
	writeFileSync(
		join(folder, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	const npm = join(projectRoot, 'node_modules/.bin/npm');
	const install = await runIn(folder, existsSync(npm) ? npm : 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
	if (!install.ok) throw new Error(`Starlight ließ sich nicht installieren:\n${install.output}`);
}

/** N copies of the summit article as Starlight pages (title from its front matter, the Markdown body as it is). */
function writeCopies(count: number): void {
	const source = readFileSync(sourceArticle, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source)!;
	const title = /^title:\s*"?(.*?)"?\s*$/m.exec(match[1]!)?.[1] ?? 'Artikel';
	// Pinned heading slugs ({#…}) are Lagebild's syntax: plain headings for Starlight.
	const body = match[2]!.replace(/\s*\{#[^}]+\}\s*$/gm, '');
	const docs = join(folder, 'src/content/docs');
	mkdirSync(docs, { recursive: true });
	for (let number = 1; number <= count; number += 1) {
		writeFileSync(
			join(docs, `artikel-${String(number).padStart(5, '0')}.md`),
			`---\ntitle: ${JSON.stringify(`${title} (${number})`)}\n---\n\n${body}`,
		);
	}
	writeFileSync(join(docs, 'index.md'), '---\ntitle: Start\n---\n\nVergleich.\n');
}

/** A clean Starlight build of `count` copies: seconds and pages; throws with the log if it fails. */
export async function starlightBuild(count: number): Promise<{ seconds: number; pages: number }> {
	await ensureInstalled();
	for (const name of ['src/content/docs', 'dist', '.astro', 'node_modules/.astro'])
		rmSync(join(folder, name), { recursive: true, force: true });
	writeCopies(count);
	const build = await runIn(folder, process.execPath, [join(folder, 'node_modules/astro/bin/astro.mjs'), 'build']);
	if (!build.ok) throw new Error(`Starlight-Bau fehlgeschlagen:\n${build.output.split('\n').slice(-25).join('\n')}`);
	return { seconds: build.seconds, pages: count + 2 };
}
