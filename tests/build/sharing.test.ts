import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { builtPages, fileForPath, normalize, page, siteOrigin } from '../helpers/dist.ts';
import { readPngHeader } from '../helpers/png.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';
import { brief, election, summit } from '../fixtures/site-articles.ts';

const article = summit.path;
/** Every article of the test content, with its headline and section slugs (by hand, from tests/fixtures/site/articles/). */
const articles = [
	{ path: summit.path, headline: summit.headline, sections: [...summit.sections] },
	{ path: election.path, headline: election.headline, sections: election.sections.map((section) => section.slug) },
	{ path: brief.path, headline: brief.headline, sections: brief.sections.map((section) => section.slug) },
];
const origin = siteOrigin();
const local = (url: string) => {
	expect(url.startsWith(`${origin}/`), `${url} ist nicht absolut auf ${origin}`).toBe(true);
	return new URL(url).pathname;
};
const property = ($: ReturnType<typeof load>, name: string) =>
	$(`meta[property="${name}"]`).attr('content') ?? $(`meta[name="${name}"]`).attr('content');
/** Every section page of every article, with its article. */
const allSectionPages = () =>
	articles.flatMap((entry) => {
		expect(entry.sections.length).toBeGreaterThan(0);
		return entry.sections.map((slug) => ({ article: entry, built: page(`${entry.path}${slug}/`) }));
	});

describe('link previews on every page', () => {
	for (const built of builtPages()) {
		it(`${built.path} has the full set of Open Graph and Twitter tags`, () => {
			const { $ } = built;
			for (const name of [
				'og:title',
				'og:description',
				'og:url',
				'og:type',
				'og:locale',
				'og:site_name',
				'og:image',
				'og:image:width',
				'og:image:height',
				'og:image:alt',
				'twitter:card',
				'twitter:title',
				'twitter:description',
				'twitter:image',
				'twitter:image:alt',
			]) {
				expect(property($, name), `${name} fehlt`).toBeTruthy();
			}
			expect(property($, 'og:locale')).toBe('de_DE');
			expect(property($, 'og:site_name')).toBe('Lagebild');
			expect(property($, 'og:url')).toBe($('link[rel=canonical]').attr('href'));
			expect(property($, 'og:description')).toBe($('meta[name=description]').attr('content'));
			expect(property($, 'twitter:card')).toBe('summary_large_image');
			const image = local(property($, 'og:image')!);
			const file = fileForPath(image);
			expect(file, `${image} fehlt in dist/`).toBeDefined();
			expect(readPngHeader(readFileSync(file!))).toEqual({
				width: Number(property($, 'og:image:width')),
				height: Number(property($, 'og:image:height')),
			});
			expect(property($, 'og:image:width')).toBe('1200');
			expect(property($, 'og:image:height')).toBe('630');
			expect(fileForPath(local($('link[rel=canonical]').attr('href')!))).toBeDefined();
		});
	}

	it('section pages of every article: title „section — headline“, first sentence as description, type article, their own image (the site’s past the newest two)', () => {
		const pages = allSectionPages();
		expect(pages).toHaveLength(10 + 4 + 1);
		for (const {
			article: { headline },
			built,
		} of pages) {
			const { $ } = built;
			const heading = normalize($('h1').text());
			expect(property($, 'og:title')).toBe(`${heading} – ${headline}`);
			expect(property($, 'og:type')).toBe('article');
			const firstParagraph = normalize($('article.section-page .prose > :first-child').text());
			expect(firstParagraph.startsWith(property($, 'og:description')!)).toBe(true);
			expect(property($, 'og:description')!.length).toBeGreaterThan(10);
			// The test site gives images of their own to its two newest articles (LAGEBILD_PREVIEWS=2).
			const own = !built.path.startsWith('/kurzmeldung/');
			expect(property($, 'og:image')).toBe(own ? `${origin}/og${built.path.slice(0, -1)}.png` : `${origin}/og/_website.png`);
			expect(property($, 'og:url')).toBe(`${origin}${built.path}`);
		}
	});
});

function jsonLd(path: string): Array<Record<string, unknown>> {
	const { $ } = page(path);
	return $('script[type="application/ld+json"]')
		.map((_index, element) => JSON.parse($(element).text()) as unknown)
		.get() as Array<Record<string, unknown>>;
}

