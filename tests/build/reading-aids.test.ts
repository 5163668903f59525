import { describe, expect, it } from 'vitest';
import { normalize, page } from '../helpers/dist.ts';
import { brief, election, summit } from '../fixtures/site-articles.ts';

/**
 * Issue 11, reading aids, on the built test site: reading time (article and
 * section), the table of contents in the long-read's rail, and „Nächster
 * Abschnitt“ at the end of each section. Every expected value is written by
 * hand from tests/fixtures/site/articles/*.md; the word counts behind the
 * minutes are in tests/unit/reading-time.test.ts (200 words a minute,
 * rounded up): gipfeltreffen 466 words → 3 minutes, kanzlerwahl 295 → 2,
 * kurzmeldung 23 → 1; every single section of the three has under 200 words.
 */

/** The summit article's headings, in order (the fifth pinned to `#hochrangige-teilnahme`). */
const summitHeadings = [
	'Was geschieht gerade?',
	'USA wollen europäische Sicherheitsgarantien unterstützen',
	'Behutsamer Optimismus bei den Verbündeten',
	'Das wohl wichtigste Ergebnis',
	'Hochrangige Teilnahme signalisiert ernsthafte Absicht',
	'Trump telefoniert mit Putin, um Prozess in Gang zu setzen',
	'Kreml bestätigt Telefonat, bleibt aber vage',
	'Selenskyj offen für Treffen mit Putin – ohne Vorbedingungen',
	'Sicherheitsgarantien bleiben von US-Beteiligung abhängig',
	'Wärmere Töne zwischen Trump und Selenskyj',
];

describe('reading time', () => {
	it('the long-read’s meta line ends with the article’s reading time', () => {
		expect(normalize(page(summit.path).$('.article-header .meta').text())).toBe(
			'Ereignis: 18. August 2025, Weißes Haus, Washington · 10 Abschnitte · 3 Min. Lesezeit',
		);
		expect(normalize(page(election.path).$('.article-header .meta').text())).toBe('4 Abschnitte · 2 Min. Lesezeit');
		expect(normalize(page(brief.path).$('.article-header .meta').text())).toBe('1 Abschnitt · 1 Min. Lesezeit');
	});

	it('each card on the home page (and the archive’s page 2) shows it too, and the dot between is not read out', () => {
		const { $ } = page('/');
		const archive = page('/archiv/2/').$;
		const meta = (path: string) => {
			const cardOn = (doc: typeof $) =>
				doc('article.card')
					.filter((_index, element) => doc(element).find(`h2 a[href="${path}"]`).length > 0)
					.find('.meta');
			return cardOn($).length > 0 ? cardOn($) : cardOn(archive);
		};
		expect(normalize(meta(summit.path).text())).toBe('18. August 2025 · 10 Abschnitte · 3 Min. Lesezeit');
		expect(normalize(meta(election.path).text())).toBe('4 Abschnitte · 2 Min. Lesezeit');
		expect(normalize(meta(brief.path).text())).toBe('1 Abschnitt · 1 Min. Lesezeit');
		for (const path of [summit.path, election.path, brief.path]) {
			const shown = meta(path).clone();
			shown.find('[aria-hidden=true]').remove();
			expect(normalize(shown.text()), path).not.toContain('·');
		}
	});

	it('each section of the long-read says its number and its reading time in its tools line', () => {
		const tools = (path: string) =>
			page(path)
				.$('section.article-section > .section-tools > span.muted')
				.map((_index, element) => normalize(page(path).$(element).text()))
				.get();
		expect(tools(summit.path)).toEqual(summitHeadings.map((_heading, index) => `Abschnitt ${index + 1} von 10 · 1 Min. Lesezeit`));
		expect(tools(election.path)).toEqual([1, 2, 3, 4].map((number) => `Abschnitt ${number} von 4 · 1 Min. Lesezeit`));
		expect(tools(brief.path)).toEqual(['Abschnitt 1 von 1 · 1 Min. Lesezeit']);
	});

	it('each section page says it under its kicker', () => {
		expect(normalize(page(`${summit.path}hochrangige-teilnahme/`).$('.section-header .position').text())).toBe(
			'Abschnitt 5 von 10 · 1 Min. Lesezeit',
		);
		expect(normalize(page(`${election.path}zwei-wahlgaenge-an-einem-tag/`).$('.section-header .position').text())).toBe(
			'Abschnitt 3 von 4 · 1 Min. Lesezeit',
		);
		expect(normalize(page(`${brief.path}${brief.sections[0].slug}/`).$('.section-header .position').text())).toBe(
			'Abschnitt 1 von 1 · 1 Min. Lesezeit',
		);
	});
});

