import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertChromium, chromiumPath } from '../../tests/helpers/browser.ts';
import { childGroups, killGroup } from './util.ts';

export interface DebuggableChromium {
	port: number;
	close(): Promise<void>;
}

/** The flags the tests use, plus what an unattended Lighthouse run needs. */
const FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--no-default-browser-check',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
	'--disable-extensions',
	'--disable-default-apps',
	'--disable-features=Translate,MediaRouter,OptimizationHints',
	'--mute-audio',
	'--remote-debugging-address=127.0.0.1',
	'--remote-debugging-port=0',
];

/**
 * Debian's Chromium with a DevTools port on 127.0.0.1, in its own process
 * group and with a throw-away profile, for tools that connect by port (Lighthouse).
 */
export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
	assertChromium();
	const profile = mkdtempSync(join(tmpdir(), 'lagebild-bench-chromium-'));
	const child: ChildProcess = spawn(chromiumPath, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
		detached: true,
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	if (child.pid) childGroups.add(child.pid);
	const port = await new Promise<number>((resolve, reject) => {
		let log = '';
		const timer = setTimeout(() => reject(new Error(`Chromium meldet keinen DevTools-Port:\n${log.slice(-2000)}`)), 30_000);
		child.stderr!.on('data', (chunk: Buffer) => {
			log += chunk.toString('utf8');
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
			if (match) {
				clearTimeout(timer);
				resolve(Number(match[1]));
			}
		});
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`Chromium beendet (Code ${code}):\n${log.slice(-2000)}`));
		});
	});
	// Keep draining stderr so Chromium never blocks on a full pipe.
	child.stderr!.resume();
	return {
		port,
		close: async () => {
			if (child.exitCode === null && child.signalCode === null && child.pid) {
				const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
				killGroup(child.pid, 'SIGTERM');
				const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000));
				if ((await Promise.race([exited, timeout])) === 'timeout') killGroup(child.pid, 'SIGKILL');
			}
			if (child.pid) childGroups.delete(child.pid);
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
