import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, pagePolicy, prunePolicyHashes, serializePolicy } from '../../src/lib/headers-file.ts';

/**
 * The _headers file (src/lib/headers-file.ts): the pages' Content-Security-Policies
 * read from their <meta http-equiv>, merged and written with the other security
 * headers and cache lifetimes; each page's policy pruned to the hashes it needs.
 */

/** The policy as a plain object, for comparing. */
const plain = (policy: Map<string, Set<string>> | undefined) =>
	policy ? Object.fromEntries([...policy].map(([name, sources]) => [name, [...sources]])) : policy;

describe('reading a page’s policy from its <meta http-equiv>', () => {
	it('decodes the quotes HTML escapes in the attribute and splits directives at „;“ and sources at any whitespace', () => {
		const html = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;  script-src   &#39;self&#39;  &quot;x&quot; ;style-src &#39;self&#39;;">`;
		expect(plain(pagePolicy(html))).toEqual({ 'default-src': ["'self'"], 'script-src': ["'self'", '"x"'], 'style-src': ["'self'"] });
	});

	it('reads the attribute in any letter case, as HTML does', () => {
		const html = `<META HTTP-EQUIV="Content-Security-Policy" CONTENT="default-src 'self'">`;
		expect(plain(pagePolicy(html))).toEqual({ 'default-src': ["'self'"] });
	});

	it('finds no policy where a page has no meta', () => {
		expect(pagePolicy('<head></head>')).toBeUndefined();
	});

	it('finds no policy in an empty content attribute', () => {
		expect(pagePolicy('<meta http-equiv="content-security-policy" content="">')).toBeUndefined();
	});
});

describe('merging and writing policies', () => {
	const page = (styleHash: string) =>
		`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' '${styleHash}'"></head>`;

	it('merges the pages’ policies directive by directive', () => {
		const merged = mergePolicies([pagePolicy(page('sha256-a'))!, pagePolicy(page('sha256-b'))!]);
		expect(serializePolicy(merged)).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-a' 'sha256-b'",
		);
	});

	it('keeps directives that only some pages have, and each source once', () => {
		const a = new Map([
			['default-src', new Set(["'self'"])],
			['img-src', new Set(["'self'", 'data:'])],
		]);
		const b = new Map([
			['default-src', new Set(["'self'"])],
			['worker-src', new Set(["'self'"])],
		]);
		expect(plain(mergePolicies([a, b]))).toEqual({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'worker-src': ["'self'"] });
	});

	it('writes sources sorted, directives in their order, joined by „; “', () => {
		const policy = new Map([
			['style-src', new Set(["'sha256-b'", "'self'", "'sha256-a'"])],
			['default-src', new Set(["'self'"])],
		]);
		expect(serializePolicy(policy)).toBe("style-src 'self' 'sha256-a' 'sha256-b'; default-src 'self'");
	});

	it('writes the whole _headers file: the policy with frame-ancestors, the other security headers, cache lifetimes', () => {
		const policy = new Map([['default-src', new Set(["'self'"])]]);
		expect(headersFile(policy)).toBe(
			[
				'/*',
				"  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
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
			].join('\n'),
		);
		// The page policy itself is left as it was.
		expect([...policy.keys()]).toEqual(['default-src']);
	});
});

