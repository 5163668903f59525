/**
 * Every setting of a build, in one place: each `LAGEBILD_*` variable is read
 * from the environment once, here, checked, and documented (the README's table
 * of settings is generated from `SETTINGS` by `npm run docs`). Pages,
 * integrations and the loader import the values; nothing else reads the
 * environment. A value that is not allowed stops the build, naming the
 * variable and what it takes.
 */

import { ARCHIVE_PAGE_SIZE, SITEMAP_LIMIT } from './archive.ts';
import { PEOPLE_PAGE_LIMIT } from './people-index.ts';
import { PREVIEWS_NEWEST } from './preview-paths.ts';

export interface Settings {
	/** The public base URL: canonical links, previews, feeds and sitemap use it. */
	site: string;
	/** The content folder, with `articles/` and `participants/`. */
	contentDir: string;
	/** Astro's cache folder: kept article models, incremental builds, preview images. */
	cacheDir: string;
	pageSize: number;
	peopleLimit: number;
	previews: number;
	sitemapLimit: number;
}

type Env = Readonly<Record<string, string | undefined>>;

interface Setting<Key extends keyof Settings> {
	name: string;
	key: Key;
	/** What it is for, for the README. */
	description: string;
	/** The default, as the README shows it. */
	shown: string;
	read(value: string | undefined): Settings[Key];
}

/** Whole-number settings: unset or empty means the default; anything else must be a whole number in range. */
function wholeNumber(name: string, value: string | undefined, fallback: number, min: number, max?: number): number {
	if (value === undefined || value === '') return fallback;
	const number = Number(value);
	if (!Number.isInteger(number) || number < min || (max !== undefined && number > max)) {
		throw new Error(`${name} erwartet eine ganze Zahl ${max === undefined ? `≥ ${min}` : `von ${min} bis ${max}`}, nicht „${value}“.`);
	}
	return number;
}

const text = (fallback: string) => (value: string | undefined) => (value === undefined || value === '' ? fallback : value);

function httpUrl(name: string, fallback: string) {
	return (value: string | undefined) => {
		const url = text(fallback)(value);
		if (!/^https?:\/\/[^/\s]+/.test(url)) throw new Error(`${name} erwartet eine Adresse mit http:// oder https://, nicht „${url}“.`);
		return url;
	};
}

const setting = <Key extends keyof Settings>(entry: Setting<Key>) => entry;

/** The settings, as the README documents them. */
export const SETTINGS = [
	setting({
		name: 'LAGEBILD_SITE',
		key: 'site',
		description: 'Öffentliche Adresse der Website: kanonische Links, Vorschaubilder in Open Graph, Feeds und Sitemap.',
		shown: 'https://lagebild.example',
		read: httpUrl('LAGEBILD_SITE', 'https://lagebild.example'),
	}),
	setting({
		name: 'LAGEBILD_CONTENT_DIR',
		key: 'contentDir',
		description: 'Der Inhaltsordner mit `articles/` und `participants/` (die Tests bauen aus ihrem eigenen).',
		shown: './content',
		read: text('./content'),
	}),
	setting({
		name: 'LAGEBILD_CACHE_DIR',
		key: 'cacheDir',
		description: 'Astros Cache-Ordner: übernommene Artikelmodelle, inkrementeller Bau, Vorschaubilder (eigener Ordner je Inhaltsordner).',
		shown: './node_modules/.astro',
		read: text('./node_modules/.astro'),
	}),
	setting({
		name: 'LAGEBILD_PAGE_SIZE',
		key: 'pageSize',
		description: 'Artikel je Seite der Startseite und des Archivs, Korrekturen je Seite von `/korrekturen/`.',
		shown: String(ARCHIVE_PAGE_SIZE),
		read: (value) => wholeNumber('LAGEBILD_PAGE_SIZE', value, ARCHIVE_PAGE_SIZE, 1),
	}),
	setting({
		name: 'LAGEBILD_PEOPLE_LIMIT',
		key: 'peopleLimit',
		description: 'Ab wie vielen Personen `/personen/` nach Anfangsbuchstaben auf eigene Seiten verteilt.',
		shown: String(PEOPLE_PAGE_LIMIT),
		read: (value) => wholeNumber('LAGEBILD_PEOPLE_LIMIT', value, PEOPLE_PAGE_LIMIT, 1),
	}),
	setting({
		name: 'LAGEBILD_PREVIEWS',
		key: 'previews',
		description: 'Wie viele der neuesten Artikel eigene Vorschaubilder bekommen (ältere zeigen das Bild der Website).',
		shown: String(PREVIEWS_NEWEST),
		read: (value) => wholeNumber('LAGEBILD_PREVIEWS', value, PREVIEWS_NEWEST, 0),
	}),
	setting({
		name: 'LAGEBILD_SITEMAP_LIMIT',
		key: 'sitemapLimit',
		description: 'Adressen je Sitemap-Datei (höchstens 50 000, wie das Protokoll erlaubt).',
		shown: SITEMAP_LIMIT.toLocaleString('de-DE'),
		read: (value) => wholeNumber('LAGEBILD_SITEMAP_LIMIT', value, SITEMAP_LIMIT, 1, 50_000),
	}),
] as const;

/** The settings in `env` (the process's environment by default), each checked. */
export function readSettings(env: Env = process.env): Settings {
	return Object.fromEntries(SETTINGS.map((entry) => [entry.key, entry.read(env[entry.name])])) as unknown as Settings;
}

/** This build's settings, read once. */
export const settings: Settings = readSettings();

/** The README's table of settings (written by `npm run docs`). */
export function settingsTable(): string {
	return [
		'| Variable | Standard | Wofür |',
		'| --- | --- | --- |',
		...SETTINGS.map((entry) => `| \`${entry.name}\` | \`${entry.shown}\` | ${entry.description} |`),
	].join('\n');
}
