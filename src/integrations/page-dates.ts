import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The sitemap's `lastmod`, read from the page it lists: an article's pages
 * declare when the article last changed (`article:modified_time`, from its
 * log), so the sitemap says what the page says. Pages without it (the home
 * page, people, search) get no `lastmod`. The sitemap's filter is here too:
 * it lists the pages the output folder holds (`inOutput`), so what only the
 * search index reads (moved out before, src/integrations/search-artefact.ts)
 * and the 404 page are left out without being named.
 */
export function pageDates() {
	let output: string | undefined;
	const integration: AstroIntegration = {
		name: 'lagebild-page-dates',
		hooks: {
			'astro:build:done': ({ dir }) => {
				output = fileURLToPath(dir);
			},
		},
	};
	/** The page's head: the meta tags stand before the first 16 KiB end. */
	const head = async (file: string) => {
		const handle = await open(file).catch(() => undefined);
		if (!handle) return '';
		try {
			const buffer = Buffer.alloc(16 * 1024);
			const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
			return buffer.subarray(0, bytesRead).toString('utf8');
		} finally {
			await handle.close();
		}
	};
	const lastmod = async <Item extends { url: string; lastmod?: string | undefined }>(item: Item): Promise<Item> => {
		if (!output) return item;
		const path = decodeURIComponent(new URL(item.url).pathname);
		const modified = /<meta property="article:modified_time" content="([^"]+)"/.exec(await head(join(output, path, 'index.html')))?.[1];
		return modified ? { ...item, lastmod: modified } : item;
	};
	/** Whether the output folder holds the page at this URL as `<path>/index.html` (the sitemap's filter: the 404 page is `404.html`). */
	const inOutput = (url: string): boolean =>
		output !== undefined && existsSync(join(output, decodeURIComponent(new URL(url).pathname), 'index.html'));
	return { integration, lastmod, inOutput };
}
