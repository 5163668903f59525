import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';
import { firstRoundTrip, measure } from '../helpers/budget.ts';
import { pageTypes } from '../helpers/page-types.ts';

/**
 * Byte budgets for a slow phone, on the test site's build (bytes are deterministic).
 * What the limit is about: the first round trip of a new connection (14 KiB of
 * the gzip-9 stream) must hold everything the first paint needs — all
 * render-blocking CSS (inline in the head), the site header, the headline, and
 * on an article the lede and the start of its first section — however long the
 * rest of the page is. The whole page's size is reported, not capped; the
 * JavaScript run on load is tiny.
 */
const JS_ON_LOAD_GZIP = 3 * 1024;

const allTypes = { ...pageTypes, search: '/suche/' } as const;
const figures = Object.entries(allTypes).map(([type, path]) => {
	const built = page(path);
	return { type, path, ...measure(built.html, built.$), first: firstRoundTrip(built.html) };
});

/** Where the first paint's content ends in a page's HTML: the end of its h1, or on an article the first 200 characters of its first paragraph. */
function firstPaintEnd(html: string, type: string): { what: string; at: number } {
	const after = (marker: string, from = 0) => {
		const at = html.indexOf(marker, from);
		expect(at, `${type}: ${marker} fehlt`).toBeGreaterThan(0);
		return at;
	};
	if (/^(longRead|otherLongRead)$/.test(type)) {
		const section = after('<section class="article-section"');
		return { what: 'Vorspann und Beginn des ersten Abschnitts', at: after('<p', after('class="prose"', section)) + 200 };
	}
	if (/^(section|otherSection)$/.test(type))
		return { what: 'Überschrift und Beginn des Abschnitts', at: after('<p', after('class="prose"')) + 200 };
	return { what: 'Kopf und Überschrift', at: after('</h1>') + '</h1>'.length };
}

describe('byte budgets per page type', () => {
	it('prints the figures', () => {
		console.table(
			figures.map((figure) => ({
				Seite: figure.type,
				'HTML roh': figure.html.raw,
				'HTML gzip': figure.html.gzip,
				'erste Runde (Zeichen)': figure.first.length,
				'CSS blockierend gzip': figure.blockingCss,
				'JS beim Laden gzip': figure.js.gzip,
				'JS-Dateien': figure.js.files.length,
			})),
		);
		// Every page type of the test site: home, the archive's page 2, both long-reads, both section pages, people, the people
		// under one initial, person, glossary, search, both „Einordnung“ pages, the version in Einfache Sprache, the corrections, 404.
		expect(figures.map((figure) => figure.type)).toEqual([
			'home',
			'archive',
			'longRead',
			'section',
			'otherLongRead',
			'otherSection',
			'people',
			'peopleInitial',
			'person',
			'glossary',
			'search',
			'context',
			'otherContext',
			'simple',
			'corrections',
			'notFound',
		]);
	});

	it.each(figures)(
		'$type: the first round trip (14 KiB of gzip) holds the CSS, the header, the headline and, on articles, the lede and the start of the text',
		(figure) => {
			const html = page(figure.path).html;
			const { what, at } = firstPaintEnd(html, figure.type);
			// The head with all its inline CSS, and the site's header bar.
			expect(figure.first.length, `${figure.path}: </head> nicht in der ersten Runde`).toBeGreaterThan(html.indexOf('</head>'));
			expect(figure.first.length, `${figure.path}: Kopfleiste nicht in der ersten Runde`).toBeGreaterThan(html.indexOf('</header>'));
			expect(
				figure.first.length,
				`${figure.path}: ${what} nicht in der ersten Runde (${figure.first.length} von ${at} Zeichen)`,
			).toBeGreaterThanOrEqual(at);
			expect(figure.first).toBe(html.slice(0, figure.first.length));
		},
	);

	it('the check itself fails a page whose headline comes after 14 KiB of compressed bytes', () => {
		// 30,000 pseudo-random letters in the head compress to well over 14 KiB.
		let seed = 1;
		const noise = Array.from({ length: 30_000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
		const html = `<!doctype html><html><head><style>/* ${noise} */</style></head><body><header></header><h1>Titel</h1></body></html>`;
		expect(firstRoundTrip(html).length).toBeLessThan(html.indexOf('</h1>'));
	});

	it.each(figures)('$type: one request for first render: no blocking stylesheet, no web font', (figure) => {
		expect(figure.blockingCss).toBe(0);
		expect(page(figure.path).html).not.toMatch(/@font-face|<link[^>]+rel="?preload"?[^>]+as="?font/);
	});

	it.each(figures)('$type: one script on load, no chunk of its own that it imports (each would cost a round trip)', (figure) => {
		expect(figure.js.files, figure.js.files.join(', ')).toHaveLength(1);
	});

	it.each(figures)('$type: JavaScript executed on load (gzip) ≤ 3 KiB', (figure) => {
		expect(
			figure.js.gzip,
			`${figure.path}: ${figure.js.gzip} B (${figure.js.files.join(', ')}), ${figure.js.gzip - JS_ON_LOAD_GZIP} B über dem Budget`,
		).toBeLessThanOrEqual(JS_ON_LOAD_GZIP);
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
		expect(pages).toHaveLength(61);
		for (const built of pages) {
			const meta = built.$('meta[http-equiv="content-security-policy"]').attr('content');
			expect(meta, `${built.path} hat keine Content-Security-Policy im <meta>`).toBeDefined();
			const directives = meta!
				.split(';')
				.map((part) => part.trim())
				.filter(Boolean);
			expect(
				directives.map((directive) => directive.split(/\s+/)[0]),
				built.path,
			).toEqual(expect.arrayContaining(['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']));
			expect(meta, built.path).not.toMatch(/unsafe-inline|'unsafe-eval'/);
			for (const directive of directives) {
				const [name, ...sources] = directive.split(/\s+/);
				for (const source of sources)
					expect(header, `${built.path}: ${name} ${source}`).toMatch(
						new RegExp(`${name}[^;]*${source.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
					);
			}
		}
	});
});
