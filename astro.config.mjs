// @ts-check
import { defineConfig } from 'astro/config';
import { lagebild } from './src/integrations/lagebild.ts';
import { cspDirectives } from './src/lib/security.ts';
import { settings } from './src/lib/settings.ts';

export default defineConfig({
	// The public base URL: canonical links, previews, feeds and sitemap (src/lib/settings.ts).
	site: settings.site,
	// A build from another content folder (tests, benchmark) keeps its own cache; the preview images are kept in it too.
	cacheDir: settings.cacheDir,
	// Links and canonical URLs always end in a slash (src/lib/urls.ts); the dev and preview servers
	// also answer without it, as static hosts do, instead of an English error page.
	trailingSlash: 'ignore',
	build: {
		format: 'directory',
		inlineStylesheets: 'always',
		// Pages render a few at a time: preview images rasterise on a second core meanwhile.
		concurrency: 4,
	},
	integrations: [lagebild()],
	security: {
		// A strict policy as <meta http-equiv> on every page: Astro adds the hashes of its own
		// inline styles; scripts come from this origin only. Pagefind needs WebAssembly
		// ('wasm-unsafe-eval') and a worker from /pagefind/. dist/_headers repeats it for hosts.
		csp: {
			directives: [...cspDirectives],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// Articles have no code blocks, and Shiki's inline styles would break the CSP: no highlighting.
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
	experimental: {
		// A page whose getStaticPaths() gives a cacheKey (its article's or person's digest,
		// its preview image's text) is copied from the last build when neither that key nor
		// its code changed: one edited article re-renders that article's pages only.
		incrementalBuild: true,
	},
});
