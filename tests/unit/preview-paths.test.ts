import { describe, expect, it } from 'vitest';
import { articlePreviewPath, sectionPreviewPath, sitePreviewPath } from '../../src/lib/preview-paths.ts';

describe('preview image paths', () => {
	it('one per article, one per section, one for the site', () => {
		expect([articlePreviewPath('kanzlerwahl'), sectionPreviewPath('kanzlerwahl', 'die-wahl'), sitePreviewPath()]).toEqual([
			'/og/kanzlerwahl.png',
			'/og/kanzlerwahl/die-wahl.png',
			'/og/_website.png',
		]);
	});
});
