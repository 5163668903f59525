import { defineConfig } from 'vitest/config';

/**
 * Four projects mirror the features: pure modules (`unit`), the built site
 * in `dist/` (`build`), the built site in Debian's Chromium headless shell
 * (`browser`, tests/helpers/browser.ts says why the shell), and the same site
 * in Firefox ESR and WebKitGTK, with what only the whole Chromium does
 * (`engines`, tests/browser/engines/). `npm test` builds the site first; build and
 * browser tests read that build.
 *
 * `build`, `browser` and `engines` run their files without isolation (the
 * build tests then import cheerio and the dist readers once per worker, not
 * once per file); in the browser projects a worker's files
 * share one module graph, so each worker starts one Chromium (`browser`,
 * tests/helpers/site.ts) or one browser per engine (`engines`,
 * tests/helpers/engines/index.ts) and keeps it for all its files, each test
 * in a fresh context or a reset session.
 */
export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 60_000,
		maxWorkers: 2,
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], isolate: false, globalSetup: ['tests/helpers/require-dist.ts'] } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					exclude: ['tests/browser/engines/**'],
					// A worker's files share one module graph, so one Chromium serves them all (tests/helpers/site.ts).
					isolate: false,
					globalSetup: ['tests/helpers/require-dist.ts', 'tests/helpers/require-chromium.ts'],
				},
			},
			{
				test: {
					name: 'engines',
					include: ['tests/browser/engines/**/*.test.ts'],
					isolate: false,
					// WebKitGTK under Xvfb is the slowest of the engines on a busy machine: room for one slow page more.
					testTimeout: 60_000,
					// Concurrent tests (budgets.test.ts) three at a time: more left the pages too little of a busy machine.
					maxConcurrency: 3,
					globalSetup: ['tests/helpers/require-dist.ts', 'tests/helpers/require-engines.ts'],
				},
			},
		],
	},
});
