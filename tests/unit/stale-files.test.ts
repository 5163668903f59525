import { describe, expect, it } from 'vitest';
import { foldersOf, sameOutput, staleFiles } from '../../src/lib/stale-files.ts';

describe('stale files of a kept output folder', () => {
	const since = 1_000_000;
	it('a file is stale when this build neither wrote it nor names it', () => {
		const files = [
			{ path: 'neu/index.html', modified: since + 5 },
			{ path: 'behalten/index.html', modified: since - 60_000 },
			{ path: 'favicon.svg', modified: since - 60_000 },
			{ path: 'geloescht/index.html', modified: since - 60_000 },
			{ path: '_astro/alt.js', modified: since - 1 },
		];
		expect(staleFiles(files, new Set(['behalten/index.html', 'favicon.svg']), since)).toEqual(['geloescht/index.html', '_astro/alt.js']);
		// Written at the very moment counts as this build's.
		expect(staleFiles([{ path: 'x', modified: since }], new Set(), since)).toEqual([]);
	});

	it('the folders deleting them may empty, deepest first, each once', () => {
		expect(foldersOf(['a/b/c/index.html', 'a/b/d.png', 'e.html', 'a/x/index.html'])).toEqual(['a/b/c', 'a/b', 'a/x', 'a']);
		expect(foldersOf([])).toEqual([]);
	});

	it('the folder is kept only when it is where and as this cache’s last build left it', () => {
		const stamp = { outDir: '/site/dist/', marker: { modified: 42.5, size: 900 } };
		expect(sameOutput(stamp, { ...stamp })).toBe(true);
		expect(sameOutput(undefined, stamp)).toBe(false);
		expect(sameOutput(stamp, { ...stamp, outDir: '/other/dist/' })).toBe(false);
		expect(sameOutput(stamp, { ...stamp, marker: { modified: 43, size: 900 } })).toBe(false);
		expect(sameOutput(stamp, { ...stamp, marker: { modified: 42.5, size: 901 } })).toBe(false);
		expect(sameOutput(stamp, { ...stamp, marker: undefined })).toBe(false);
		expect(sameOutput({ ...stamp, marker: undefined }, { ...stamp, marker: undefined })).toBe(false);
	});
});
