import { createHash } from 'node:crypto';
import { detached } from './intern.ts';
import { remembered } from './memo.ts';

/**
 * The `_headers` file for static hosts that read one (Netlify, Cloudflare
 * Pages and others): the pages' Content-Security-Policy as a real header
 * (the <meta> cannot set frame-ancestors), the headers a meta element cannot
 * carry at all, and long cache lifetimes for hashed assets.
 */

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** The policy of one built page as written (its <meta>'s content attribute), if it has one. */
export function policyText(html: string): string | undefined {
	return CSP_META.exec(html)?.[1] || undefined;
}

/** The policy of one built page, from its <meta http-equiv>. */
export function pagePolicy(html: string): Map<string, Set<string>> | undefined {
	const content = policyText(html);
	return content ? parsePolicy(content) : undefined;
}

/** A policy as written in a <meta> content attribute, directive by directive. */
export function parsePolicy(content: string): Map<string, Set<string>> {
	const policy = new Map<string, Set<string>>();
	for (const directive of content
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) policy.set(name, new Set(sources));
	}
	return policy;
}

/** One policy that every page works under: the union of the pages' sources, directive by directive. */
export function mergePolicies(policies: Iterable<Map<string, Set<string>>>): Map<string, Set<string>> {
	const merged = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const [name, sources] of policy) {
			const into = merged.get(name) ?? new Set<string>();
			for (const source of sources) into.add(source);
			merged.set(name, into);
		}
	}
	return merged;
}

export function serializePolicy(policy: Map<string, Set<string>>): string {
	return [...policy].map(([name, sources]) => [name, ...[...sources].sort()].join(' ')).join('; ');
}

export function headersFile(policy: Map<string, Set<string>>): string {
	const withFrame = new Map(policy);
	withFrame.set('frame-ancestors', new Set(["'none'"]));
	return [
		'/*',
		`  Content-Security-Policy: ${serializePolicy(withFrame)}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=()',
		'',
		'/_astro/*',
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
		'/pagefind/*',
		'  Cache-Control: public, max-age=3600',
		'',
		'/og/*',
		'  Cache-Control: public, max-age=86400',
		'',
	].join('\n');
}

/**
 * An inline `<style>` or `<script>` and its text: raw text, which ends at the
 * first closing tag of its kind (as the HTML tokenizer reads it). Something
 * that only looks like one (inside a comment) at worst keeps a hash.
 */
const INLINE = /<(style|script)\b([^>]*)>([\s\S]*?)<\/\1/gi;

/**
 * The pages of a build inline the same few styles and scripts: each text (a page's bytes read as Latin-1, see
 * `prunePolicyHashes`) is hashed once. The key is copied: the match is a slice of its page, which the memory
 * would otherwise keep.
 */
const hashOf = remembered(1024, (text) => createHash('sha256').update(text, 'latin1').digest('base64'), detached);

/**
 * The page's policy with only the hashes of what the page itself inlines.
 * Astro writes the hashes of every inline style and script of the whole
 * site into every page; each is 52 characters that do not compress, and
 * the policy is part of the render-critical HTML. A hash stays when a
 * `<style>` or `<script>` of this page has exactly that content. A scan, not
 * a parse: it runs over every page of the build (2 ms a page parsed, 26,000
 * pages at 1,000 articles).
 *
 * The page as the build holds it, in UTF-8 bytes, without decoding and
 * encoding it again. Read as Latin-1, each byte is one character: the markup
 * and the policy (ASCII) read the same, and an inline text turns back into
 * its very bytes, which its hash is of. The bytes given back when nothing changed.
 */
export function prunePolicyHashes(bytes: Uint8Array): Uint8Array {
	const html = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
	const match = CSP_META.exec(html);
	if (!match?.[1]) return bytes;
	const present = new Set<string>();
	for (const [, , attributes, text] of html.matchAll(INLINE)) {
		if (!/\ssrc\s*=/i.test(attributes!)) present.add(hashOf(text!));
	}
	const content = match[1].replace(/\s*'sha256-([A-Za-z0-9+/=]+)'/g, (token, hash: string) => (present.has(hash) ? token : ''));
	return content === match[1] ? bytes : Buffer.from(html.replace(match[1], content), 'latin1');
}
