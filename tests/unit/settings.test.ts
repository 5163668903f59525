import { describe, expect, it } from 'vitest';
import { readSettings, SETTINGS } from '../../src/lib/settings.ts';

/** Every LAGEBILD_* setting, read from an environment given here: defaults, values taken, nonsense refused with the variable's name. */
describe('settings', () => {
	it('without any variable, the defaults', () => {
		expect(readSettings({})).toEqual({
			site: 'https://lagebild.example',
			contentDir: './content',
			cacheDir: './node_modules/.astro',
			pageSize: 50,
			peopleLimit: 300,
			previews: 100,
			sitemapLimit: 45_000,
		});
		// An empty value is no value.
		expect(readSettings({ LAGEBILD_PAGE_SIZE: '', LAGEBILD_SITE: '' })).toMatchObject({ pageSize: 50, site: 'https://lagebild.example' });
	});

	it('takes what the environment says', () => {
		expect(
			readSettings({
				LAGEBILD_SITE: 'https://example.org',
				LAGEBILD_CONTENT_DIR: 'tests/fixtures/site',
				LAGEBILD_CACHE_DIR: 'tests/.site/cache',
				LAGEBILD_PAGE_SIZE: '2',
				LAGEBILD_PEOPLE_LIMIT: '10',
				LAGEBILD_PREVIEWS: '0',
				LAGEBILD_SITEMAP_LIMIT: '50000',
			}),
		).toEqual({
			site: 'https://example.org',
			contentDir: 'tests/fixtures/site',
			cacheDir: 'tests/.site/cache',
			pageSize: 2,
			peopleLimit: 10,
			previews: 0,
			sitemapLimit: 50_000,
		});
	});

	it.each([
		['LAGEBILD_PAGE_SIZE', ['0', '-3', '2.5', 'zwei'], 'LAGEBILD_PAGE_SIZE erwartet eine ganze Zahl ≥ 1'],
		['LAGEBILD_PEOPLE_LIMIT', ['0', 'viele'], 'LAGEBILD_PEOPLE_LIMIT erwartet eine ganze Zahl ≥ 1'],
		['LAGEBILD_PREVIEWS', ['-1', '1.5', 'alle'], 'LAGEBILD_PREVIEWS erwartet eine ganze Zahl ≥ 0'],
		['LAGEBILD_SITEMAP_LIMIT', ['0', '50001', '1.5'], 'LAGEBILD_SITEMAP_LIMIT erwartet eine ganze Zahl von 1 bis 50000'],
		['LAGEBILD_SITE', ['lagebild.example', 'ftp://example.org'], 'LAGEBILD_SITE erwartet eine Adresse mit http:// oder https://'],
	])('refuses nonsense in %s, naming it', (name, values, message) => {
		for (const value of values) expect(() => readSettings({ [name]: value })).toThrow(message);
	});

	it('words a refusal with the value it got', () => {
		expect(() => readSettings({ LAGEBILD_PAGE_SIZE: 'zwei' })).toThrow(/^LAGEBILD_PAGE_SIZE erwartet eine ganze Zahl ≥ 1, nicht „zwei“\.$/);
		expect(() => readSettings({ LAGEBILD_SITEMAP_LIMIT: '50001' })).toThrow(
			/^LAGEBILD_SITEMAP_LIMIT erwartet eine ganze Zahl von 1 bis 50000, nicht „50001“\.$/,
		);
		expect(() => readSettings({ LAGEBILD_SITE: 'lagebild.example' })).toThrow(
			/^LAGEBILD_SITE erwartet eine Adresse mit http:\/\/ oder https:\/\/, nicht „lagebild\.example“\.$/,
		);
	});

	it('takes the smallest and largest numbers allowed', () => {
		expect(
			readSettings({ LAGEBILD_PAGE_SIZE: '1', LAGEBILD_PEOPLE_LIMIT: '1', LAGEBILD_PREVIEWS: '0', LAGEBILD_SITEMAP_LIMIT: '1' }),
		).toMatchObject({ pageSize: 1, peopleLimit: 1, previews: 0, sitemapLimit: 1 });
		expect(readSettings({ LAGEBILD_SITE: 'http://localhost:4321' }).site).toBe('http://localhost:4321');
	});

	it('documents every variable it reads, each once', () => {
		const names = SETTINGS.map((entry) => entry.name);
		expect(names).toEqual([
			'LAGEBILD_SITE',
			'LAGEBILD_CONTENT_DIR',
			'LAGEBILD_CACHE_DIR',
			'LAGEBILD_PAGE_SIZE',
			'LAGEBILD_PEOPLE_LIMIT',
			'LAGEBILD_PREVIEWS',
			'LAGEBILD_SITEMAP_LIMIT',
		]);
		for (const entry of SETTINGS) expect(entry.description.length, entry.name).toBeGreaterThan(20);
	});
});
