/**
 * The Content-Security-Policy every page works under, beyond `script-src` and
 * `style-src` (which Astro writes with the hashes of what it inlines).
 */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;
