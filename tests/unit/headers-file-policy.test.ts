import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, pagePolicy, serializePolicy } from '../../src/lib/headers-file.ts';

/** The policy as a plain object, for comparing. */
const plain = (policy: Map<string, Set<string>> | undefined) => (policy ? Object.fromEntries([...policy].map(([name, sources]) => [name, [...sources]])) : policy);

describe('reading a page’s policy from its <meta http-equiv>', () => {
	it('decodes the quotes HTML escapes in the attribute and splits directives at „;“ and sources at any whitespace', () => {
		const html = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;  script-src   &#39;self&#39;  &quot;x&quot; ;style-src &#39;self&#39;;">`;
		expect(plain(pagePolicy(html))).toEqual({ 'default-src': ["'self'"], 'script-src': ["'self'", '"x"'], 'style-src': ["'self'"] });
	});

	it('reads the attribute in any letter case, as HTML does', () => {
		const html = `<META HTTP-EQUIV="Content-Security-Policy" CONTENT="default-src 'self'">`;
		expect(plain(pagePolicy(html))).toEqual({ 'default-src': ["'self'"] });
	});

	it('finds no policy in an empty content attribute', () => {
		expect(pagePolicy('<meta http-equiv="content-security-policy" content="">')).toBeUndefined();
	});
});

describe('merging and writing policies', () => {
	it('keeps directives that only some pages have, and each source once', () => {
		const a = new Map([['default-src', new Set(["'self'"])], ['img-src', new Set(["'self'", 'data:'])]]);
		const b = new Map([['default-src', new Set(["'self'"])], ['worker-src', new Set(["'self'"])]]);
		expect(plain(mergePolicies([a, b]))).toEqual({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'worker-src': ["'self'"] });
	});

	it('writes sources sorted, directives in their order, joined by „; “', () => {
		const policy = new Map([['style-src', new Set(["'sha256-b'", "'self'", "'sha256-a'"])], ['default-src', new Set(["'self'"])]]);
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
