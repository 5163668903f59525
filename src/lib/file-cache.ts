import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A folder of build results keyed by the hash of everything that makes
 * them: a result is reused only when its inputs are the same byte for byte.
 * The folder may be kept between builds (by a CI cache or a host) or
 * deleted at any time; nothing else depends on it.
 */

/** A stable key for the given parts (strings, numbers, plain objects, bytes). */
export function cacheKey(parts: ReadonlyArray<unknown>): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		if (part instanceof Uint8Array) hash.update(part);
		else hash.update(JSON.stringify(part) ?? 'undefined');
		// A separator, so that ['ab', 'c'] and ['a', 'bc'] differ.
		hash.update('\u0000');
	}
	return hash.digest('hex').slice(0, 40);
}

/** Where a result is stored under `key` in `dir`. */
function cacheFile(dir: string, key: string, extension: string): string {
	return join(dir, `${key}.${extension}`);
}

/**
 * The bytes stored under `key` in `dir`, or `make()`'s, stored for next
 * time. Written to a temporary file and renamed, so that a build stopped
 * half-way never leaves a broken entry. Without a folder, `make()` runs.
 */
export async function cachedBytes(
	dir: string | undefined,
	key: string,
	extension: string,
	make: () => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array; hit: boolean }> {
	if (!dir) return { bytes: await make(), hit: false };
	const file = cacheFile(dir, key, extension);
	try {
		return { bytes: new Uint8Array(await readFile(file)), hit: true };
	} catch {
		// Not there yet (or unreadable): made anew below.
	}
	const bytes = await make();
	await mkdir(dir, { recursive: true });
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	await writeFile(temporary, bytes);
	await rename(temporary, file);
	return { bytes, hit: false };
}

/** Whether `dir` holds a result under `key`, without reading it. */
export async function isCached(dir: string, key: string, extension: string): Promise<boolean> {
	return access(cacheFile(dir, key, extension)).then(
		() => true,
		() => false,
	);
}
