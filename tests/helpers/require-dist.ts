import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, liveDistDir } from './paths.ts';

/** Build and browser tests read real builds: refuse to run against none. */
export default function requireDist(): void {
	if (!existsSync(join(distDir, 'index.html'))) {
		throw new Error(
			'tests/.site/dist/ fehlt: Die Tests prüfen die aus dem Testinhalt gebaute Website. Erst `npm run build:test-site` (oder `npm test`, das baut).',
		);
	}
	if (!existsSync(join(liveDistDir, 'index.html'))) {
		throw new Error(
			'dist/ fehlt: Die Texttreue-Tests prüfen die aus content/ gebaute Website. Erst `npm run build` (oder `npm test`, das baut).',
		);
	}
}
