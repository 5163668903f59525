import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';
import { measure } from '../helpers/budget.ts';
import { pageTypes } from '../helpers/page-types.ts';

/**
 * Byte budgets for a slow phone, on the test site's build (bytes are deterministic):
 * what the first render needs fits the first round trip of a new connection,
 * and the JavaScript run on load is tiny.
 */
const CRITICAL_GZIP = 14 * 1024;
const JS_ON_LOAD_GZIP = 3 * 1024;

const allTypes = { ...pageTypes, search: '/suche/' } as const;
const figures = Object.entries(allTypes).map(([type, path]) => {
	const built = page(path);
	return { type, path, ...measure(built.html, built.$) };
});

describe('byte budgets per page type', () => {
	it('prints the figures', () => {
		console.table(
			figures.map((figure) => ({
				Seite: figure.type,
				'HTML roh': figure.html.raw,
				'HTML gzip': figure.html.gzip,
				'CSS blockierend gzip': figure.blockingCss,
				'kritisch gzip': figure.criticalGzip,
				'JS beim Laden gzip': figure.js.gzip,
				'JS-Dateien': figure.js.files.length,
			})),
		);
		// Every page type of the test site: home, the archive's page 2, both long-reads, both section pages, people, the people
		// under one initial, person, glossary, search, both „Einordnung“ pages, the version in Einfache Sprache, 404.
		expect(figures.map((figure) => figure.type)).toEqual(['home', 'archive', 'longRead', 'section', 'otherLongRead', 'otherSection', 'people', 'peopleInitial', 'person', 'glossary', 'search', 'context', 'otherContext', 'simple', 'notFound']);
	});

	it.each(figures)('$type: render-critical bytes (HTML + blocking CSS, gzip -9) ≤ 14 KiB', (figure) => {
		expect(figure.criticalGzip, `${figure.path}: ${figure.criticalGzip} B, ${figure.criticalGzip - CRITICAL_GZIP} B über dem Budget`).toBeLessThanOrEqual(CRITICAL_GZIP);
	});

	it.each(figures)('$type: one request for first render: no blocking stylesheet, no web font', (figure) => {
		expect(figure.blockingCss).toBe(0);
		expect(page(figure.path).html).not.toMatch(/@font-face|<link[^>]+rel="?preload"?[^>]+as="?font/);
	});

	it.each(figures)('$type: JavaScript executed on load (gzip) ≤ 3 KiB', (figure) => {
		expect(figure.js.gzip, `${figure.path}: ${figure.js.gzip} B (${figure.js.files.join(', ')}), ${figure.js.gzip - JS_ON_LOAD_GZIP} B über dem Budget`).toBeLessThanOrEqual(JS_ON_LOAD_GZIP);
	});
});

describe('security headers file', () => {
	const file = readFileSync(join(distDir, '_headers'), 'utf8');
	const header = /Content-Security-Policy: (.+)/.exec(file)?.[1] ?? '';

	it('dist/_headers has a strict Content-Security-Policy and the other headers', () => {
		expect(header).not.toBe('');
		expect(header).not.toMatch(/unsafe-inline|'unsafe-eval'/);
		expect(file).toContain('X-Content-Type-Options: nosniff');
		expect(file).toContain('Referrer-Policy:');
		expect(file).toContain('immutable');
	});

	it('every page carries its policy in a <meta>, and dist/_headers allows everything each page’s policy allows', () => {
		const pages = builtPages();
		expect(pages).toHaveLength(50);
		for (const built of pages) {
			const meta = built.$('meta[http-equiv="content-security-policy"]').attr('content');
			expect(meta, `${built.path} hat keine Content-Security-Policy im <meta>`).toBeDefined();
			const directives = meta!.split(';').map((part) => part.trim()).filter(Boolean);
			expect(directives.map((directive) => directive.split(/\s+/)[0]), built.path).toEqual(expect.arrayContaining(['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']));
			expect(meta, built.path).not.toMatch(/unsafe-inline|'unsafe-eval'/);
			for (const directive of directives) {
				const [name, ...sources] = directive.split(/\s+/);
				for (const source of sources) expect(header, `${built.path}: ${name} ${source}`).toMatch(new RegExp(`${name}[^;]*${source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
			}
		}
	});
});
