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
		testTimeout: 30_000,
		hookTimeout: 60_000,
	},
});
