import { defineConfig } from 'vitest/config';

/**
 * Three projects mirror the features: pure modules (`unit`), the built site
 * in `dist/` (`build`), and the built site in Debian's Chromium (`browser`).
 * `npm test` builds the site first; build and browser tests read that build.
 */
export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 60_000,
		maxWorkers: 2,
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/require-dist.ts'] } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					// A worker's files share one module graph, so one Chromium serves them all (tests/helpers/site.ts).
					isolate: false,
					globalSetup: ['tests/helpers/require-dist.ts', 'tests/helpers/require-chromium.ts'],
				},
			},
		],
	},
});
