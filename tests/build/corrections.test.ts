import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, normalize, page, readerText } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

/**
 * Issue 26, stories that stay true, on the built test site. Expected values are
 * written by hand from tests/fixtures/site/articles/*.md: the summit copy's log
 * (20 entries of 6 December 2026, 10:30, corrections and clarifications), the
 * short report's (a clarification, a correction and an update of sentences in
 * its text, on 27, 28 and 29 November), the election story's (none).
 */

const entries = (path: string) =>
	page(path)
		.$('.change-log li')
		.map((_index, li) => page(path).$(li).attr('id'))
		.get();

describe('„Korrekturen und Aktualisierungen“ on an article’s pages', () => {
	it('the long-read lists every entry of its log, newest first, each with kind, time, note and what changed', () => {
		const { $ } = page('/kurzmeldung/');
		expect(normalize($('.change-log h2').text())).toBe('Korrekturen und Aktualisierungen');
		expect(entries('/kurzmeldung/')).toEqual(['aenderung-3', 'aenderung-2', 'aenderung-1']);
		const correction = $('#aenderung-2');
		// 28 November, 14:00 in Berlin.
		expect(normalize(correction.find('.change-when').text())).toBe('Korrektur vom 28. November 2026, 14:00 Uhr');
		expect(correction.find('.change-when time').attr('datetime')).toBe('2026-11-28T14:00+01:00');
		expect(readerText(correction)).toContain('Hintergründe bleiben nicht Kommentaren vorbehalten, sondern längeren Artikeln.');
		// The words taken out and put in, marked (and announced to screen readers).
		expect(
			correction
				.find('del')
				.map((_index, del) => normalize($(del).text()))
				.get(),
		).toEqual(['gestrichen: Kommentaren']);
		expect(
			correction
				.find('ins')
				.map((_index, ins) => normalize($(ins).text()))
				.get(),
		).toEqual(['neu: längeren Artikeln']);
		expect(normalize(correction.find('.change-diff').first().text())).toBe(
			'Vorher: „Hintergründe und Einordnung bleiben gestrichen: Kommentaren vorbehalten.“',
		);
		expect(
			correction
				.find('a')
				.filter((_index, a) => $(a).text() === 'Zur Stelle')
				.attr('href'),
		).toBe('#beleg-hintergruende-und-einordnung');
		// An update given in another zone: 10:00+02:00 is 09:00 in Berlin in November; it has no „before“, so no diff.
		const update = $('#aenderung-3');
		expect(normalize(update.find('.change-when').text())).toBe('Aktualisierung vom 29. November 2026, 09:00 Uhr');
		expect(update.find('.change-diff')).toHaveLength(0);
	});

	it('a story without a log shows no list and no „Aktualisiert“', () => {
		expect(page('/kanzlerwahl/').$('.change-log')).toHaveLength(0);
		expect(normalize(page('/kanzlerwahl/').$('.publication-dates').text())).toBe('Veröffentlicht am 26. November 2026, 12:00 Uhr');
		expect(normalize(page('/kurzmeldung/').$('.publication-dates').text())).toBe(
			'Veröffentlicht am 27. November 2026, 08:00 Uhr · Aktualisiert am 29. November 2026, 09:00 Uhr',
		);
	});

	it('each section page lists the entries marked in it; „Einordnung“ and „Einfache Sprache“ those of their items', () => {
		// The summit copy: entry 14 corrects the heading of „Hochrangige Teilnahme …“, 12 the timeline entry from it.
		expect(entries('/gipfeltreffen/hochrangige-teilnahme/')).toEqual(['aenderung-14', 'aenderung-12']);
		// Key point 2 (entry 8) and nothing else in the second section.
		expect(entries('/gipfeltreffen/usa-wollen-europaeische-sicherheitsgarantien-unterstuetzen/')).toEqual(['aenderung-8']);
		expect(entries('/gipfeltreffen/behutsamer-optimismus-bei-den-verbuendeten/')).toEqual([]);
		expect(entries('/gipfeltreffen/einordnung/')).toEqual(['aenderung-10', 'aenderung-7', 'aenderung-6', 'aenderung-5']);
		expect(entries('/gipfeltreffen/einfach/')).toEqual(['aenderung-20', 'aenderung-19', 'aenderung-18', 'aenderung-17']);
		expect(entries('/gipfeltreffen/')).toEqual(Array.from({ length: 20 }, (_, index) => `aenderung-${20 - index}`));
	});
});

