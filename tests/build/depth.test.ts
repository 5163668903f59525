import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, normalize, page, readerText } from '../helpers/dist.ts';
import { readability } from '../../src/lib/readability.ts';

/**
 * Issue 12, the depth layer, on the built test site: „Einordnung“ (positions,
 * facts, sources) and the version in Einfache Sprache. Expected values are
 * written by hand from tests/fixtures/site/articles/*.md: gipfeltreffen has
 * all of it, kanzlerwahl facts and one source, kurzmeldung none.
 */

const context = page('/gipfeltreffen/einordnung/');
const longRead = page('/gipfeltreffen/');

/** The element a link into the long-read points to, and its text as a reader sees it. */
function target(href: string): string {
	const [path, id] = href.split('#');
	const { $ } = page(path!);
	const element = $(`[id="${id}"]`);
	expect(element, href).toHaveLength(1);
	return normalize(element.text());
}

describe('„Einordnung“ is built only for articles that have some of it, and the article links it', () => {
	it('gipfeltreffen and kanzlerwahl have the page; kurzmeldung has none and links none', () => {
		expect(fileForPath('/gipfeltreffen/einordnung/')).toBeDefined();
		expect(fileForPath('/kanzlerwahl/einordnung/')).toBeDefined();
		expect(fileForPath('/kurzmeldung/einordnung/')).toBeUndefined();
		expect(fileForPath('/kanzlerwahl/einfach/')).toBeUndefined();
		expect(fileForPath('/kurzmeldung/einfach/')).toBeUndefined();
		const links = (path: string) =>
			page(path)
				.$('.article-header .article-more a')
				.map((_i, a) => page(path).$(a).attr('href'))
				.get();
		expect(links('/gipfeltreffen/')).toEqual(['/gipfeltreffen/einordnung/', '/gipfeltreffen/einfach/']);
		expect(links('/kanzlerwahl/')).toEqual(['/kanzlerwahl/einordnung/']);
		expect(page('/kurzmeldung/').$('.article-more')).toHaveLength(0);
	});

	it('says it is an editorial summary resting on the article’s sentences', () => {
		expect(normalize(context.$('.editorial-note').text())).toBe(
			'Die Lagebild-Redaktion ordnet hier den Artikel ein. Jeder Eintrag ist eine redaktionelle Zusammenfassung und verweist auf den Satz des Artikels, auf dem er beruht.',
		);
	});
});

describe('„Wer will was?“', () => {
	const { $ } = context;
	it('is a table of the five sides against the four questions', () => {
		expect(
			$('.positions thead th')
				.map((_i, th) => readerText($(th)))
				.get(),
		).toEqual(['Seite', 'Treffen mit Putin', 'Sicherheitsgarantien', 'US-Bodentruppen', 'Wenn Russland Gespräche verweigert']);
		// Macron and Rutte each speak for themselves: no shared row for „Europe and NATO“ (corrected, see the log).
		expect(
			$('.positions tbody th[scope=row]')
				.map((_i, th) => readerText($(th)))
				.get(),
		).toEqual(['Trump und die USA', 'Selenskyj und die Ukraine', 'Emmanuel Macron (Frankreich)', 'Mark Rutte (NATO)', 'Der Kreml']);
	});

	it('says „Im Text keine Angabe“ where the article says nothing: 11 of 20 cells, 3 each for Macron, Rutte and the Kremlin', () => {
		const empty = (row: number) => $('.positions tbody tr').eq(row).find('td.empty').length;
		expect([0, 1, 2, 3, 4].map(empty)).toEqual([1, 1, 3, 3, 3]);
		$('.positions td.empty').each((_i, td) => expect(normalize($(td).find('.says').text())).toBe('Im Text keine Angabe'));
	});

	it('every filled cell links to a sentence of the long-read that holds its quoted words', () => {
		const cells = $('.positions td:not(.empty)');
		expect(cells).toHaveLength(9);
		cells.each((_i, td) => {
			const link = $(td).find('a.evidence');
			const quote = normalize(link.text()).replace(/^Beleg im Text: „|“$/g, '');
			expect(target(link.attr('href')!)).toContain(quote);
		});
		// Trump on US troops, written out by hand from the section „Sicherheitsgarantien bleiben von US-Beteiligung abhängig“.
		const troops = $('.positions tbody tr').eq(0).find('td').eq(2);
		expect(normalize(troops.find('.says').text())).toBe('Trump sagte keine Entsendung amerikanischer Bodentruppen in die Ukraine zu.');
		expect(target(troops.find('a.evidence').attr('href')!)).toBe(
			'Trump sagte keine Entsendung amerikanischer Bodentruppen in die Ukraine zu, doch Selenskyj betonte, dass die Beteiligung der USA an den Sicherheitsgarantien weiterhin von zentraler Bedeutung sei.',
		);
	});
});

