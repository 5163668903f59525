import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './paths.ts';

/** Build and browser tests read the real build: refuse to run against none. */
export default function requireDist(): void {
	if (!existsSync(join(distDir, 'index.html'))) {
		throw new Error('dist/ fehlt: Die Tests prüfen die gebaute Website. Erst `npm run build` (oder `npm test`, das baut).');
	}
}