describe('the marker at a changed passage', () => {
	it('follows a changed sentence of the text, on the long-read and on the section page, and leads to the entry on the same page', () => {
		for (const path of ['/kurzmeldung/', '/kurzmeldung/was-eine-kurzmeldung-ist/']) {
			const { $ } = page(path);
			const markers = $('.prose a.change-marker');
			expect(
				markers
					.map((_index, marker) => [
						[normalize($(marker).text()), $(marker).attr('href'), $(marker).prev('.marker-space').prev().attr('id')],
					])
					.get(),
				path,
			).toEqual([
				['klargestellt', '#aenderung-1', 'beleg-eine-kurzmeldung-berichtet'],
				['korrigiert', '#aenderung-2', 'beleg-hintergruende-und-einordnung'],
				['aktualisiert', '#aenderung-3', 'beleg-sie-meldet-etwa'],
			]);
			markers.each((_index, marker) => {
				expect($(marker).attr('data-pagefind-ignore'), path).toBe('');
				// A space before the marker ends the sentence's last word (text fragments); it is not the article's text either.
				expect($(marker).prev().is('span.marker-space[data-pagefind-ignore]'), path).toBe(true);
				expect($(marker).prev().text(), path).toBe(' ');
				const note = $(`#${$(marker).attr('aria-describedby')}`);
				expect(note.attr('popover'), path).toBe('auto');
				expect($($(marker).attr('href')!), path).toHaveLength(1);
			});
		}
	});

	it('stands at changed items: key points, timeline entries, labels and cells of „Wer will was?“, a paragraph of the simple version, a definition', () => {
		const marker = (path: string, id: string) => page(path).$(`a.change-marker#${id}-stelle`);
		expect(marker('/gipfeltreffen/', 'aenderung-1').closest('.key-points li')).toHaveLength(1);
		expect(marker('/gipfeltreffen/', 'aenderung-3').closest('.timeline li')).toHaveLength(1);
		expect(marker('/gipfeltreffen/einordnung/', 'aenderung-5').closest('.positions thead th')).toHaveLength(1);
		expect(marker('/gipfeltreffen/einordnung/', 'aenderung-6').closest('.positions tbody th')).toHaveLength(1);
		expect(marker('/gipfeltreffen/einordnung/', 'aenderung-7').closest('.positions td')).toHaveLength(1);
		expect(marker('/gipfeltreffen/einfach/', 'aenderung-20').closest('.simple-part p')).toHaveLength(1);
		expect(normalize(marker('/gipfeltreffen/einordnung/', 'aenderung-5').text())).toBe('korrigiert');
		expect(normalize(marker('/gipfeltreffen/einordnung/', 'aenderung-6').text())).toBe('klargestellt');
		// A definition corrected in the summit copy: marked on the glossary page, leading to its entry in the article.
		const definition = page('/glossar/')
			.$('a.change-marker')
			.filter((_index, a) => page('/glossar/').$(a).attr('href') === '/gipfeltreffen/#aenderung-13');
		expect(definition).toHaveLength(1);
		expect(definition.closest('section.entry').find('h2').attr('id')).toBe('europaeische-kommission');
		// The changed heading: „Überschrift korrigiert“ under it, in the long-read and on its page.
		for (const path of ['/gipfeltreffen/', '/gipfeltreffen/hochrangige-teilnahme/']) {
			const line = page(path).$('.heading-change');
			expect(line, path).toHaveLength(1);
			expect(readerText(line.clone().find('.change-marker').remove().end()) + normalize(line.find('.change-marker').text()), path).toBe(
				'Überschriftkorrigiert',
			);
		}
	});

	it('every marker on every page leads to its entry (same page, or the long-read) and is described by its popover', () => {
		let count = 0;
		for (const built of builtPages()) {
			built.$('a.change-marker').each((_index, element) => {
				count += 1;
				const marker = built.$(element);
				const href = marker.attr('href')!;
				const [path, id] = href.startsWith('#') ? [built.path, href.slice(1)] : href.split('#');
				expect(page(path!).$(`li[id="${id}"]`), `${built.path} → ${href}`).toHaveLength(1);
				const note = built.$(`[id="${marker.attr('aria-describedby')}"]`);
				expect(note.attr('popover'), built.path).toBe('auto');
				expect(note.find('.change-when').length, built.path).toBe(1);
			});
		}
		// Counted by hand: the short report's 3 sentences, on its long-read and its section page (6). The summit copy's long-read:
		// 3 key points, 5 timeline entries, a heading, an editorial note, the source (11); its section pages repeat the key points,
		// timeline entries and the heading that stand in them (9); „Einordnung“ 4, „Einfache Sprache“ 4, the glossary 1.
		expect(count).toBe(35);
	});
});