describe('„Was wir wissen – und was offen ist“', () => {
	const { $ } = context;
	it('lists 4 confirmed facts and 5 open questions, each with the words it rests on', () => {
		expect($('#was-feststeht + ul > li')).toHaveLength(4);
		expect($('#was-offen-ist + ul > li')).toHaveLength(5);
		$('.facts li').each((_i, li) => {
			const link = $(li).find('a.evidence');
			expect(target(link.attr('href')!)).toContain(normalize(link.text()).replace(/^Beleg im Text: „|“$/g, ''));
		});
		expect(normalize($('#was-feststeht + ul > li').first().text())).toMatch(
			/^Laut Kreml-Berater Juri Uschakow telefonierten Putin und Trump 40 Minuten lang\. /,
		);
	});

	it('kanzlerwahl: its three facts, and no open questions, no positions', () => {
		const { $: other } = page('/kanzlerwahl/einordnung/');
		expect(other('#was-feststeht + ul > li')).toHaveLength(3);
		expect(other('#was-offen-ist')).toHaveLength(0);
		expect(other('.positions')).toHaveLength(0);
		// The quote runs through the English title's <span lang="en">: the anchor holds the whole sentence, markup kept.
		const link = other('#was-feststeht + ul > li').eq(2).find('a.evidence').attr('href')!;
		expect(link).toBe('/kanzlerwahl/#beleg-das-amt-das');
		expect(target(link)).toBe(
			'Das Amt, das Merz nun innehat, heißt auf Englisch offiziell Federal Chancellor; der deutsche Titel ist Bundeskanzler.',
		);
		expect(page('/kanzlerwahl/').$('#beleg-das-amt-das span[lang=en]').text()).toBe('Federal Chancellor');
	});
});

describe('„Wer sagt das?“', () => {
	const { $ } = context;
	/** The 13 attributed statements of the summit article, in the order of the text, written out by hand. */
	const expected = [
		['Donald Trump', 'eigene Worte', ''],
		['Donald Trump', 'eigene Worte', 'auf Truth Social'],
		['mehrere Staats- und Regierungschefs', 'ohne Namen', ''],
		['Emmanuel Macron', 'eigene Worte', 'gegenüber Journalisten'],
		['nicht genannte Quellen', 'ohne Namen', 'Berichten zufolge'],
		['Donald Trump', 'eigene Worte', 'auf Truth Social'],
		['Donald Trump', 'eigene Worte', ''],
		['Juri Uschakow', 'Nachrichtenagentur zitiert', 'gegenüber der Nachrichtenagentur RIA'],
		['Juri Uschakow', 'Nachrichtenagentur zitiert', 'gegenüber der Nachrichtenagentur RIA'],
		['Wolodymyr Selenskyj', 'Medienbericht', 'laut BBC'],
		['Wolodymyr Selenskyj', 'eigene Worte', ''],
		['Mark Rutte', 'eigene Worte', ''],
		['Wolodymyr Selenskyj', 'eigene Worte', ''],
	];

	it('lists every attributed statement with its source and the kind of source', () => {
		const entries = $('.sources ol > li')
			.map((_i, li) => [
				[
					normalize($(li).find('.source-who > a, .source-who').first().contents().first().text()),
					normalize($(li).find('.source-kind').text()),
					normalize($(li).find('.source-via').text()),
				],
			])
			.get();
		expect(entries).toEqual(expected);
	});

	it('quotes each statement’s whole sentence as the long-read has it, and links there', () => {
		$('.sources ol > li').each((_i, li) => {
			const sentence = normalize($(li).find('blockquote').text());
			expect(target($(li).find('a.evidence').attr('href')!)).toBe(sentence);
		});
		expect(normalize($('.sources ol > li').eq(7).find('blockquote').text())).toBe(
			'Obwohl Moskau einen Gipfel bislang nicht offiziell bestätigt hat, erklärte der außenpolitische Berater des Kremls, Juri Uschakow, gegenüber der Nachrichtenagentur RIA, dass Putin tatsächlich 40 Minuten mit Trump telefoniert habe.',
		);
	});

	it('the long-read has a marker after each of the 13 sentences: it links to the entry and is described by a popover that names the source', () => {
		const { $: text } = longRead;
		const markers = text('a.source-marker');
		expect(markers).toHaveLength(13);
		markers.each((index, marker) => {
			const anchor = text(marker).prevAll('[id^="beleg-"]').first();
			expect(anchor.length, `marker ${index + 1}`).toBe(1);
			expect(text(marker).attr('href')).toBe(`/gipfeltreffen/einordnung/#lb-quelle-${index + 1}`);
			const note = text(`#${text(marker).attr('aria-describedby')}[popover]`);
			expect(normalize(note.text())).toContain(`Quelle: ${expected[index]![0]} (${expected[index]![1]}`);
		});
		// Markers are not the article's text: search leaves them out.
		expect(markers.filter('[data-pagefind-ignore]')).toHaveLength(13);
	});
});

