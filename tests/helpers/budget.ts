import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';
import { distDir } from './paths.ts';

/** Bytes as the network carries them: gzip at level 9. */
export const gzipBytes = (content: string | Uint8Array) => gzipSync(content, { level: 9 }).byteLength;

const read = (urlPath: string) => readFileSync(join(distDir, urlPath));

/** Stylesheets the first render waits for: `<link rel=stylesheet>` that is not print-only, not disabled. */
export function renderBlockingStyles($: CheerioAPI): string[] {
	return $('link[rel=stylesheet]')
		.filter((_index, element) => !['print'].includes($(element).attr('media') ?? '') && $(element).attr('disabled') === undefined)
		.map((_index, element) => $(element).attr('href')!)
		.get();
}

/** The module scripts a page runs on load, with every chunk they import statically (not `import()`). */
export function scriptsOnLoad($: CheerioAPI): string[] {
	const seen = new Set<string>();
	const visit = (urlPath: string) => {
		if (seen.has(urlPath)) return;
		seen.add(urlPath);
		const code = read(urlPath).toString('utf8');
		for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
			visit(new URL(match[1]!, `http://x${urlPath}`).pathname);
		}
	};
	$('script[src]').each((_index, element) => visit($(element).attr('src')!));
	$('link[rel=modulepreload]').each((_index, element) => visit($(element).attr('href')!));
	return [...seen];
}

export interface PageBudget {
	html: { raw: number; gzip: number };
	inlineCss: number;
	blockingCss: number;
	criticalGzip: number;
	js: { files: string[]; raw: number; gzip: number };
}

export function measure(html: string, $: CheerioAPI): PageBudget {
	const styles = renderBlockingStyles($);
	const blockingCss = styles.reduce((sum, href) => sum + gzipBytes(read(href)), 0);
	const js = scriptsOnLoad($);
	return {
		html: { raw: Buffer.byteLength(html), gzip: gzipBytes(html) },
		inlineCss: $('style').text().length,
		blockingCss,
		criticalGzip: gzipBytes(html) + blockingCss,
		js: {
			files: js,
			raw: js.reduce((sum, file) => sum + read(file).byteLength, 0),
			gzip: js.reduce((sum, file) => sum + gzipBytes(read(file)), 0),
		},
	};
}

/** What a phone has of a page after the first round trip of a new connection: 14 KiB of the gzip-9 stream, decompressed as far as they go. */
export const FIRST_ROUND_TRIP = 14 * 1024;

export function firstRoundTrip(html: string): string {
	const compressed = gzipSync(html, { level: 9 });
	return gunzipSync(compressed.subarray(0, FIRST_ROUND_TRIP), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
}
