import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, normalize, page } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/paths.ts';

const article = '/gipfel-im-weissen-haus/';
const front = parse(readFileSync(join(projectRoot, 'content/articles/gipfel-im-weissen-haus.md'), 'utf8').split(/^---$/m)[1]!) as {
	keyPoints: Array<{ text: string; section: string }>;
	timeline: Array<{ date?: string; marker?: string; text: string; section: string; participants: string[] }>;
	glossary: Array<{ term: string; aliases: string[] }>;
};
const slugOf = (term: string) => term.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const sectionPaths = () => builtPages().filter((built) => built.path.startsWith(article) && built.path !== article).map((built) => built.path);

describe('key points', () => {
	it('the long-read opens with three to five key points, before the text, each linking to its section', () => {
		const { $ } = page(article);
		const box = $('article.longread .key-points');
		expect(normalize(box.find('h2').text())).toBe('Das Wichtigste in Kürze');
		const links = box.find('li a').map((_index, element) => ({ href: $(element).attr('href')!, text: normalize($(element).text()) })).get();
		expect(links.length).toBeGreaterThanOrEqual(3);
		expect(links.length).toBeLessThanOrEqual(5);
		expect(links).toEqual(front.keyPoints.map((point) => ({ href: `#${point.section}`, text: point.text })));
		for (const link of links) expect($(link.href).is('h2')).toBe(true);
		const order = $('article.longread').find('.key-points, section.article-section').map((_index, element) => $(element).attr('class')).get();
		expect(order[0]).toBe('key-points');
	});

	it('each section page shows the key point that belongs to it', () => {
		for (const point of front.keyPoints) {
			const { $ } = page(`${article}${point.section}/`);
			expect(normalize($('.key-points li').text())).toBe(point.text);
		}
		const without = sectionPaths().filter((path) => !front.keyPoints.some((point) => path.endsWith(`/${point.section}/`)));
		for (const path of without) expect(page(path).$('.key-points')).toHaveLength(0);
	});
});

describe('timeline', () => {
	it('is an ordered list with <time datetime>, reachable from the table of contents, each event linking to its section and people', () => {
		const { $ } = page(article);
		expect($('nav.toc a[href="#lb-chronologie"]')).toHaveLength(1);
		const block = $('#lb-chronologie');
		expect(block.find('ol > li')).toHaveLength(front.timeline.length);
		expect(front.timeline.length).toBeGreaterThanOrEqual(5);
		block.find('ol > li').each((index, element) => {
			const item = $(element);
			const event = front.timeline[index]!;
			expect(normalize(item.find('.what').text())).toBe(event.text);
			if (event.date) expect(item.find('time').attr('datetime')).toBe(event.date);
			else expect(item.find('time')).toHaveLength(0);
			if (event.marker) expect(normalize(item.find('.when').text())).toContain(event.marker);
			expect(item.find(`a[href="${article}${event.section}/"]`)).toHaveLength(1);
			const people = item.find('a[href^="/personen/"]').map((_i, link) => $(link).attr('href')).get();
			expect(people).toEqual(event.participants.map((id) => `/personen/${id}/`));
			for (const href of [...people, `${article}${event.section}/`]) expect(fileForPath(href)).toBeDefined();
		});
		expect(block.find('time').map((_index, element) => $(element).attr('datetime')).get()).toEqual(['2025-02-28', '2025-08-18', '2025-08-18']);
	});

	it('each section page shows the events that come from it', () => {
		for (const path of sectionPaths()) {
			const slug = path.split('/').at(-2)!;
			const expected = front.timeline.filter((event) => event.section === slug).map((event) => event.text);
			const shown = page(path).$('.timeline .what').map((_index, element) => normalize(page(path).$(element).text())).get();
			expect(shown, path).toEqual(expected);
		}
	});
});

describe('glossary terms', () => {
	const forms = front.glossary.map((entry) => ({ slug: slugOf(entry.term), pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[entry.term, ...entry.aliases].join('|')})(?![\\p{L}\\p{N}-])`, 'u') }));

	it('are marked once per section where they occur, and nowhere they do not, on section pages and in the long-read', () => {
		const containers = [
			...sectionPaths().map((path) => ({ where: path, prose: page(path).$('article.section-page .prose'), $: page(path).$ })),
			...page(article)
				.$('section.article-section')
				.map((_index, element) => ({ where: `${article}#${page(article).$(element).attr('data-section')}`, prose: page(article).$(element).find('.prose'), $: page(article).$ }))
				.get(),
		];
		expect(containers).toHaveLength(20);
		let marked = 0;
		for (const { where, prose, $ } of containers) {
			const text = normalize(prose.text());
			for (const { slug, pattern } of forms) {
				const links = prose.find(`a.glossary-term[data-term="${slug}"]`);
				expect(links.length, `${where}: ${slug}`).toBe(pattern.test(text) ? 1 : 0);
				if (links.length === 1) {
					marked += 1;
					expect(links.attr('href')).toBe(`/glossar/#${slug}`);
					const definition = $(`#${links.attr('aria-describedby')}`);
					expect(definition.attr('popover')).toBe('auto');
					expect(definition.closest('[data-pagefind-ignore]')).toHaveLength(1);
				}
			}
		}
		expect(marked).toBeGreaterThanOrEqual(20);
	});

	it('the glossary page lists every term with its definition and the sections that use it', () => {
		const { $ } = page('/glossar/');
		const ids = $('section.entry h2').map((_index, element) => $(element).attr('id')).get();
		expect([...ids].sort()).toEqual(front.glossary.map((entry) => slugOf(entry.term)).sort());
		for (const { slug } of forms) {
			const users = sectionPaths().filter((path) => page(path).$(`article.section-page a.glossary-term[data-term="${slug}"]`).length > 0);
			const listed = $(`section.entry:has(h2#${slug}) li a`).map((_index, element) => $(element).attr('href')).get();
			expect([...listed].sort(), slug).toEqual(users.sort());
			expect(users.length, slug).toBeGreaterThan(0);
		}
	});
});
