import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, pagePolicy, serializePolicy } from '../../src/lib/headers-file.ts';

const page = (styleHash: string) =>
	`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' '${styleHash}'"></head>`;

describe('the _headers file', () => {
	it('merges the pages’ policies directive by directive', () => {
		const merged = mergePolicies([pagePolicy(page('sha256-a'))!, pagePolicy(page('sha256-b'))!]);
		expect(serializePolicy(merged)).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-a' 'sha256-b'");
	});

	it('adds frame-ancestors, nosniff, a referrer policy and immutable caching for hashed assets', () => {
		const file = headersFile(pagePolicy(page('sha256-a'))!);
		expect(file).toContain("frame-ancestors 'none'");
		expect(file).toContain('X-Content-Type-Options: nosniff');
		expect(file).toContain('Referrer-Policy: strict-origin-when-cross-origin');
		expect(file).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
		expect(file).not.toContain('unsafe-inline');
	});

	it('finds no policy where a page has none', () => {
		expect(pagePolicy('<head></head>')).toBeUndefined();
	});
});
