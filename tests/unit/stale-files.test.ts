import { describe, expect, it } from 'vitest';
import { foldersOf, readStamp, safeOutDir, sameOutput, staleFiles } from '../../src/lib/stale-files.ts';

describe('stale files of a kept output folder', () => {
	it('a file is stale when this build left it untouched and does not name it', () => {
		const before = new Map([
			['behalten/index.html', 500],
			['favicon.svg', 500],
			['geloescht/index.html', 500],
			['_astro/alt.js', 500],
			['_astro/neu-geschrieben.js', 500],
		]);
		const files = [
			{ path: 'neu/index.html', modified: 900 },
			{ path: 'behalten/index.html', modified: 500 },
			{ path: 'favicon.svg', modified: 500 },
			{ path: 'geloescht/index.html', modified: 500 },
			{ path: '_astro/alt.js', modified: 500 },
			// Rewritten by this build: its time changed, whatever the clock says (even backwards).
			{ path: '_astro/neu-geschrieben.js', modified: 499 },
		];
		expect(staleFiles(files, before, new Set(['behalten/index.html', 'favicon.svg']))).toEqual(['geloescht/index.html', '_astro/alt.js']);
		// An output folder that started empty has nothing stale.
		expect(staleFiles(files, new Map(), new Set())).toEqual([]);
	});

	it('the folders deleting them may empty, deepest first, each once', () => {
		expect(foldersOf(['a/b/c/index.html', 'a/b/d.png', 'e.html', 'a/x/index.html'])).toEqual(['a/b/c', 'a/b', 'a/x', 'a']);
		expect(foldersOf([])).toEqual([]);
	});

	it('orders the folders by depth, not by the length of their names', () => {
		expect(foldersOf(['x/y/z/index.html', 'sehr-langer-ordnername/index.html', 'ab/cd/bild.png'])).toEqual([
			'x/y/z',
			'ab/cd',
			'x/y',
			'ab',
			'sehr-langer-ordnername',
			'x',
		]);
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
		// A record from a build that found no marker file does not vouch for the one there now.
		expect(sameOutput({ ...stamp, marker: undefined }, stamp)).toBe(false);
	});

	it('reads a stamp only when it is whole: an empty, damaged or odd file is none', () => {
		const stamp = { outDir: '/site/dist/', marker: { modified: 42.5, size: 900 } };
		expect(readStamp(JSON.stringify(stamp))).toEqual(stamp);
		for (const text of [
			'',
			'{',
			'null',
			'[]',
			'{"outDir": "/site/dist/"}',
			'{"outDir": 1, "marker": {"modified": 1, "size": 2}}',
			'{"outDir": "/d/", "marker": {"modified": "1", "size": 2}}',
			'{"outDir": "/d/", "marker": {"modified": 1}}',
			'{"outDir": "/d/", "marker": {"modified": 1, "size": "2"}}',
		])
			expect(readStamp(text), text).toBeUndefined();
	});

	it('refuses an output folder that is the project or holds it, its sources, public/ or the cache', () => {
		const protectedDirs = ['/work/site/', '/work/site/src/', '/work/site/public/', '/work/site/node_modules/.astro/'];
		expect(safeOutDir('/work/site/dist/', protectedDirs)).toBe(true);
		expect(safeOutDir('/tmp/out', protectedDirs)).toBe(true);
		expect(safeOutDir('/work/site-dist/', protectedDirs)).toBe(true);
		expect(safeOutDir('/work/site/', protectedDirs)).toBe(false);
		expect(safeOutDir('/work/site', protectedDirs)).toBe(false);
		expect(safeOutDir('/work/', protectedDirs)).toBe(false);
		expect(safeOutDir('/work/site/src/', protectedDirs)).toBe(false);
		expect(safeOutDir('/', protectedDirs)).toBe(false);
	});

	it('allows an output folder whose name only begins like a protected folder’s, with or without a closing slash', () => {
		const protectedDirs = ['/work/site/', '/work/site/src/', '/work/site/public/', '/work/site/node_modules/.astro/'];
		expect(safeOutDir('/work/site/pub', protectedDirs)).toBe(true);
		expect(safeOutDir('/work/site/sr/', protectedDirs)).toBe(true);
		expect(safeOutDir('/work/sit', protectedDirs)).toBe(true);
		expect(safeOutDir('/work/out', ['/work/outside'])).toBe(true);
		expect(safeOutDir('/work/out', ['/work/out/src'])).toBe(false);
	});
});
