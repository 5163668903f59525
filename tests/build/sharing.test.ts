import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { builtPages, fileForPath, normalize, page, siteOrigin } from '../helpers/dist.ts';
import { readPngHeader } from '../helpers/png.ts';
import { distDir } from '../helpers/paths.ts';
import { join } from 'node:path';

const article = '/gipfel-im-weissen-haus/';
const origin = siteOrigin();
const local = (url: string) => {
	expect(url.startsWith(`${origin}/`), `${url} ist nicht absolut auf ${origin}`).toBe(true);
	return new URL(url).pathname;
};
const property = ($: ReturnType<typeof load>, name: string) => $(`meta[property="${name}"]`).attr('content') ?? $(`meta[name="${name}"]`).attr('content');
const sectionPages = () => builtPages().filter((built) => built.path.startsWith(article) && built.path !== article);

describe('link previews on every page', () => {
	for (const built of builtPages()) {
		it(`${built.path} has the full set of Open Graph and Twitter tags`, () => {
			const { $ } = built;
			for (const name of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:site_name', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt']) {
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
			expect(readPngHeader(readFileSync(file!))).toEqual({ width: Number(property($, 'og:image:width')), height: Number(property($, 'og:image:height')) });
			expect(property($, 'og:image:width')).toBe('1200');
			expect(property($, 'og:image:height')).toBe('630');
			expect(fileForPath(local($('link[rel=canonical]').attr('href')!))).toBeDefined();
		});
	}

	it('section pages: title „section — headline“, first sentence as description, type article, their own image', () => {
		const headline = normalize(page(article).$('h1').text());
		for (const built of sectionPages()) {
			const { $ } = built;
			const heading = normalize($('h1').text());
			expect(property($, 'og:title')).toBe(`${heading} – ${headline}`);
			expect(property($, 'og:type')).toBe('article');
			const firstParagraph = normalize($('article.section-page .prose > :first-child').text());
			expect(firstParagraph.startsWith(property($, 'og:description')!)).toBe(true);
			expect(property($, 'og:description')!.length).toBeGreaterThan(10);
			expect(property($, 'og:image')).toBe(`${origin}/og${built.path.slice(0, -1)}.png`);
			expect(property($, 'og:url')).toBe(`${origin}${built.path}`);
		}
	});
});

function jsonLd(path: string): Array<Record<string, unknown>> {
	const { $ } = page(path);
	return $('script[type="application/ld+json"]').map((_index, element) => JSON.parse($(element).text()) as unknown).get() as Array<Record<string, unknown>>;
}

describe('structured data (JSON-LD)', () => {
	it('the long-read is a NewsArticle with headline, description, language, people and the event date', () => {
		const [news, crumbs] = jsonLd(article) as [Record<string, any>, Record<string, any>];
		expect(news['@context']).toBe('https://schema.org');
		expect(news['@type']).toBe('NewsArticle');
		expect(news.headline).toBe(normalize(page(article).$('h1').text()));
		expect(news.description).toBe(page(article).$('meta[name=description]').attr('content'));
		expect(news.inLanguage).toBe('de');
		expect(news.about).toMatchObject({ '@type': 'Event', startDate: '2025-08-18', location: { '@type': 'Place', name: 'Weißes Haus, Washington' } });
		expect(news.mentions).toHaveLength(13);
		expect(news.mentions[0]).toMatchObject({ '@type': 'Person', name: 'Donald Trump', jobTitle: 'US-Präsident' });
		for (const person of news.mentions) expect(fileForPath(local(person.url))).toBeDefined();
		expect(news.datePublished).toBeUndefined();
		expect(news.author).toBeUndefined();
		expect(crumbs['@type']).toBe('BreadcrumbList');
		expect(crumbs.itemListElement.map((item: any) => item.position)).toEqual([1, 2]);
	});

	it('each section page is a WebPage that isPartOf the article, with a BreadcrumbList', () => {
		for (const built of sectionPages()) {
			const [webPage, crumbs] = jsonLd(built.path) as [Record<string, any>, Record<string, any>];
			expect(webPage['@type']).toBe('WebPage');
			expect(webPage.url).toBe(`${origin}${built.path}`);
			expect(webPage.name).toBe(normalize(built.$('h1').text()));
			expect(webPage.isPartOf).toMatchObject({ '@type': 'NewsArticle', '@id': `${origin}${article}#artikel`, url: `${origin}${article}` });
			expect(crumbs.itemListElement.map((item: any) => local(item.item))).toEqual(['/', article, built.path]);
		}
	});

	it('uses only schema.org types and properties the schema-dts types allow (checked by astro check); all JSON-LD parses', () => {
		for (const built of builtPages()) {
			built.$('script[type="application/ld+json"]').each((_index, element) => {
				expect(() => JSON.parse(built.$(element).text())).not.toThrow();
			});
		}
	});
});

describe('discovery', () => {
	const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

	it('sitemap.xml lists every page and nothing else', () => {
		const index = read('sitemap-index.xml');
		const maps = Array.from(index.matchAll(/<loc>([^<]+)<\/loc>/g), (match) => local(match[1]!));
		const listed = maps.flatMap((map) => Array.from(read(map.slice(1)).matchAll(/<loc>([^<]+)<\/loc>/g), (match) => local(match[1]!)));
		const pages = builtPages().map((built) => built.path).filter((path) => path !== '/404.html');
		expect([...listed].sort()).toEqual([...pages].sort());
	});

	it('robots.txt points to the sitemap', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
	});

	it('an RSS feed lists the articles, linked from every page', () => {
		const feed = load(read('rss.xml'), { xml: true });
		expect(feed('channel > language').text()).toBe('de-de');
		expect(feed('item > link').map((_index, element) => local(feed(element).text())).get()).toEqual([article]);
		for (const built of builtPages()) expect(built.$('link[rel=alternate][type="application/rss+xml"]').attr('href')).toBe(`${origin}/rss.xml`);
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
		for (const built of sectionPages()) {
			const control = built.$('share-link');
			expect(control).toHaveLength(1);
			expect(control.find('a').attr('href')).toBe(built.path);
			expect(control.attr('data-url')).toBe(`${origin}${built.path}`);
		}
	});
});
