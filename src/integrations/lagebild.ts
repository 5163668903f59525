import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { securityHeaders } from './headers.ts';
import { settings } from '../lib/settings.ts';
import { keptOutput } from './kept-output.ts';
import { pageDates } from './page-dates.ts';
import { pageHeads } from './page-heads.ts';
import { searchArtefact } from './search-artefact.ts';

/**
 * Everything Lagebild adds to Astro, wired in one place: the unified
 * Markdown pipeline (articles render through `src/lib/markdown/pipeline.ts`
 * in the content loader; this makes the same choice for any Markdown Astro
 * renders itself), the output folder kept between builds, the search artefact, the sitemap
 * and the `_headers` file. The Pagefind index is the next step of `npm run build`,
 * after Astro's process has ended (src/search-index.ts).
 */
export function lagebild(): AstroIntegration {
	const output = keptOutput();
	// Each page's head read once, for the sitemap's dates and for _headers.
	const heads = pageHeads();
	const dates = pageDates(heads);
	return {
		name: 'lagebild',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					markdown: { syntaxHighlight: false, processor: unified({ smartypants: false }) },
					integrations: [
						// First: what this build no longer makes leaves the kept output folder before anything reads it.
						output.prune,
						// What only the search index reads leaves the output folder before the others read it (src/lib/search/artefact.ts).
						searchArtefact(),
						// Remembers the output folder: the sitemap dates each page as the page itself does.
						dates.integration,
						// Every page the output folder holds (`<path>/index.html`: not the 404 page), in files of at most 45,000 URLs (the protocol allows
						// 50,000) under one sitemap-index.xml; LAGEBILD_SITEMAP_LIMIT for tests.
						sitemap({
							filter: dates.inOutput,
							entryLimit: settings.sitemapLimit,
							// An article's pages: lastmod is the article's dateModified (its `article:modified_time`).
							serialize: dates.lastmod,
						}),
						securityHeaders(heads),
						// Last: records the finished folder, so the next build may keep it.
						output.stamp,
					],
				});
			},
		},
	};
}
