import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingEngines } from './engines/index.ts';

/**
 * Fails the cross-engine project at once, with what is missing, when an
 * engine is not installed: never skipped. Then gives the run a folder for
 * the engines' profiles and settings (`LAGEBILD_ENGINE_RUN_DIR`, which the
 * workers inherit). After the run, it kills what a stopped worker may have
 * left running (each engine notes its processes there) and removes the
 * folder.
 */
export default function requireEngines(): () => void {
	const missing = missingEngines();
	if (missing.length > 0) {
		throw new Error(
			`Die Tests in allen drei Engines (Chromium, Firefox, WebKit) brauchen, was hier fehlt:\n- ${missing.join('\n- ')}\n` +
				'Installieren mit `bash scripts/ensure-browsers.sh` als root (apt-get install chromium firefox-esr webkit2gtk-driver xvfb). ' +
				'Die Tests werden nicht übersprungen.',
		);
	}
	const run = mkdtempSync(join(tmpdir(), 'lagebild-engines-'));
	process.env['LAGEBILD_ENGINE_RUN_DIR'] = run;
	return () => {
		for (const home of readdirSync(run)) {
			const pids = join(run, home, 'pids');
			if (!existsSync(pids)) continue;
			for (const line of readFileSync(pids, 'utf8').split('\n').filter(Boolean)) {
				const [pid, command] = line.split(' ');
				// Only a process that still runs that program: the number may belong to another by now.
				const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
				if (command && cmdline.startsWith(command)) {
					try {
						// Firefox leads its own process group: the group ends with it.
						process.kill(command.includes('firefox') ? -Number(pid) : Number(pid), 'SIGKILL');
					} catch {
						// Gone meanwhile.
					}
				}
			}
		}
		rmSync(run, { recursive: true, force: true });
		delete process.env['LAGEBILD_ENGINE_RUN_DIR'];
	};
}
