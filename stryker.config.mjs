// @ts-check
import { readFileSync } from 'node:fs';

/**
 * Mutation testing of the pure logic in src/lib/ against the unit tests only:
 * `npm run test:mutation`; one file: `npm run test:mutation -- --mutate src/lib/x.ts`.
 * Slow (a full run takes well over ten minutes on two cores), so it is not part
 * of `npm test` or CI. The HTML report goes to .stryker/report/index.html (git-ignored).
 */

/**
 * src/lib/preview-image.ts is mutated only between its „Title fitting“ and „Layout“
 * markers (width table, estimateLines, fitTitle: pure arithmetic with unit tests).
 * Its font and design-token loading (file-system lookups cached per process)
 * and the satori layout (style constants whose only observable effect is the
 * pixels) are left out: each such mutant re-renders PNGs (about 1 s per test,
 * over 3 minutes for the file), and its only test would be a golden image.
 */
function previewImageTitleFitting() {
	const file = 'src/lib/preview-image.ts';
	const lines = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8').split('\n');
	const start = lines.findIndex((line) => line.includes('---------- Title fitting'));
	const end = lines.findIndex((line) => line.includes('---------- Layout'));
	if (start < 0 || end < start) throw new Error(`stryker.config.mjs: die Marken „Title fitting“/„Layout“ in ${file} fehlen.`);
	return `${file}:${start + 2}-${end}`;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	// Only tests/unit/ (the `unit` project): the build and browser projects need dist/ and Chromium.
	vitest: { configFile: 'vitest.stryker.config.ts' },
	mutate: ['src/lib/**/*.ts', '!src/lib/preview-image.ts', previewImageTitleFitting()],
	coverageAnalysis: 'perTest',
	concurrency: 2,
	// A mutant counts as timed out (detected) after 1.5 × its tests' time plus this margin; the
	// default 5 s let a busy machine (other builds, Chromium) pass survivors off as timeouts.
	timeoutMS: 15_000,
	reporters: ['clear-text', 'progress', 'html'],
	htmlReporter: { fileName: '.stryker/report/index.html' },
	tempDirName: '.stryker/tmp',
	// The sandbox copy needs sources, tests and fixtures, not the builds.
	ignorePatterns: ['/dist', '/tests/.site', '/.astro', '/.bench', '/.stryker', '/tmp', '/screenshots'],
	cleanTempDir: true,
};