describe('„Nächster Abschnitt“ at the end of each section in the long-read', () => {
	/** Per section of the long-read, in order: its „next“ link (href and text), or null. */
	const nextLinks = (path: string) => {
		const { $ } = page(path);
		return $('section.article-section')
			.map((_index, element) => {
				const link = $(element).children('.section-next').find('a');
				return [link.length === 0 ? null : { href: link.attr('href'), text: normalize(link.text()) }];
			})
			.get();
	};

	it('gipfeltreffen: ten sections, nine links, each to the heading after it; none after the last', () => {
		expect(nextLinks(summit.path)).toEqual([
			...summit.sections.slice(1).map((slug, index) => ({ href: `#${slug}`, text: `Nächster Abschnitt: ${summitHeadings[index + 1]}` })),
			null,
		]);
	});

	it('kanzlerwahl: four sections, three links', () => {
		expect(nextLinks(election.path)).toEqual([
			{ href: '#was-das-grundgesetz-vorschreibt', text: 'Nächster Abschnitt: Was das Grundgesetz vorschreibt' },
			{ href: '#zwei-wahlgaenge-an-einem-tag', text: 'Nächster Abschnitt: Zwei Wahlgänge an einem Tag' },
			{ href: '#ernennung-und-vereidigung', text: 'Nächster Abschnitt: Ernennung und Vereidigung' },
			null,
		]);
	});

	it('kurzmeldung: one section, no link', () => {
		expect(nextLinks(brief.path)).toEqual([null]);
		expect(page(brief.path).$('.section-next')).toHaveLength(0);
	});

	it('every link leads to a section heading on the same page, stands last in its section and is left out of print', () => {
		for (const [path, links] of [
			[summit.path, 9],
			[election.path, 3],
		] as const) {
			const { $ } = page(path);
			expect($('.section-next'), path).toHaveLength(links);
			$('.section-next').each((_index, element) => {
				const target = $($(element).find('a').attr('href')!);
				expect(target.is('section.article-section h2'), path).toBe(true);
				expect($(element).is(':last-child'), path).toBe(true);
				expect($(element).hasClass('no-print'), path).toBe(true);
			});
		}
	});
});

describe('the table of contents in the long-read’s rail', () => {
	it('stands after the key points and before the text, with the people after it; nothing of the article outside the article', () => {
		const { $ } = page(summit.path);
		const children = $('article.longread')
			.children()
			.map((_index, element) => $(element).attr('class'))
			.get();
		expect(children).toEqual(['article-header', 'key-points', 'rail', 'longread-text']);
		expect(
			$('article.longread > .rail')
				.children()
				.map((_index, element) => element.tagName)
				.get(),
		).toEqual(['nav', 'aside']);
		expect(
			$('.rail > nav.toc ol a')
				.map((_index, element) => normalize($(element).text()))
				.get(),
		).toEqual(summitHeadings);
		expect($('.rail > aside.participants')).toHaveLength(1);
		expect($('main > aside')).toHaveLength(0);
	});

	it('kanzlerwahl (no key points) and kurzmeldung (no people) have the same frame', () => {
		const shape = (path: string) =>
			page(path)
				.$('article.longread')
				.children()
				.map((_index, element) => page(path).$(element).attr('class'))
				.get();
		expect(shape(election.path)).toEqual(['article-header', 'rail', 'longread-text']);
		expect(shape(brief.path)).toEqual(['article-header', 'rail', 'longread-text']);
		expect(
			page(brief.path)
				.$('.rail')
				.children()
				.map((_index, element) => element.tagName)
				.get(),
		).toEqual(['nav']);
	});

	it('the n-th TOC entry and the n-th section are the n-th children of their lists (the CSS that marks the section being read counts on it)', () => {
		for (const [path, count] of [
			[summit.path, 10],
			[election.path, 4],
			[brief.path, 1],
		] as const) {
			const { $ } = page(path);
			expect($('.rail nav.toc ol').children('li'), path).toHaveLength(count);
			expect($('.rail nav.toc ol').children().length, path).toBe(count);
			const text = $('.longread-text').children();
			expect(text.slice(0, count).filter('section.article-section'), path).toHaveLength(count);
			expect($('.longread-text section.article-section'), path).toHaveLength(count);
			// TOC link n points at section n.
			const links = $('.rail nav.toc ol a')
				.map((_index, element) => $(element).attr('href'))
				.get();
			const sections = text
				.slice(0, count)
				.map((_index, element) => `#${$(element).attr('data-section')}`)
				.get();
			expect(links, path).toEqual(sections);
		}
	});

	it('the page’s CSS marks the section being read by scroll-driven animations, for up to 24 sections, with no script for it', () => {
		const { html } = page(summit.path);
		const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
		expect(css).toMatch(/timeline-scope:\s*--lb-s1,\s*--lb-s2,[^;}]*--lb-s24[;}]/);
		expect(css).toMatch(/view-timeline-name:\s*var\(--lb-tl/);
		expect(css).toMatch(/animation-timeline:\s*var\(--lb-tl/);
		expect(css).toContain('@supports (animation-timeline:view())');
		for (const n of [1, 10, 24]) expect(css, `Abschnitt ${n}`).toMatch(new RegExp(`--lb-tl:\\s*--lb-s${n}[;}]`));
		expect(css).not.toMatch(/--lb-tl:\s*--lb-s25[;}]/);
	});
});
