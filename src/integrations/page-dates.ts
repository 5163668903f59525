import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { pageHeads } from './page-heads.ts';

/**
 * The sitemap's `lastmod`, read from the page it lists: an article's pages
 * declare when the article last changed (`article:modified_time`, from its
 * log), so the sitemap says what the page says. Pages without it (the home
 * page, people, search) get no `lastmod`. The sitemap's filter is here too:
 * it lists the pages the output folder holds (`inOutput`), so what only the
 * search index reads (moved out before, src/integrations/search-artefact.ts)
 * and the 404 page are left out without being named.
 */
export function pageDates(heads: ReturnType<typeof pageHeads>) {
	let output: string | undefined;
	const integration: AstroIntegration = {
		name: 'lagebild-page-dates',
		hooks: {
			'astro:build:done': ({ dir }) => {
				output = fileURLToPath(dir);
			},
		},
	};
	const lastmod = async <Item extends { url: string; lastmod?: string | undefined }>(item: Item): Promise<Item> => {
		if (!output) return item;
		const path = decodeURIComponent(new URL(item.url).pathname);
		const modified = heads.of(join(output, path, 'index.html'))?.modified;
		return modified ? { ...item, lastmod: modified } : item;
	};
	/** Whether the output folder holds the page at this URL as `<path>/index.html` (the sitemap's filter: the 404 page is `404.html`). */
	const inOutput = (url: string): boolean =>
		output !== undefined && heads.of(join(output, decodeURIComponent(new URL(url).pathname), 'index.html')) !== undefined;
	return { integration, lastmod, inOutput };
}
