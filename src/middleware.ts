import { defineMiddleware } from 'astro:middleware';
import { prunePolicyHashes } from './lib/headers-file.ts';

/**
 * Every page as it is rendered: its Content-Security-Policy keeps only the
 * hashes of what the page itself inlines (see `prunePolicyHashes`). Done
 * here, once per rendered page, so that a page an incremental build reuses
 * is already pruned and the build's end reads nothing again.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	return new Response(prunePolicyHashes(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
