import { contentOptions } from '../../src/loaders/content-options.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { ContentModel } from '../../src/lib/content/model.ts';
import { projectRoot, testContentDir } from './paths.ts';

let cached: Promise<ContentModel> | undefined;

/** The test content through the same load the site's loader runs (once per test file). */
export function testContent(): Promise<ContentModel> {
	cached ??= loadContent(contentOptions(testContentDir, projectRoot));
	return cached;
}

/** Loads another content folder (a fixture case) the way the site would. */
export function loadFolder(dir: string): Promise<ContentModel> {
	return loadContent(contentOptions(dir, projectRoot));
}
