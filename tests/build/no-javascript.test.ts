import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, page, siteOrigin } from '../helpers/dist.ts';
import { pageTypes } from '../helpers/page-types.ts';

/**
 * Without JavaScript a reader gets everywhere by links: from the home page,
 * following every link of every page reached, as a browser with scripts off
 * would (the pages' HTML is all it gets), every page of the site is reached
 * and has something to read, and every feed a page links is RSS.
 */
describe('without JavaScript', () => {
	it('every page reached by following links from the home page reads, and every page and feed is reached', () => {
		const origin = siteOrigin();
		const seen = new Set<string>();
		const feeds = new Set<string>();
		const queue = ['/'];
		const broken: string[] = [];
		while (queue.length > 0) {
			const path = queue.shift()!;
			if (seen.has(path) || feeds.has(path)) continue;
			const file = fileForPath(path);
			if (!file) {
				broken.push(`${path}: keine Datei`);
				continue;
			}
			// A feed („Dossier folgen“, the corrections) is not a page to read: it must be there, as RSS.
			if (!file.endsWith('.html')) {
				feeds.add(path);
				if (!readFileSync(file, 'utf8').startsWith('<?xml')) broken.push(`${path}: kein RSS`);
				continue;
			}
			seen.add(path);
			const { $ } = page(path);
			if ($('main').text().replace(/\s+/g, ' ').trim().length < 40 || $('h1').length !== 1) broken.push(`${path}: kein lesbarer Inhalt`);
			$('a[href]').each((_index, link) => {
				const url = new URL($(link).attr('href')!, `${origin}${path}`);
				if (url.origin === origin && !seen.has(url.pathname)) queue.push(url.pathname);
			});
		}
		expect(broken).toEqual([]);
		const linkable = builtPages()
			.filter((built) => built.path !== '/404.html')
			.map((built) => built.path);
		expect([...seen].sort()).toEqual(linkable.sort());
		// The person pages link their feeds: 15 people on the test site; the corrections page links its own.
		expect([...feeds].filter((path) => /^\/personen\/[^/]+\/rss\.xml$/.test(path))).toHaveLength(15);
		expect(feeds).toContain('/korrekturen/rss.xml');
		// Every page type (both article shapes, the one-section article's pages, search) is among them.
		for (const path of [
			...Object.values(pageTypes).filter((path) => path !== pageTypes.notFound),
			'/kurzmeldung/',
			'/kurzmeldung/was-eine-kurzmeldung-ist/',
		])
			expect(seen, path).toContain(path);
	});
});
