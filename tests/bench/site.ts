import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface PageType {
	label: string;
	path: string;
}

/** One page of each type the site has (the search page may not exist yet). */
export const pageTypes: readonly PageType[] = [
	{ label: 'Startseite', path: '/' },
	{ label: 'Lesefassung', path: '/gipfel-im-weissen-haus/' },
	{ label: 'Abschnittsseite', path: '/gipfel-im-weissen-haus/hochrangige-teilnahme/' },
	{ label: 'Personenseite', path: '/personen/wolodymyr-selenskyj/' },
	{ label: 'Personenliste', path: '/personen/' },
	{ label: 'Glossar', path: '/glossar/' },
	{ label: 'Suchseite', path: '/suche/' },
	{ label: '404-Seite', path: '/404.html' },
];

/** The file a static host serves for a path of the site. */
export function pageFile(outDir: string, path: string): string {
	return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

export function pageExists(outDir: string, path: string): boolean {
	return existsSync(pageFile(outDir, path));
}

export const MISSING = 'fehlt';

/** „Startseite = /, Lesefassung = /gipfel-im-weissen-haus/, …“: the legend for tables that name pages by type. */
export function pageLegend(): string {
	return `Seiten: ${pageTypes.map((page) => `${page.label} = ${page.path}`).join(', ')}`;
}
