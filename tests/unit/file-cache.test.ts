import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey, cachedBytes } from '../../src/lib/file-cache.ts';

/** The build cache of preview images (src/lib/file-cache.ts): reuse only for the same inputs. */
const folders: string[] = [];
const folder = () => {
	const dir = mkdtempSync(join(tmpdir(), 'lagebild-cache-'));
	folders.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('cacheKey', () => {
	it('is the same for the same parts and differs when any part differs, or parts are cut elsewhere', () => {
		const key = cacheKey([{ title: 'Gipfel', size: 64 }, 'satori 0.63.2', new Uint8Array([1, 2, 3])]);
		expect(key).toMatch(/^[0-9a-f]{40}$/);
		expect(cacheKey([{ title: 'Gipfel', size: 64 }, 'satori 0.63.2', new Uint8Array([1, 2, 3])])).toBe(key);
		expect(cacheKey([{ title: 'Gipfel', size: 65 }, 'satori 0.63.2', new Uint8Array([1, 2, 3])])).not.toBe(key);
		expect(cacheKey([{ title: 'Gipfel', size: 64 }, 'satori 0.63.3', new Uint8Array([1, 2, 3])])).not.toBe(key);
		expect(cacheKey([{ title: 'Gipfel', size: 64 }, 'satori 0.63.2', new Uint8Array([1, 2, 4])])).not.toBe(key);
		expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
	});

	// The oracle: sha256 over each part (JSON, or the bytes as they are), each followed by a NUL, first 40 hex digits.
	const sha = (...chunks: Array<string | Uint8Array>) => {
		const hash = createHash('sha256');
		for (const chunk of chunks) hash.update(chunk);
		return hash.digest('hex').slice(0, 40);
	};

	it('hashes bytes as they are and separates parts with NUL', () => {
		const bytes = new Uint8Array([104, 105]);
		expect(cacheKey([bytes, 'a'])).toBe(sha(bytes, '\u0000', '"a"', '\u0000'));
	});

	it('an undefined part counts as the word undefined', () => {
		expect(cacheKey([undefined])).toBe(sha('undefined', '\u0000'));
	});
});

describe('cachedBytes', () => {
	it('makes and stores on the first call, then returns the stored bytes without making them again', async () => {
		const dir = folder();
		let made = 0;
		const make = async () => {
			made += 1;
			return new Uint8Array([137, 80, 78, 71]);
		};
		const first = await cachedBytes(dir, 'abc', 'png', make);
		expect(first).toEqual({ bytes: new Uint8Array([137, 80, 78, 71]), hit: false });
		expect([...readFileSync(join(dir, 'abc.png'))]).toEqual([137, 80, 78, 71]);
		const second = await cachedBytes(dir, 'abc', 'png', make);
		expect(second).toEqual({ bytes: new Uint8Array([137, 80, 78, 71]), hit: true });
		expect(made).toBe(1);
		// Nothing half-written is left behind.
		expect(readdirSync(dir)).toEqual(['abc.png']);
	});

	it('another key is made anew; without a folder, every call makes', async () => {
		const dir = folder();
		let made = 0;
		const make = async () => new Uint8Array([++made]);
		await cachedBytes(dir, 'eins', 'png', make);
		expect((await cachedBytes(dir, 'zwei', 'png', make)).bytes).toEqual(new Uint8Array([2]));
		expect((await cachedBytes(undefined, 'eins', 'png', make)).hit).toBe(false);
		expect(made).toBe(3);
	});
});
