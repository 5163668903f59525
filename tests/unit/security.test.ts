import { describe, expect, it } from 'vitest';
import { cspDirectives } from '../../src/lib/security.ts';

describe('the Content-Security-Policy beyond scripts and styles', () => {
	it('allows nothing from elsewhere: own origin only, no plugins, no foreign base or form targets', () => {
		expect(cspDirectives).toEqual([
			"default-src 'self'",
			"img-src 'self' data:",
			"font-src 'self'",
			"connect-src 'self'",
			"worker-src 'self'",
			"manifest-src 'self'",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
		]);
	});
});
