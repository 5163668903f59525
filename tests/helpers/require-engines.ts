import { missingEngines } from './engines/index.ts';

/** Fails the cross-engine project at once, with what is missing, when an engine is not installed: never skipped. */
export default function requireEngines(): void {
	const missing = missingEngines();
	if (missing.length > 0) {
		throw new Error(
			`Die Tests in allen drei Engines (Chromium, Firefox, WebKit) brauchen, was hier fehlt:\n- ${missing.join('\n- ')}\n` +
				'Installieren mit `bash scripts/ensure-browsers.sh` als root (apt-get install chromium firefox-esr webkit2gtk-driver xvfb). ' +
				'Die Tests werden nicht übersprungen.',
		);
	}
}
