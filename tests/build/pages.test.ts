import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, normalize, page, siteOrigin } from '../helpers/dist.ts';
import { subheadings, teaser, TRANSLATED } from '../helpers/source.ts';
import { summit } from '../fixtures/site-articles.ts';

/** The frozen copy of the summit article in the test content; its text is the source's (tests/fixtures/source-article.txt). */
const articlePath = summit.path;
const headline = summit.headline;
const headings = subheadings.map((line) => TRANSLATED[line] ?? line);

describe('every page', () => {
	// 38 pages, the depth pages (/gipfeltreffen/einordnung/, /gipfeltreffen/einfach/, /kanzlerwahl/einordnung/),
	// the archive's second page (/archiv/2/: the test site has two stories a page) and eleven pages of corrections
	// (22 corrections and clarifications, two a page). The draft and the story scheduled for 2099 have none.
	it('the test site has its 61 pages', () => {
		expect(builtPages()).toHaveLength(61);
		expect(builtPages().filter((built) => /^\/(entwurf|geplant)\//.test(built.path))).toEqual([]);
	});

	const titles = new Set<string>();
	for (const current of builtPages()) {
		it(`${current.path}: German, titled, described, canonical`, () => {
			const { $ } = current;
			expect($('html').attr('lang')).toBe('de');
			const title = normalize($('title').text());
			expect(title.length).toBeGreaterThan(5);
			expect(titles.has(title), `Titel „${title}“ doppelt`).toBe(false);
			titles.add(title);
			expect($('meta[name=description]').attr('content')?.length ?? 0).toBeGreaterThan(20);
			const canonical = $('link[rel=canonical]').attr('href') ?? '';
			expect(canonical.startsWith(`${siteOrigin()}/`)).toBe(true);
			expect(fileForPath(new URL(canonical).pathname), `${canonical} gibt es nicht in dist/`).toBeDefined();
			expect($('h1')).toHaveLength(1);
			expect($('main#main')).toHaveLength(1);
			expect($('a.skip-link').attr('href')).toBe('#main');
			// One small module enhances the page (search form, share controls); JSON-LD data blocks
			// aside, nothing inline and no handler attributes.
			const scripts = $('script').not('[type="application/ld+json"]');
			expect(scripts.length).toBeLessThanOrEqual(1);
			scripts.each((_index, script) => {
				expect($(script).attr('type')).toBe('module');
				expect($(script).attr('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
				expect($(script).text()).toBe('');
			});
			expect(current.html).not.toMatch(/\son[a-z]+=/i);
		});
	}
});

describe('home page', () => {
	it('lists every article of the test content once, each linking its long-read (with the archive’s page 2)', () => {
		const links = ['/', '/archiv/2/'].flatMap((path) =>
			page(path)
				.$('article.card h2 a')
				.map((_index, element) => page(path).$(element).attr('href'))
				.get(),
		);
		expect([...links].sort()).toEqual(['/gipfeltreffen/', '/kanzlerwahl/', '/kurzmeldung/']);
	});

	it('lists the summit article with headline, teaser, date and number of sections', () => {
		const { $ } = page('/');
		const card = $('article.card').filter((_index, element) => $(element).find(`a[href="${articlePath}"]`).length > 0);
		expect(card).toHaveLength(1);
		expect(normalize(card.find('h2').text())).toBe(headline);
		expect(normalize(card.find('.teaser').text())).toBe(teaser);
		expect(card.find('time').attr('datetime')).toBe('2025-08-18');
		expect(normalize(card.find('time').text())).toBe('18. August 2025');
		expect(normalize(card.text())).toContain('10 Abschnitte');
	});
});

describe('long-read', () => {
	const { $ } = page(articlePath);

	it('has a factual headline of its own (the source has none) and the event', () => {
		expect(normalize($('h1').text())).toBe(headline);
		expect($('.article-header .meta time').attr('datetime')).toBe('2025-08-18');
		expect(normalize($('.article-header').text())).toContain('Weißes Haus, Washington');
	});

	it('says under the headline when Lagebild published it and when it last changed (Berlin time), for people and machines', () => {
		// The copy's `published` is the first commit of content/articles/ (08:29:08 UTC); its log ends on 6 December, 10:30.
		expect($('h1 + .publication-dates').length).toBe(1);
		expect(normalize($('.publication-dates').text())).toBe(
			'Veröffentlicht am 25. November 2026, 09:29 Uhr · Aktualisiert am 6. Dezember 2026, 10:30 Uhr',
		);
		expect(
			$('.publication-dates time')
				.map((_index, time) => $(time).attr('datetime'))
				.get(),
		).toEqual(['2026-11-25T09:29:08+01:00', '2026-12-06T10:30+01:00']);
		expect($('meta[property="article:published_time"]').attr('content')).toBe('2026-11-25T08:29:08Z');
		expect($('meta[property="article:modified_time"]').attr('content')).toBe('2026-12-06T09:30:00Z');
		const news = JSON.parse($('script[type="application/ld+json"]').first().text());
		expect([news.datePublished, news.dateModified]).toEqual(['2026-11-25T08:29:08Z', '2026-12-06T09:30:00Z']);
		// Twelve corrections and eight clarifications; no update.
		expect(news.correction).toHaveLength(20);
		expect(news.correction[0]).toEqual({
			'@type': 'CorrectionComment',
			text: 'Der Kernpunkt gab Selenskyjs Aussage als Tatsache wieder, und „ohne Vorbedingungen“ stützte sich nur auf eine Zwischenüberschrift der Quelle, nicht auf einen Satz des Textes. Er gibt jetzt wieder, was Selenskyj laut BBC sagte.',
			datePublished: '2026-12-06T09:30:00Z',
		});
	});

	it('shows every section as a <section> labelled by its heading, which carries the slug id and an anchor link', () => {
		const sections = $('section.article-section');
		expect(sections).toHaveLength(10);
		sections.each((index, element) => {
			const section = $(element);
			const heading = section.find('h2');
			const id = heading.attr('id')!;
			expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			expect(section.attr('aria-labelledby')).toBe(id);
			expect(normalize(heading.text())).toBe(headings[index]);
			const anchor = section.find('a.anchor-link');
			expect(anchor.attr('href')).toBe(`#${id}`);
			expect(anchor.attr('aria-label')).toBe(`Link zu diesem Abschnitt: ${headings[index]}`);
			expect(section.find(`.section-tools > a[href="${articlePath}${id}/"]`)).toHaveLength(1);
		});
	});

	it('has a table of contents that links every section in order', () => {
		const links = $('nav.toc ol a')
			.map((_index, element) => ({ href: $(element).attr('href'), text: normalize($(element).text()) }))
			.get();
		const ids = $('section.article-section h2')
			.map((_index, element) => `#${$(element).attr('id')}`)
			.get();
		expect(links.map((link) => link.href)).toEqual(ids);
		expect(links.map((link) => link.text)).toEqual(headings);
	});

	it('keeps the pinned slug of the translated section', () => {
		expect($('#hochrangige-teilnahme').is('h2')).toBe(true);
	});

	it('states its source and editorial notes, without inventing an author, and says whose date it shows', () => {
		const notes = normalize($('.source-notes').text());
		expect(notes).toContain('Quelle');
		expect(notes).toContain('Das Datum über dem Artikel ist das seiner Veröffentlichung bei Lagebild.');
		expect($('.source-notes li').length).toBeGreaterThanOrEqual(5);
		expect($('[rel=author], meta[name=author]')).toHaveLength(0);
	});
});

describe('section pages', () => {
	const ids = summit.sections;

	it('are exactly the long-read’s sections, in order (beside them only „Einordnung“ and „Einfache Sprache“)', () => {
		const { $ } = page(articlePath);
		expect(
			$('section.article-section h2')
				.map((_index, element) => $(element).attr('id'))
				.get(),
		).toEqual(ids);
		expect(
			builtPages()
				.filter((built) => built.path.startsWith(articlePath) && built.path !== articlePath)
				.map((built) => built.path)
				.sort(),
		).toEqual([...ids.map((id) => `${articlePath}${id}/`), `${articlePath}einordnung/`, `${articlePath}einfach/`].sort());
	});

	it.each(ids.map((id, index) => [id, index]))('/%s/ stands on its own', (id, index) => {
		const { $ } = page(`${articlePath}${id}/`);
		expect(normalize($('h1').text())).toBe(headings[index]);
		expect($('h1').attr('id')).toBe(id);
		expect(normalize($('.position').text())).toBe(`Abschnitt ${index + 1} von 10 · 1 Min. Lesezeit`);
		expect($(`a[href="${articlePath}#${id}"]`)).toHaveLength(1);
		expect($(`.kicker a[href="${articlePath}"]`)).toHaveLength(1);
		const previous = $('nav.pager a[rel=prev]').attr('href');
		const next = $('nav.pager a[rel=next]').attr('href');
		expect(previous).toBe(index > 0 ? `${articlePath}${ids[index - 1]}/` : undefined);
		expect(next).toBe(index < ids.length - 1 ? `${articlePath}${ids[index + 1]}/` : undefined);
		expect($('title').text()).toContain(headings[index]);
	});

	it('have ASCII slugs with German transliteration', () => {
		const transliterated: Array<[heading: string, slug: string]> = [
			['USA wollen europäische Sicherheitsgarantien unterstützen', 'usa-wollen-europaeische-sicherheitsgarantien-unterstuetzen'],
			['Wärmere Töne zwischen Trump und Selenskyj', 'waermere-toene-zwischen-trump-und-selenskyj'],
			['Kreml bestätigt Telefonat, bleibt aber vage', 'kreml-bestaetigt-telefonat-bleibt-aber-vage'],
		];
		for (const [heading, slug] of transliterated) {
			const { $ } = page(`${articlePath}${slug}/`);
			expect(normalize($('h1').text())).toBe(heading);
			expect($('h1').attr('id')).toBe(slug);
		}
	});
});

describe('404 page', () => {
	it('is German and leads home', () => {
		const { $ } = page('/404.html');
		expect(normalize($('h1').text())).toBe('Seite nicht gefunden');
		expect($('meta[name=robots]').attr('content')).toBe('noindex');
		expect($('main a[href="/"]')).toHaveLength(1);
	});
});
