import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
/**
 * The suite's own content (`tests/fixtures/site/`): a frozen copy of the
 * summit article, articles of other shapes written for the tests, and their
 * people. Editing `content/` never changes what the tests see.
 */
export const testContentDir = fileURLToPath(new URL('../fixtures/site/', import.meta.url));
/**
 * The site built from the test content (`npm run build:test-site`): what build and browser tests read.
 * `LAGEBILD_TEST_DIST` points them at another build of it (a second working copy, a parallel run).
 */
export const distDir = process.env['LAGEBILD_TEST_DIST']
	? `${process.env['LAGEBILD_TEST_DIST'].replace(/\/$/, '')}/`
	: fileURLToPath(new URL('../.site/dist/', import.meta.url));
/** The site built from the live `content/` (`npm run build`): only the fidelity tests read it. */
export const liveDistDir = fileURLToPath(new URL('../../dist/', import.meta.url));