describe('prunePolicyHashes: a page keeps only the hashes of what it inlines', () => {
	// The page as the build holds it: UTF-8 bytes in, bytes out.
	const prune = (html: string) => new TextDecoder().decode(prunePolicyHashes(new TextEncoder().encode(html)));
	// sha256 in base64, computed outside the code with `printf '%s' … | openssl dgst -sha256 -binary | base64`:
	// of 'body{color:red}', '{"a":1}', '' and 'p { color: red }'.
	const styleHash = 'FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E=';
	const dataHash = 'AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX+GI=';
	const otherHash = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
	const emptyHash = '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
	const spacedHash = 'ngewhhP73WDIbgwseeu52VAAJgKdGUsu1IUQQsAm8m4=';
	const page = (policy: string, body: string) =>
		`<!doctype html><html lang="de"><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;
	const policy = `default-src 'self'; script-src 'self' 'sha256-${dataHash}' 'sha256-${otherHash}'; style-src 'self' 'sha256-${styleHash}' 'sha256-${otherHash}';`;

	it('drops the hashes no inline style or script of the page has, keeps the others and every other source', () => {
		const html = page(
			policy,
			'<style>body{color:red}</style><script type="application/ld+json">{"a":1}</script><script type="module" src="/x.js"></script>',
		);
		expect(prune(html)).toBe(
			page(
				`default-src 'self'; script-src 'self' 'sha256-${dataHash}'; style-src 'self' 'sha256-${styleHash}';`,
				'<style>body{color:red}</style><script type="application/ld+json">{"a":1}</script><script type="module" src="/x.js"></script>',
			),
		);
	});

	it('takes an external script (src, also with spaces around = or in capitals) for no inline script: its empty text keeps no hash', () => {
		const html = page(policy, '<script type="module" src="/x.js"></script>');
		expect(prune(html)).toBe(
			page(`default-src 'self'; script-src 'self'; style-src 'self';`, '<script type="module" src="/x.js"></script>'),
		);
		// The policy holds the hash of the empty text: an external script taken for inline would keep it.
		for (const script of [
			'<script src="/x.js"></script>',
			'<script type="module" src = "/x.js"></script>',
			'<script\tSRC="/x.js"></script>',
		]) {
			expect(prune(page(`script-src 'self' 'sha256-${emptyHash}';`, script))).toBe(page(`script-src 'self';`, script));
		}
	});

	it('keeps the hash of the empty text for an empty inline script without src', () => {
		const html = page(`script-src 'self' 'sha256-${emptyHash}';`, '<script data-src="/x.js"></script>');
		expect(prune(html)).toBe(html);
	});

	it('keeps the hash of an inline style with spaces in it; a dropped hash takes all the spaces before it', () => {
		const body = '<style>p { color: red }</style>';
		expect(prune(page(`style-src 'self'  'sha256-${emptyHash}' 'sha256-${spacedHash}';`, body))).toBe(
			page(`style-src 'self' 'sha256-${spacedHash}';`, body),
		);
	});

	it('leaves a page without the meta as it is', () => {
		expect(prune('<p>kein Kopf</p>')).toBe('<p>kein Kopf</p>');
	});

	describe('on the page as UTF-8 bytes, as the build renders it', () => {
		// Of 'q::before{content:"„"}' in UTF-8, computed outside the code as above.
		const quoteHash = '4r3SVy7VbezzJ79VCDwuybSCMKkxH/SRWJN2ePmrP+A=';
		const body = '<style>q::before{content:"„"}</style><p>„Zitat“ – Ende</p>';
		const bytes = (text: string) => new TextEncoder().encode(text);

		it('keeps the hash of an inline style with non-ASCII text (its UTF-8 bytes hashed) and drops the others', () => {
			const html = page(`style-src 'self' 'sha256-${otherHash}' 'sha256-${quoteHash}';`, body);
			const result = prunePolicyHashes(bytes(html));
			expect(new TextDecoder().decode(result)).toBe(page(`style-src 'self' 'sha256-${quoteHash}';`, body));
		});

		it('gives back the very bytes when no hash goes, or when there is no meta', () => {
			const kept = bytes(page(`style-src 'self' 'sha256-${quoteHash}';`, body));
			expect(prunePolicyHashes(kept)).toBe(kept);
			const bare = bytes('<p>„kein Kopf“</p>');
			expect(prunePolicyHashes(bare)).toBe(bare);
		});

		it('reads the bytes where they lie in a larger buffer', () => {
			const html = page(`style-src 'self' 'sha256-${otherHash}' 'sha256-${quoteHash}';`, body);
			const encoded = bytes(html);
			const larger = new Uint8Array(encoded.length + 20);
			larger.set(encoded, 10);
			const result = prunePolicyHashes(larger.subarray(10, 10 + encoded.length));
			expect(new TextDecoder().decode(result)).toBe(page(`style-src 'self' 'sha256-${quoteHash}';`, body));
		});
	});
});
