import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { builtPagesIn, normalize, pageIn } from '../helpers/dist.ts';
import { liveDistDir } from '../helpers/paths.ts';
import { FURNITURE, TRANSLATED, articleLines, subheadings, teaser } from '../helpers/source.ts';

/**
 * The only build tests that read the live build (`npm run build`, from
 * `content/`): the published article must stay true to its source.
 */
const articlePath = '/gipfel-im-weissen-haus/';
const builtPages = () => builtPagesIn(liveDistDir);
const page = (path: string) => pageIn(liveDistDir, path);

/** The article text a reader sees on the long-read: header and sections, no navigation. */
function longReadText(): string {
	const { $ } = page(articlePath);
	const longread = $('article.longread').clone();
	longread.find('nav, .section-tools, .anchor-link, .source-notes, [data-pagefind-ignore]').remove();
	return normalize(longread.text());
}

/** The article's section pages (not its „Einordnung“ or its version in Einfache Sprache). */
function sectionPages() {
	return builtPages().filter((candidate) => candidate.path.startsWith(articlePath) && candidate.$('article.section-page').length === 1);
}

/** An element's text as the article's text: without what is marked as not part of it (source markers). */
const articleText = ($: CheerioAPI, element: AnyNode) => normalize($(element).clone().find('[data-pagefind-ignore]').remove().end().text());

/** The blocks a reader sees on a section page: its heading, then each paragraph and list item. */
function sectionBlocks(path: string): string[] {
	const { $ } = page(path);
	return $('article.section-page h1, article.section-page .prose :is(p, li, h2, h3, h4)')
		.map((_index, element) => articleText($, element))
		.get();
}

function expectInOrder(text: string, lines: readonly string[]): void {
	let from = 0;
	for (const line of lines) {
		const at = text.indexOf(normalize(line), from);
		expect(at, `„${line}“ fehlt oder steht nicht in der Reihenfolge der Quelle`).toBeGreaterThanOrEqual(0);
		from = at + normalize(line).length;
	}
}

describe('text fidelity against the source article', () => {
	it('the source has the shape its README describes', () => {
		expect(subheadings).toHaveLength(10);
		expect(articleLines).toHaveLength(10 + 27);
	});

	it('the long-read shows every line of article text verbatim and in order', () => {
		expectInOrder(longReadText(), [teaser, ...articleLines]);
	});

	it('the long-read’s blocks are exactly the source’s lines, nothing added, nothing lost', () => {
		const { $ } = page(articlePath);
		const blocks = $('article.longread :is(.lede, section.article-section h2, section.article-section .prose :is(p, li, h3, h4))')
			.map((_index, element) => articleText($, element))
			.get();
		expect(blocks).toEqual([teaser, ...articleLines]);
	});

	it('shows the teaser exactly once on the long-read, as its description', () => {
		const text = longReadText();
		expect(text.split(teaser).length - 1).toBe(1);
		expect(page(articlePath).$('meta[name=description]').attr('content')).toBe(teaser);
	});

	it('puts every line of article text on exactly one section page, in order', () => {
		const pages = sectionPages();
		expect(pages).toHaveLength(10);
		const blocks = new Map(pages.map((candidate) => [candidate.path, sectionBlocks(candidate.path)]));
		const owners = articleLines.map((line) => [...blocks].filter(([, list]) => list.includes(normalize(line))).map(([path]) => path));
		owners.forEach((paths, index) => expect(paths, `„${articleLines[index]}“`).toHaveLength(1));
		for (const [path, list] of blocks) {
			expect(list, `${path} zeigt genau seine Zeilen der Quelle, in Reihenfolge`).toEqual(
				articleLines.filter((_line, index) => owners[index]![0] === path),
			);
		}
	});

	it('keeps the section pages in the source’s order of subheadings', () => {
		const headings = page(articlePath)
			.$('section.article-section h2')
			.map((_index, element) => normalize(page(articlePath).$(element).text()))
			.get();
		expect(headings).toEqual(subheadings.map((line) => TRANSLATED[line] ?? line));
	});

	it('shows no furniture of the source site anywhere', () => {
		for (const candidate of builtPages()) {
			const text = normalize(candidate.$('body').text());
			for (const furniture of FURNITURE) expect(text, `${candidate.path} zeigt „${furniture}“`).not.toContain(furniture);
		}
	});

	it('shows a translated subheading’s original only marked as English, in the editorial notes', () => {
		const { $ } = page(articlePath);
		for (const [original, translation] of Object.entries(TRANSLATED)) {
			const marked = $('[lang=en]').filter((_index, element) => normalize($(element).text()) === original);
			expect(marked).toHaveLength(1);
			expect(marked.closest('.source-notes')).toHaveLength(1);
			expect(normalize($('.source-notes').text())).toContain(translation);
		}
	});
});