describe('Einfache Sprache', () => {
	const simple = page('/gipfeltreffen/einfach/');
	const { $ } = simple;
	const parts = $('.simple-part');
	const paragraphs = parts.find('p:not(.simple-source)');
	// What readers read: the markers of corrected paragraphs and their popovers are not the simple text.
	const simpleText = paragraphs
		.map((_i, p) => readerText($(p)))
		.get()
		.join('\n\n');

	it('is marked as the editors’ adaptation and links the article', () => {
		expect(normalize($('.simple-badge').text())).toBe('Einfache Sprache');
		expect(normalize($('.editorial-note').text())).toMatch(/^Diese Fassung in Einfacher Sprache hat die Lagebild-Redaktion geschrieben\./);
		expect($('.editorial-note a').attr('href')).toBe('/gipfeltreffen/');
		expect($('html').attr('lang')).toBe('de');
	});

	it('retells every section in order, each part naming and linking the section it retells', () => {
		const sectionLinks = parts.map((_i, part) => $(part).find('.simple-source a').attr('href')).get();
		const sectionPaths = builtPages()
			.filter(
				(built) =>
					built.path.startsWith('/gipfeltreffen/') && !/\/(einordnung|einfach)\/$/.test(built.path) && built.path !== '/gipfeltreffen/',
			)
			.map((built) => built.path);
		expect(sectionLinks).toHaveLength(10);
		expect(new Set(sectionLinks)).toEqual(new Set(sectionPaths));
		// In the article's order: the first and the last part, by hand.
		expect(sectionLinks[0]).toBe('/gipfeltreffen/was-geschieht-gerade/');
		expect(sectionLinks[9]).toBe('/gipfeltreffen/waermere-toene-zwischen-trump-und-selenskyj/');
	});

	it('links each person and glossary term at its first use only', () => {
		const hrefs = paragraphs
			.find('a')
			.not('[data-pagefind-ignore], [data-pagefind-ignore] a')
			.map((_i, a) => $(a).attr('href'))
			.get();
		expect(hrefs.filter((href) => href === '/personen/donald-trump/')).toHaveLength(1);
		expect(hrefs).toContain('/glossar/#sicherheitsgarantien');
		expect(new Set(hrefs).size).toBe(hrefs.length);
		expect(normalize(paragraphs.find('a[href="/personen/donald-trump/"]').text())).toBe('Donald Trump');
		expect(normalize(paragraphs.find('a[href="/glossar/#sicherheitsgarantien"]').text())).toBe('Sicherheits-Garantien');
	});

	it('uses no subjunctive: none of the forms of reported speech the original uses', () => {
		// Subjunctive forms of the original („sei“, „hätten“, „habe“ as reported speech, „solle“, „erwarte“, „werde“, „scheine“), and the conditional.
		for (const form of ['sei', 'seien', 'hätten', 'solle', 'sollte', 'erwarte', 'werde', 'scheine', 'würde', 'würden', 'könnte', 'wäre']) {
			expect(simpleText, form).not.toMatch(new RegExp(`(?<![\\p{L}])${form}(?![\\p{L}])`, 'iu'));
		}
	});

	it('is easier to read than the original: first Wiener Sachtextformel at most 6, no sentence over 12 words', () => {
		const original = longRead
			.$('.longread-text .prose')
			.map((_i, prose) =>
				longRead
					.$(prose)
					.find('p, li')
					.map((_j, block) => normalize(longRead.$(block).clone().find('[data-pagefind-ignore]').remove().end().text()))
					.get()
					.join('\n\n'),
			)
			.get()
			.join('\n\n');
		const easy = readability(simpleText);
		const hard = readability(original);
		console.info(
			`Einfache Sprache: WSTF1 ${easy.wstf1.toFixed(2)}, ${easy.sentences} Sätze, ${easy.words} Wörter, ${easy.wordsPerSentence.toFixed(2)} Wörter je Satz, längster Satz ${easy.longestSentence} Wörter; ` +
				`Original: WSTF1 ${hard.wstf1.toFixed(2)}, ${hard.sentences} Sätze, ${hard.words} Wörter, ${hard.wordsPerSentence.toFixed(2)} Wörter je Satz, längster Satz ${hard.longestSentence} Wörter`,
		);
		expect(easy.wstf1).toBeLessThanOrEqual(6);
		expect(easy.longestSentence).toBeLessThanOrEqual(12);
		// The check itself tells the two apart: the original is far above the target.
		expect(hard.wstf1).toBeGreaterThan(10);
		expect(hard.longestSentence).toBeGreaterThan(30);
	});
});
