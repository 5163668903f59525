import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A model as the content store holds it: its JSON, compressed, in base64.
 *
 * Astro writes the whole store as one file and, for the build, turns that file
 * into one JavaScript module; both steps hold several copies of it at once.
 * Stored as objects, a story's model took about 46 KB of that file, in
 * two-byte strings (the text's „ “ and – are outside Latin-1), and the steps
 * around it held about fourteen times the file: at 10,000 stories more than
 * the 4.5 GiB heap a build has. Compressed, a story takes about 21 KB of ASCII,
 * which the engine keeps in one byte per character.
 *
 * The models are plain data (they cross from the worker threads by
 * structured clone and have no Map, Set, Date or undefined array entries), so
 * JSON keeps them as they are; a unit test holds every model of the test
 * content to that.
 */
export interface StoredModel {
	/** The model's JSON, deflated and in base64. */
	packed: string;
}

export function packModel(model: object): StoredModel {
	return { packed: deflateRawSync(JSON.stringify(model)).toString('base64') };
}

export function unpackModel<T extends object>(stored: StoredModel): T {
	return JSON.parse(inflateRawSync(Buffer.from(stored.packed, 'base64')).toString('utf8')) as T;
}
