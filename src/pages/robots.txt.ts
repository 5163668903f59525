import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

/** robots.txt, pointing to the sitemap on the configured site. */
export const GET: APIRoute = ({ site }) => {
	const body = ['User-agent: *', 'Allow: /', 'Disallow: /suche/?', '', `Sitemap: ${absoluteUrl('/sitemap-index.xml', site!)}`, ''].join(
		'\n',
	);
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
