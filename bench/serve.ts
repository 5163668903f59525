import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export interface ServedResponse {
	path: string;
	status: number;
	/** Body bytes sent (gzip-compressed where the type compresses and the client accepts it; without HTTP headers). */
	bytes: number;
}

export interface CountingServer {
	origin: string;
	/** Every response so far; reset by emptying the array. */
	responses: ServedResponse[];
	close(): Promise<void>;
}

const COMPRESSIBLE: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
};

/** A text file of the site, gzip-compressed as every static host or CDN serves it (level 6, the common default). */
function compressedFile(root: string, urlPath: string): { body: Buffer; type: string } | undefined {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	const file = join(root, clean.endsWith('/') ? `${clean}index.html` : clean);
	const type = COMPRESSIBLE[extname(file)];
	if (!type || !existsSync(file) || !statSync(file).isFile()) return undefined;
	return { body: gzipSync(readFileSync(file), { level: 6 }), type };
}

/**
 * Serves a built site on a free loopback port like a static host or CDN
 * (text compressed with gzip when the client accepts it, 404 page for unknown
 * paths), and records every response. Counting on the server also sees
 * requests from Web Workers (Pagefind).
 */
export async function serveCounting(root: string): Promise<CountingServer> {
	const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
	const notFoundFile = join(root, '404.html');
	const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('Not found');
	const responses: ServedResponse[] = [];
	const server: Server = createServer((request, response) => {
		const path = (request.url ?? '/').split('?')[0]!;
		// Count the body bytes as they are written (sirv pipes a file stream into the response).
		let bytes = 0;
		const count = (chunk: unknown) => {
			if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk);
			else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
		};
		const write = response.write.bind(response) as (...args: unknown[]) => boolean;
		const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
		response.write = ((chunk: unknown, ...rest: unknown[]) => {
			count(chunk);
			return write(chunk, ...rest);
		}) as typeof response.write;
		response.end = ((chunk?: unknown, ...rest: unknown[]) => {
			if (typeof chunk !== 'function') count(chunk);
			return end(chunk, ...rest);
		}) as typeof response.end;
		response.on('finish', () => responses.push({ path, status: response.statusCode, bytes }));
		const compressed = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) ? compressedFile(root, path) : undefined;
		if (compressed) {
			response.writeHead(200, {
				'Content-Type': compressed.type,
				'Content-Encoding': 'gzip',
				'Content-Length': compressed.body.length,
				Vary: 'Accept-Encoding',
			});
			response.end(compressed.body);
			return;
		}
		files(request, response, () => {
			response.statusCode = 404;
			response.setHeader('Content-Type', 'text/html; charset=utf-8');
			response.setHeader('Content-Length', notFound.length);
			response.end(notFound);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		responses,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
