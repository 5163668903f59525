import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import sirv from 'sirv';
import { distDir } from './paths.ts';

export interface StaticServer {
	origin: string;
	/** The path of every request so far, in the order they arrived (what the browser fetched, its own requests for the icon included). */
	requests: string[];
	close(): Promise<void>;
}

export interface ServeOptions {
	/**
	 * A script served at `path` and put first into every page's `<head>`:
	 * what a browser driver without preload scripts needs to watch a page
	 * from its start (tests/helpers/engines/webkit.ts). Same origin, so the
	 * pages' `script-src 'self'` lets it run.
	 */
	headScript?: { path: string; source: string };
	/**
	 * Pages arrive in two parts, `ms` apart, split just before the first
	 * `before` in them (a page without it arrives whole): a slow network as
	 * a first paint sees it (tests/browser/engines/budgets.test.ts).
	 */
	pause?: { before: string; ms: number };
}

/** Serves `dist/` on a free loopback port, as a plain static host would (404 page included). */
export async function serveDist(root: string = distDir, options: ServeOptions = {}): Promise<StaticServer> {
	const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
	const { headScript, pause } = options;
	const withScript = (html: Buffer) =>
		headScript ? Buffer.from(html.toString('utf8').replace('<head>', `<head><script src="${headScript.path}"></script>`)) : html;
	const notFound = withScript(readFileSync(join(root, '404.html')));
	/** The page a path names (`/a/` → `a/index.html`, `/a` → `a.html` or `a/index.html`), if it is one. */
	const pageFile = (pathname: string) => {
		const path = normalize(decodeURIComponent(pathname));
		if (path.includes('..')) return undefined;
		const candidates = path.endsWith('/')
			? [join(root, path, 'index.html')]
			: path.endsWith('.html')
				? [join(root, path)]
				: [join(root, `${path}.html`), join(root, path, 'index.html')];
		return candidates.find((file) => existsSync(file) && statSync(file).isFile());
	};
	const requests: string[] = [];
	const server: Server = createServer((request, response) => {
		requests.push((request.url ?? '/').split('?')[0]!);
		if (headScript || pause) {
			const { pathname } = new URL(request.url ?? '/', 'http://localhost');
			if (headScript && pathname === headScript.path) {
				response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
				response.end(headScript.source);
				return;
			}
			const page = pageFile(pathname);
			if (page) {
				response.setHeader('Content-Type', 'text/html; charset=utf-8');
				const html = withScript(readFileSync(page));
				const split = pause ? html.indexOf(pause.before) : -1;
				if (!pause || split < 0) {
					response.end(html);
					return;
				}
				response.write(html.subarray(0, split));
				setTimeout(() => response.end(html.subarray(split)), pause.ms);
				return;
			}
		}
		files(request, response, () => {
			response.statusCode = 404;
			response.setHeader('Content-Type', 'text/html; charset=utf-8');
			response.end(notFound);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