describe('structured data (JSON-LD)', () => {
	it('the long-read is a NewsArticle with headline, description, language, people and the event date', () => {
		const [news, crumbs] = jsonLd(article) as [Record<string, any>, Record<string, any>];
		expect(news['@context']).toBe('https://schema.org');
		expect(news['@type']).toBe('NewsArticle');
		expect(news.headline).toBe(summit.headline);
		expect(news.description).toBe(summit.description);
		expect(news.inLanguage).toBe('de');
		expect(news.about).toMatchObject({
			'@type': 'Event',
			startDate: '2025-08-18',
			location: { '@type': 'Place', name: 'Weißes Haus, Washington' },
		});
		expect(news.mentions.map((person: any) => local(person.url))).toEqual(
			summit.groups.flatMap((group) => group.people.map((id) => `/personen/${id}/`)),
		);
		expect(news.mentions[0]).toMatchObject({ '@type': 'Person', name: 'Donald Trump', jobTitle: 'US-Präsident' });
		for (const person of news.mentions) expect(fileForPath(local(person.url))).toBeDefined();
		// Lagebild's publication and last change (the copy's `published` and the end of its log), not a date of the source.
		expect([news.datePublished, news.dateModified]).toEqual(['2026-11-25T08:29:08Z', '2026-12-06T09:30:00Z']);
		expect(news.author).toBeUndefined();
		expect(crumbs['@type']).toBe('BreadcrumbList');
		expect(crumbs.itemListElement.map((item: any) => item.position)).toEqual([1, 2]);
	});

	it('each section page of every article is a WebPage that isPartOf its article, with a BreadcrumbList', () => {
		for (const {
			article: { path, headline },
			built,
		} of allSectionPages()) {
			const [webPage, crumbs] = jsonLd(built.path) as [Record<string, any>, Record<string, any>];
			expect(webPage['@type']).toBe('WebPage');
			expect(webPage.url).toBe(`${origin}${built.path}`);
			expect(webPage.name).toBe(normalize(built.$('h1').text()));
			expect(webPage.isPartOf).toMatchObject({
				'@type': 'NewsArticle',
				'@id': `${origin}${path}#artikel`,
				url: `${origin}${path}`,
				headline,
			});
			expect(crumbs.itemListElement.map((item: any) => local(item.item))).toEqual(['/', path, built.path]);
		}
	});

	it('uses only the schema.org types this site means to use, each with properties the schema-dts types allow; all JSON-LD parses', () => {
		const seen = new Set<string>();
		let blocks = 0;
		for (const built of builtPages()) {
			built.$('script[type="application/ld+json"]').each((_index, element) => {
				let data: unknown;
				expect(() => (data = JSON.parse(built.$(element).text())), built.path).not.toThrow();
				blocks += 1;
				for (const { type, properties } of typedNodes(data)) {
					expect(ALLOWED_TYPES, `${built.path}: @type ${String(type)}`).toContain(type);
					seen.add(type);
					const allowed = schemaDtsProperties(type);
					for (const name of properties) expect(allowed.has(name), `${built.path}: ${type}.${name} gibt es in schema-dts nicht`).toBe(true);
				}
			});
		}
		expect(blocks).toBeGreaterThan(0);
		// Each listed type is used somewhere: the list says what the site emits, no more.
		expect([...seen].sort()).toEqual([...ALLOWED_TYPES].sort());
	});
});

/**
 * The schema.org types the site emits, written by hand: the home page is a
 * WebSite; a long-read a NewsArticle (publisher Organization, people Person
 * with their Organization, and for an article about an event an Event at a
 * Place); a section page a WebPage with its ImageObject, part of the article;
 * breadcrumbs a BreadcrumbList of ListItem.
 */
const ALLOWED_TYPES = [
	'WebSite',
	'NewsArticle',
	'Organization',
	'Person',
	'Event',
	'Place',
	'WebPage',
	'ImageObject',
	'BreadcrumbList',
	'ListItem',
	'CorrectionComment',
];

/** Every JSON-LD node with an `@type`, anywhere in a block, with its own properties (not `@…`). */
function typedNodes(value: unknown): Array<{ type: string; properties: string[] }> {
	if (Array.isArray(value)) return value.flatMap(typedNodes);
	if (typeof value !== 'object' || value === null) return [];
	const record = value as Record<string, unknown>;
	const own =
		typeof record['@type'] === 'string'
			? [{ type: record['@type'], properties: Object.keys(record).filter((key) => !key.startsWith('@')) }]
			: [];
	return [...own, ...Object.values(record).flatMap(typedNodes)];
}

