import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { policyText } from '../lib/headers-file.ts';
import { detached } from '../lib/intern.ts';

/** What the build's last steps read from the start of a built page. */
export interface PageHead {
	/** Its `article:modified_time` (an article's pages), for the sitemap's `lastmod`. */
	modified: string | undefined;
	/** Its `<meta http-equiv="content-security-policy">`, for `_headers`. */
	policy: string | undefined;
}

const MODIFIED = /<meta property="article:modified_time" content="([^"]+)"/;
/** The meta tags stand before the first 16 KiB end; a page whose policy stands later is read whole. */
const HEAD_BYTES = 16 * 1024;

/**
 * A piece of a page's head, copied (src/lib/intern.ts): kept as the slice it is, every article page's date
 * would hold its page's first 16 KiB (two bytes a character, as the text has „ “): at 10,000 stories, 3.5 GiB.
 */
const own = (text: string | undefined) => (text === undefined ? undefined : detached(text));

function read(file: string): PageHead | undefined {
	let handle: number;
	try {
		handle = openSync(file, 'r');
	} catch {
		return undefined;
	}
	try {
		const buffer = Buffer.alloc(HEAD_BYTES);
		const length = readSync(handle, buffer, 0, buffer.length, 0);
		let start = buffer.toString('utf8', 0, length);
		if (!policyText(start) && length === buffer.length) start = readFileSync(file, 'utf8');
		return { modified: own(MODIFIED.exec(start)?.[1]), policy: policyText(start) };
	} finally {
		closeSync(handle);
	}
}

/**
 * The heads of the built pages, each read once per build whichever step asks
 * first (the sitemap's filter and dates, then `_headers`: at 1,000 stories,
 * 15,000 pages); undefined for a page that is not there. Read synchronously: for thousands of small reads, the thread
 * pool's round trips cost more than the reads.
 */
export function pageHeads(): { of(file: string): PageHead | undefined } {
	const heads = new Map<string, PageHead | undefined>();
	// Most pages carry the same policy: one copy of each text is kept, not one per page.
	const policies = new Map<string, string>();
	return {
		of(file) {
			if (!heads.has(file)) {
				const head = read(file);
				if (head?.policy) {
					let policy = policies.get(head.policy);
					if (policy === undefined) {
						policy = own(head.policy)!;
						policies.set(policy, policy);
					}
					head.policy = policy;
				}
				heads.set(file, head);
			}
			return heads.get(file);
		},
	};
}
