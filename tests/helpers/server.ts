import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { distDir } from './paths.ts';

export interface StaticServer {
	origin: string;
	/** The path of every request so far, in the order they arrived (what the browser fetched, its own requests for the icon included). */
	requests: string[];
	close(): Promise<void>;
}

/** Serves `dist/` on a free loopback port, as a plain static host would (404 page included). */
export async function serveDist(root: string = distDir): Promise<StaticServer> {
	const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
	const notFound = readFileSync(join(root, '404.html'));
	const requests: string[] = [];
	const server: Server = createServer((request, response) => {
		requests.push((request.url ?? '/').split('?')[0]!);
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
