import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/paths.ts';

/**
 * `npm start` serves the build with `astro preview`. A newcomer who types an
 * address without its trailing slash, or a wrong one, must get the page or
 * the German 404 page, never Astro's English error page.
 */

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

let preview: ChildProcess | undefined;
let origin = '';

beforeAll(async () => {
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	preview = spawn(
		process.execPath,
		[join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', distDir],
		{
			cwd: projectRoot,
			env: { ...process.env, NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let output = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`astro preview startete nicht:\n${output}`)), 30_000);
		const listen = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes(`:${port}`)) {
				clearTimeout(timer);
				resolve();
			}
		};
		preview!.stdout!.on('data', listen);
		preview!.stderr!.on('data', listen);
		preview!.once('exit', (code) => reject(new Error(`astro preview endete mit ${code}:\n${output}`)));
	});
}, 60_000);

afterAll(() => {
	preview?.kill();
});

const get = async (path: string) => {
	const response = await fetch(origin + path, { redirect: 'follow' });
	return { status: response.status, html: await response.text() };
};

describe('the preview server (npm start)', () => {
	it('serves an article and a section without their trailing slash', async () => {
		for (const path of ['/kanzlerwahl', '/kanzlerwahl/zwei-wahlgaenge-an-einem-tag', '/personen']) {
			const { status, html } = await get(path);
			expect(status, path).toBe(200);
			expect(html, path).toMatch(/<html lang="de"[ >]/);
		}
		expect((await get('/kanzlerwahl')).html).toContain(
			'<title>Zweiter Wahlgang: Wie der Bundestag Friedrich Merz zum Kanzler wählte – Lagebild</title>',
		);
	});

	it('answers an unknown address with the German 404 page and status 404', async () => {
		for (const path of ['/gibt-es-nicht/', '/gibt-es-nicht', '/kanzlerwahl/kein-abschnitt/']) {
			const { status, html } = await get(path);
			expect(status, path).toBe(404);
			expect(html, path).toContain('<title>Seite nicht gefunden – Lagebild</title>');
			expect(html, path).not.toContain('trailingSlash');
		}
	});
});