const schemaDts = readFileSync(join(projectRoot, 'node_modules/schema-dts/dist/schema.d.ts'), 'utf8');
/** `interface X extends A, B {…}` in schema-dts: what each interface extends and the properties it declares. */
const interfaces = new Map(
	Array.from(schemaDts.matchAll(/^(?:export )?interface (\w+) extends ([^{]+)\{([\s\S]*?)^\}/gm), (match) => [
		match[1]!,
		{
			extends: match[2]!.split(',').map((name) => name.trim()),
			properties: Array.from(match[3]!.matchAll(/^ {4}"([^"@]+)"\??:/gm), (property) => property[1]!),
		},
	]),
);

/** The properties schema-dts allows on a node of this type: its `…Leaf` interface and everything it extends. */
function schemaDtsProperties(type: string): Set<string> {
	const found = new Set<string>();
	const visit = (name: string) => {
		const entry = interfaces.get(name);
		if (!entry) return;
		for (const property of entry.properties) found.add(property);
		for (const parent of entry.extends) visit(parent);
	};
	expect(interfaces.has(`${type}Leaf`), `schema-dts kennt den Typ ${type} nicht`).toBe(true);
	visit(`${type}Leaf`);
	return found;
}

describe('discovery', () => {
	const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

	it('sitemap.xml lists every page and nothing else', () => {
		const index = read('sitemap-index.xml');
		const maps = Array.from(index.matchAll(/<loc>([^<]+)<\/loc>/g), (match) => local(match[1]!));
		const listed = maps.flatMap((map) => Array.from(read(map.slice(1)).matchAll(/<loc>([^<]+)<\/loc>/g), (match) => local(match[1]!)));
		const pages = builtPages()
			.map((built) => built.path)
			.filter((path) => path !== '/404.html');
		// 37, the three depth pages (two „Einordnung“, one „Einfache Sprache“), the archive's page 2 and eleven pages of corrections.
		expect(pages).toHaveLength(60);
		expect([...listed].sort()).toEqual([...pages].sort());
	});

	it('robots.txt points to the sitemap', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
	});

	it('an RSS feed lists the articles, linked from every page', () => {
		const feed = load(read('rss.xml'), { xml: true });
		expect(feed('channel > language').text()).toBe('de-de');
		const items = feed('item')
			.map((_index, element) => ({ link: local(feed(element).find('link').text()), title: feed(element).find('title').text() }))
			.get();
		expect([...items].sort((a, b) => a.link.localeCompare(b.link))).toEqual(
			articles.map((entry) => ({ link: entry.path, title: entry.headline })),
		);
		for (const built of builtPages())
			expect(built.$('link[rel=alternate][type="application/rss+xml"]').attr('href')).toBe(`${origin}/rss.xml`);
	});

	it('a favicon and a web app manifest', () => {
		const manifest = JSON.parse(read('manifest.webmanifest')) as { lang: string; icons: Array<{ src: string }> };
		expect(manifest.lang).toBe('de');
		for (const icon of manifest.icons) expect(fileForPath(icon.src)).toBeDefined();
		for (const built of builtPages()) {
			expect(built.$('link[rel=manifest]').attr('href')).toBe('/manifest.webmanifest');
			expect(built.$('link[rel=icon]').attr('href')).toBe('/favicon.svg');
		}
	});

	it('every section, in the long-read and on its page, has a „Link teilen“ control that is a plain link to the section page', () => {
		const { $ } = page(article);
		const controls = $('section.article-section share-link');
		expect(controls).toHaveLength(10);
		controls.each((_index, element) => {
			const control = $(element);
			const slug = control.closest('section').find('h2').attr('id');
			expect(control.find('a').attr('href')).toBe(`${article}${slug}/`);
			expect(control.attr('data-url')).toBe(`${origin}${article}${slug}/`);
			expect(normalize(control.find('a').text())).toBe('Link teilen');
		});
		for (const { built } of allSectionPages()) {
			const control = built.$('share-link');
			expect(control).toHaveLength(1);
			expect(control.find('a').attr('href')).toBe(built.path);
			expect(control.attr('data-url')).toBe(`${origin}${built.path}`);
		}
	});
});
