import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

export interface PageType {
	label: string;
	path: string;
}

/** The first link matching `selector` on a built page (`undefined` when the page or link is missing). */
function firstLink(outDir: string, path: string, selector: string): string | undefined {
	const file = pageFile(outDir, path);
	if (!existsSync(file)) return undefined;
	return cheerio.load(readFileSync(file, 'utf8'))(selector).first().attr('href');
}

/**
 * One page of each type the built site has, found by following its links
 * (the newest article, its first section, the first person), so that the
 * benchmark names no article of the content.
 */
export function pageTypesIn(outDir: string): PageType[] {
	const article = firstLink(outDir, '/', 'main article h2 a') ?? '/';
	const section = firstLink(outDir, article, 'nav.toc ol a');
	const person = firstLink(outDir, '/personen/', 'main li a');
	// The depth pages, where the newest article has them (its head links them).
	const context = firstLink(outDir, article, '.article-more a[href$="/einordnung/"]');
	const simple = firstLink(outDir, article, '.article-more a[href$="/einfach/"]');
	return [
		{ label: 'Startseite', path: '/' },
		{ label: 'Lesefassung', path: article },
		{ label: 'Abschnittsseite', path: section ? `${article}${section.slice(1)}/` : `${article}-/` },
		{ label: 'Personenseite', path: person ?? '/personen/-/' },
		{ label: 'Personenliste', path: '/personen/' },
		{ label: 'Glossar', path: '/glossar/' },
		{ label: 'Suchseite', path: '/suche/' },
		...(context ? [{ label: 'Einordnung', path: context }] : []),
		...(simple ? [{ label: 'Einfache Sprache', path: simple }] : []),
		{ label: '404-Seite', path: '/404.html' },
	];
}

/** The file a static host serves for a path of the site. */
export function pageFile(outDir: string, path: string): string {
	return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

export function pageExists(outDir: string, path: string): boolean {
	return existsSync(pageFile(outDir, path));
}

export const MISSING = 'fehlt';

/** „Startseite = /, Lesefassung = /<artikel>/, …“: the legend for tables that name pages by type. */
export function pageLegend(pageTypes: readonly PageType[]): string {
	return `Seiten: ${pageTypes.map((page) => `${page.label} = ${page.path}`).join(', ')}`;
}
