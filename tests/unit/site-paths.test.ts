import { describe, expect, it } from 'vitest';
import { definitionId, reservedIdPrefix, searchFilters, searchGlossary, searchMeta, searchParams, urlParams } from '../../src/lib/contract.ts';
import { pageTitle } from '../../src/lib/format.ts';
import { articlePreviewPath, sectionPreviewPath, sitePreviewPath } from '../../src/lib/preview-paths.ts';
import { escapeRegExp } from '../../src/lib/regexp.ts';
import { cspDirectives } from '../../src/lib/security.ts';
import { RESERVED_SLUGS } from '../../src/lib/slug.ts';
import { absoluteUrl, paths } from '../../src/lib/urls.ts';

/** Addresses as the README gives them: every internal path ends with `/`. */
describe('the site’s paths', () => {
	it('gives every page its address', () => {
		expect([
			paths.home(),
			paths.article('kanzlerwahl'),
			paths.section('kanzlerwahl', 'die-wahl'),
			paths.sectionAnchor('kanzlerwahl', 'die-wahl'),
			paths.participants(),
			paths.participant('friedrich-merz'),
			paths.search(),
			paths.feed(),
			paths.glossary(),
			paths.glossaryTerm('kreml'),
		]).toEqual([
			'/',
			'/kanzlerwahl/',
			'/kanzlerwahl/die-wahl/',
			'/kanzlerwahl/#die-wahl',
			'/personen/',
			'/personen/friedrich-merz/',
			'/suche/',
			'/rss.xml',
			'/glossar/',
			'/glossar/#kreml',
		]);
	});

	it('makes a path absolute on the configured site, with or without a trailing slash on the site', () => {
		expect(absoluteUrl('/kanzlerwahl/', 'https://lagebild.example')).toBe('https://lagebild.example/kanzlerwahl/');
		expect(absoluteUrl('/suche/', new URL('https://example.org/'))).toBe('https://example.org/suche/');
	});

	it('names the preview images: one per article, one per section, one for the site', () => {
		expect([articlePreviewPath('kanzlerwahl'), sectionPreviewPath('kanzlerwahl', 'die-wahl'), sitePreviewPath()]).toEqual([
			'/og/kanzlerwahl.png',
			'/og/kanzlerwahl/die-wahl.png',
			'/og/_website.png',
		]);
	});
});

describe('names the build and the browser share', () => {
	it('reads the query from `?q=`, the words to mark from `?hervorheben=` and a search as written from `?genau=`', () => {
		// README: „/suche/?q=…“; src/lib/search/highlight-terms.ts: „?hervorheben=…“; issue 28: „?q=Macorn&genau=1“.
		expect(urlParams).toEqual({ query: 'q', highlight: 'hervorheben' });
		// Read by the search code alone, so kept out of the script every page runs.
		expect(searchParams).toEqual({ exact: 'genau' });
	});

	it('uses German names for the search filters and metadata', () => {
		expect(searchFilters).toEqual({ article: 'artikel', person: 'person', month: 'monat' });
		expect(searchMeta).toEqual({ terms: 'suchbegriffe', sectionPeople: 'abschnittspersonen' });
		expect(searchGlossary).toEqual({ filter: 'bereich', value: 'glossar', definition: 'definition', forms: 'formen' });
	});

	it('gives a definition an id per section and term, joined by „--“, under the reserved prefix', () => {
		expect(definitionId('die-wahl', 'kreml')).toBe('lb-def-die-wahl--kreml');
		expect(definitionId('die-wahl', 'kreml').startsWith(reservedIdPrefix)).toBe(true);
		expect(reservedIdPrefix).toBe('lb-');
	});
});

describe('page titles', () => {
	it('puts the page’s own name first, then the site’s, and leaves out empty parts', () => {
		expect(pageTitle(['Kanzlerwahl', 'Lagebild'], ' – ')).toBe('Kanzlerwahl – Lagebild');
		expect(pageTitle(['', 'Lagebild'], ' – ')).toBe('Lagebild');
	});
});

describe('escaping text for a regular expression', () => {
	it('escapes every character with a meaning in a pattern', () => {
		const special = '.*+?^${}()|[]\\';
		expect(escapeRegExp(special)).toBe('\\.\\*\\+\\?\\^\\$\\{\\}\\(\\)\\|\\[\\]\\\\');
		expect(new RegExp(`^${escapeRegExp(special)}$`).test(special)).toBe(true);
		expect(escapeRegExp('Selenskyj-Treffen')).toBe('Selenskyj-Treffen');
	});
});

describe('the Content-Security-Policy beyond scripts and styles', () => {
	it('allows nothing from elsewhere: own origin only, no plugins, no foreign base or form targets', () => {
		expect(cspDirectives).toEqual([
			"default-src 'self'",
			"img-src 'self' data:",
			"font-src 'self'",
			"connect-src 'self'",
			"worker-src 'self'",
			"manifest-src 'self'",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
		]);
	});
});

describe('reserved slugs', () => {
	it('keeps the site’s own path segments from articles', () => {
		for (const slug of ['personen', 'suche', 'glossar', 'pagefind', '_astro', '404', 'og', 'rss.xml']) expect(RESERVED_SLUGS.has(slug)).toBe(true);
		expect(RESERVED_SLUGS.has('kanzlerwahl')).toBe(false);
	});
});