describe('/korrekturen/: every correction across the archive', () => {
	it('lists corrections and clarifications (not updates), newest first, paged like the archive, linked from every page’s footer', () => {
		// 20 in the summit copy, 2 in the short report: eleven pages of two (LAGEBILD_PAGE_SIZE=2).
		const pages = builtPages()
			.filter((built) => built.path.startsWith('/korrekturen/'))
			.map((built) => built.path);
		expect([...pages].sort()).toEqual(['/korrekturen/', ...Array.from({ length: 10 }, (_, index) => `/korrekturen/${index + 2}/`)].sort());
		const first = page('/korrekturen/').$;
		expect(normalize(first('h1').text())).toBe('Korrekturen');
		const links = (path: string) =>
			page(path)
				.$('.corrections-list > li .corrections-article a')
				.map((_index, a) => page(path).$(a).attr('href'))
				.get();
		expect(links('/korrekturen/')).toEqual(['/gipfeltreffen/#aenderung-20', '/gipfeltreffen/#aenderung-19']);
		// The oldest: the short report's correction (28 November) and clarification (27 November).
		expect(links('/korrekturen/11/')).toEqual(['/kurzmeldung/#aenderung-2', '/kurzmeldung/#aenderung-1']);
		expect(
			page('/korrekturen/11/')
				.$('.archive-pager a')
				.map((_index, a) => page('/korrekturen/11/').$(a).attr('href'))
				.get(),
		).toEqual(['/korrekturen/10/']);
		expect(normalize(page('/korrekturen/11/').$('h1').text())).toBe('Korrekturen, Seite 11');
		expect(builtPages().flatMap((built) => built.$('.corrections-list a[href="/kurzmeldung/#aenderung-3"]').get())).toEqual([]);
		for (const built of builtPages()) expect(built.$('.site-footer a[href="/korrekturen/"]').text(), built.path).toBe('Korrekturen');
	});

	it('has its own feed, linked from the page: each correction dated, linking its entry', () => {
		const feed = load(readFileSync(join(distDir, 'korrekturen', 'rss.xml'), 'utf8'), { xml: true });
		const items = feed('item')
			.map((_index, item) => [[feed(item).find('title').text(), feed(item).find('link').text(), feed(item).find('pubDate').text()]])
			.get();
		expect(items).toHaveLength(22);
		expect(items[0]).toEqual([
			'Korrektur: Nach dem Treffen im Weißen Haus: Trump will Gipfel von Putin und Selenskyj vorbereiten',
			'https://lagebild.example/gipfeltreffen/#aenderung-20',
			'Sun, 06 Dec 2026 09:30:00 GMT',
		]);
		expect(items.at(-1)).toEqual([
			'Klarstellung: Testmeldung mit nur einem Abschnitt',
			'https://lagebild.example/kurzmeldung/#aenderung-1',
			'Fri, 27 Nov 2026 08:15:00 GMT',
		]);
		expect(page('/korrekturen/').$('link[rel=alternate][href="https://lagebild.example/korrekturen/rss.xml"]')).toHaveLength(1);
		expect(fileForPath('/korrekturen/rss.xml')).toBeDefined();
	});
});

describe('drafts and scheduled stories', () => {
	it('a draft and a story scheduled for 2099 have no page, no card, no feed item, no search document and no sitemap entry', () => {
		expect(builtPages().filter((built) => built.html.includes('Entwurfswort') || built.html.includes('Zukunftswort'))).toEqual([]);
		expect(fileForPath('/entwurf/')).toBeUndefined();
		expect(fileForPath('/geplant/')).toBeUndefined();
		for (const file of ['rss.xml', 'sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml'])
			expect(readFileSync(join(distDir, file), 'utf8'), file).not.toMatch(/entwurf|geplant/);
	});
});
