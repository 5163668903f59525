import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; override with CHROMIUM_PATH. Never a downloaded browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertChromium(): void {
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`Chromium fehlt: ${chromiumPath} existiert nicht. Die Browser-Tests brauchen Debians Chromium ` +
				'(installieren mit `apt-get install chromium`, oder CHROMIUM_PATH auf ein Chromium setzen). ' +
				'Sie werden nicht übersprungen.',
		);
	}
}

export async function launchBrowser(): Promise<Browser> {
	assertChromium();
	return chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
		],
	});
}
