import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { MISSING, pageExists, pageFile, pageLegend, pageTypesIn, type PageType } from './site.ts';
import { phoneContext } from './chromium.ts';
import { serveCounting } from './serve.ts';
import { gzipSize, heading, kib, note, table } from './util.ts';

interface Sizes {
	raw: number;
	gzip: number;
}

interface FileFigures {
	html: Sizes;
	inlineCss: Sizes;
	externalCss: Sizes & { files: number };
	inlineJs: Sizes;
	externalJs: Sizes & { files: number };
	/** Inline <script> that is data, not code (JSON-LD, import maps …). */
	inlineData: Sizes;
	missingFiles: string[];
}

interface LoadFigures {
	requests: number;
	failed: number;
	total: number;
	byType: Map<string, number>;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const add = (sizes: Sizes, data: Buffer | string) => {
	const buffer = typeof data === 'string' ? Buffer.from(data) : data;
	sizes.raw += buffer.length;
	sizes.gzip += gzipSize(buffer);
};

/** Sizes of a page as it lies in dist/: the HTML file, its inline and its referenced CSS and JS. */
export function fileFigures(outDir: string, page: PageType): FileFigures {
	const html = readFileSync(pageFile(outDir, page.path));
	const $ = cheerio.load(html.toString('utf8'));
	const figures: FileFigures = {
		html: { raw: html.length, gzip: gzipSize(html) },
		inlineCss: { raw: 0, gzip: 0 },
		externalCss: { raw: 0, gzip: 0, files: 0 },
		inlineJs: { raw: 0, gzip: 0 },
		externalJs: { raw: 0, gzip: 0, files: 0 },
		inlineData: { raw: 0, gzip: 0 },
		missingFiles: [],
	};
	$('style').each((_, element) => add(figures.inlineCss, $(element).text()));
	$('script:not([src])').each((_, element) => {
		const type = ($(element).attr('type') ?? '').trim().toLowerCase();
		add(JS_TYPES.has(type) ? figures.inlineJs : figures.inlineData, $(element).text());
	});
	const external = (href: string | undefined, into: Sizes & { files: number }) => {
		if (!href) return;
		const url = new URL(href, `http://site.invalid${page.path}`);
		if (url.host !== 'site.invalid') return;
		const file = join(outDir, decodeURIComponent(url.pathname));
		if (!existsSync(file)) {
			figures.missingFiles.push(url.pathname);
			return;
		}
		add(into, readFileSync(file));
		into.files += 1;
	};
	$('link[rel~="stylesheet"][href]').each((_, element) => external($(element).attr('href'), figures.externalCss));
	$('script[src]').each((_, element) => external($(element).attr('src'), figures.externalJs));
	$('link[rel="modulepreload"][href]').each((_, element) => external($(element).attr('href'), figures.externalJs));
	return figures;
}

const TYPE_LABELS: ReadonlyArray<[string, string[]]> = [
	['Dokument', ['Document']],
	['CSS', ['Stylesheet']],
	['JS', ['Script']],
	['Schriften', ['Font']],
	['Bilder', ['Image', 'Media']],
	['Fetch/XHR', ['Fetch', 'XHR']],
];

/** What Chromium loads for a page until the network is idle (500 ms without requests), cache disabled. */
async function loadFigures(browser: Browser, url: string): Promise<LoadFigures> {
	const context = await browser.newContext(phoneContext);
	try {
		const page = await context.newPage();
		const client = await context.newCDPSession(page);
		const requests = new Map<string, { type: string; bytes: number; done: boolean; failed: boolean }>();
		client.on('Network.requestWillBeSent', (event) => {
			if (!requests.has(event.requestId))
				requests.set(event.requestId, { type: event.type ?? 'Other', bytes: 0, done: false, failed: false });
		});
		client.on('Network.responseReceived', (event) => {
			const request = requests.get(event.requestId);
			if (request) request.type = event.type;
		});
		client.on('Network.loadingFinished', (event) => {
			const request = requests.get(event.requestId);
			if (request) {
				request.bytes = event.encodedDataLength;
				request.done = true;
			}
		});
		client.on('Network.loadingFailed', (event) => {
			const request = requests.get(event.requestId);
			if (request) {
				request.done = true;
				request.failed = true;
			}
		});
		await client.send('Network.enable');
		await client.send('Network.setCacheDisabled', { cacheDisabled: true });
		await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
		// loadingFinished may trail the idle signal by a moment.
		for (let wait = 0; wait < 20 && [...requests.values()].some((request) => !request.done); wait += 1) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		const byType = new Map<string, number>();
		let total = 0;
		let failed = 0;
		for (const request of requests.values()) {
			if (request.failed) failed += 1;
			const label = TYPE_LABELS.find(([, types]) => types.includes(request.type))?.[0] ?? 'Sonstige';
			byType.set(label, (byType.get(label) ?? 0) + request.bytes);
			total += request.bytes;
		}
		return { requests: requests.size, failed, total, byType };
	} finally {
		await context.close();
	}
}

const pair = (sizes: Sizes) => `${(sizes.raw / 1024).toFixed(1)} / ${(sizes.gzip / 1024).toFixed(1)}`;

/** Part 1: bytes per page type from dist/ and as loaded by Chromium. */
export async function runPages(outDir: string, browser: Browser): Promise<void> {
	heading('1. Seiten: Größe und Anfragen (dist/ der echten Inhalte)');
	const fileRows: string[][] = [];
	const loadRows: string[][] = [];
	const remarks: string[] = [];
	const server = await serveCounting(outDir);
	try {
		for (const page of pageTypesIn(outDir)) {
			const label = page.label;
			if (!pageExists(outDir, page.path)) {
				fileRows.push([label, MISSING, '', '', '', '', '']);
				loadRows.push([label, MISSING, '', '', '', '', '', '', '', '']);
				continue;
			}
			const files = fileFigures(outDir, page);
			fileRows.push([
				label,
				pair(files.html),
				pair(files.inlineCss),
				`${pair(files.externalCss)} (${files.externalCss.files})`,
				pair(files.inlineJs),
				`${pair(files.externalJs)} (${files.externalJs.files})`,
				pair(files.inlineData),
			]);
			if (files.missingFiles.length > 0) remarks.push(`${page.path}: verweist auf fehlende Dateien ${files.missingFiles.join(', ')}`);
			const load = await loadFigures(browser, server.origin + page.path);
			loadRows.push([
				label,
				String(load.requests) + (load.failed > 0 ? ` (${load.failed} fehlgeschl.)` : ''),
				kib(load.total),
				...[...TYPE_LABELS.map(([name]) => name), 'Sonstige'].map((name) => kib(load.byType.get(name) ?? 0)),
			]);
		}
	} finally {
		await server.close();
	}
	note(pageLegend(pageTypesIn(outDir)));
	note('Dateien in dist/, je Zelle „roh / gzip -9“ in KiB; (n) = Anzahl externer Dateien.');
	note('HTML = die ganze HTML-Datei, also einschließlich ihres Inline-CSS/-JS; „Daten“ = <script> mit JSON o. ä. (kein Code).');
	console.log(table(['Seite', 'HTML', 'CSS inline', 'CSS extern', 'JS inline', 'JS extern', 'Daten inline'], fileRows));
	note(
		'\nChromium (mobiles Viewport 412×823, Cache aus) bis Netzwerkruhe; übertragene Bytes je Typ (mit HTTP-Headern; der Server komprimiert Text mit gzip wie ein üblicher Host oder ein CDN).',
	);
	console.log(table(['Seite', 'Anfragen', 'Gesamt', ...TYPE_LABELS.map(([name]) => name), 'Sonstige'], loadRows));
	for (const remark of remarks) note(`Hinweis: ${remark}`);
}
