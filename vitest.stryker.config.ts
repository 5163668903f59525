import { defineConfig } from 'vitest/config';

/**
 * Vitest for mutation testing (`npm run test:mutation`, see stryker.config.mjs):
 * only the `unit` project of vitest.config.ts. The build and browser projects
 * need a built site and Chromium and do not import src/lib/ as source.
 */
export default defineConfig({
	test: {
		name: 'unit',
		include: ['tests/unit/**/*.test.ts'],
		// A worker thread runs the code as written (the mutation's switch lives in the calling thread): comparing a worker's
		// models with the calling thread's would count every mutant that changes a model as caught. The file tests the pool
		// with the site's options; the pool's own tests (worker-pool.test.ts) stay in.
		exclude: ['tests/unit/content-load-workers.test.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
	},
});
