import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist.ts';
import { measure } from '../helpers/budget.ts';
import { pageTypes } from '../helpers/page-types.ts';

/**
 * Byte budgets for a slow phone, on the real build (bytes are deterministic):
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
		expect(figures).toHaveLength(8);
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

	it.each(figures)('$type: images reserve their space (width and height)', (figure) => {
		const { $ } = page(figure.path);
		$('img').each((_index, image) => {
			expect($(image).attr('width')).toBeTruthy();
			expect($(image).attr('height')).toBeTruthy();
		});
	});
});

describe('security headers file', () => {
	it('dist/_headers carries the same strict policy as the pages, and the other headers', async () => {
		const { readFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { distDir } = await import('../helpers/paths.ts');
		const file = readFileSync(join(distDir, '_headers'), 'utf8');
		const header = /Content-Security-Policy: (.+)/.exec(file)?.[1] ?? '';
		const meta = page('/').$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
		for (const directive of meta.split(';').map((part) => part.trim()).filter(Boolean)) {
			const [name, ...sources] = directive.split(/\s+/);
			for (const source of sources) expect(header, `${name} ${source}`).toMatch(new RegExp(`${name}[^;]*${source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
		}
		expect(header).not.toMatch(/unsafe-inline|'unsafe-eval'/);
		expect(file).toContain('X-Content-Type-Options: nosniff');
		expect(file).toContain('Referrer-Policy:');
		expect(file).toContain('immutable');
	});
});
