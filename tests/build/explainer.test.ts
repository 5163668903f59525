import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, normalize, page, readerText } from '../helpers/dist.ts';
import { summit } from '../fixtures/site-articles.ts';

/**
 * The explainer layer of the summit article (tests/fixtures/site/articles/gipfeltreffen.md).
 * Every expected value below is written by hand from that file: the key
 * points and timeline from its front matter, and which glossary term stands
 * in which section from reading its text.
 */
const article = summit.path;

const keyPoints: Array<{ text: string; section: string }> = [
	{
		text: 'Trump will ein direktes Treffen von Putin und Selenskyj arrangieren; die Initiative steht noch am Anfang.',
		section: 'was-geschieht-gerade',
	},
	{
		text: 'Trump bestätigte: Die USA werden Europa bei Sicherheitsgarantien für die Ukraine unterstützen.',
		section: 'usa-wollen-europaeische-sicherheitsgarantien-unterstuetzen',
	},
	{ text: 'Neben Selenskyj kamen sieben Spitzenvertreter aus Europa und der NATO ins Weiße Haus.', section: 'hochrangige-teilnahme' },
	{
		text: 'Laut Kreml-Berater Uschakow telefonierten Putin und Trump 40 Minuten; einen Gipfel hat Moskau bislang nicht offiziell bestätigt.',
		section: 'kreml-bestaetigt-telefonat-bleibt-aber-vage',
	},
	{
		text: 'Selenskyj sagte laut BBC, er sei zu einem direkten Treffen mit Putin bereit.',
		section: 'selenskyj-offen-fuer-treffen-mit-putin-ohne-vorbedingungen',
	},
];

const timeline: Array<{ date?: string; when: string; text: string; section: string; participants: string[] }> = [
	{
		date: '2025-02-28',
		when: '28. Februar 2025',
		text: 'Angespanntes Treffen von Trump und Selenskyj im Oval Office des Weißen Hauses.',
		section: 'waermere-toene-zwischen-trump-und-selenskyj',
		participants: ['donald-trump', 'wolodymyr-selenskyj'],
	},
	{
		date: '2025-08-18',
		when: '18. August 2025',
		text: 'Trump empfängt Selenskyj und führende Vertreter Europas und der NATO im Weißen Haus.',
		section: 'hochrangige-teilnahme',
		participants: [
			'donald-trump',
			'wolodymyr-selenskyj',
			'friedrich-merz',
			'emmanuel-macron',
			'alexander-stubb',
			'giorgia-meloni',
			'keir-starmer',
			'mark-rutte',
			'ursula-von-der-leyen',
		],
	},
	{
		date: '2025-08-18',
		when: '18. August 2025',
		text: 'Berichten zufolge telefoniert Trump gegen Ende des Treffens mit Putin; Trump selbst schreibt, er habe Putin nach den Gesprächen angerufen.',
		section: 'trump-telefoniert-mit-putin-um-prozess-in-gang-zu-setzen',
		participants: ['donald-trump', 'wladimir-putin'],
	},
	{
		when: 'Ohne Termin',
		text: 'Nach Trumps Worten soll ein Treffen von Putin und Selenskyj vorbereitet werden, an einem noch festzulegenden Ort.',
		section: 'trump-telefoniert-mit-putin-um-prozess-in-gang-zu-setzen',
		participants: ['wladimir-putin', 'wolodymyr-selenskyj', 'donald-trump'],
	},
	{
		when: 'Danach',
		text: 'Nach Trumps Worten soll anschließend ein dreiseitiges Treffen von Trump, Putin und Selenskyj folgen.',
		section: 'trump-telefoniert-mit-putin-um-prozess-in-gang-zu-setzen',
		participants: ['donald-trump', 'wladimir-putin', 'wolodymyr-selenskyj'],
	},
];

/** The glossary: slug (the term's ASCII form), the term, and its definition, as the front matter gives them. */
const glossary: Array<{ slug: string; term: string; definition: string }> = [
	{
		slug: 'sicherheitsgarantien',
		term: 'Sicherheitsgarantien',
		definition:
			'Zusagen eines oder mehrerer Staaten, einem anderen Staat beizustehen, wenn er angegriffen wird – etwa mit Waffen, Truppen oder Geld. Hier geht es um Zusagen, die die Ukraine vor einem neuen russischen Angriff schützen sollen.',
	},
	{
		slug: 'truth-social',
		term: 'Truth Social',
		definition: 'Soziales Netzwerk aus Donald Trumps Mediengruppe, gestartet 2022. Trump veröffentlicht dort viele seiner Mitteilungen.',
	},
	{
		slug: 'kreml',
		term: 'Kreml',
		definition:
			'Festungsanlage im Zentrum Moskaus und Amtssitz des russischen Präsidenten. Das Wort steht oft für die russische Staatsführung.',
	},
	{ slug: 'ria', term: 'RIA', definition: 'Staatliche russische Nachrichtenagentur, ausgeschrieben RIA Nowosti.' },
	{
		slug: 'nato-generalsekretaer',
		term: 'NATO-Generalsekretär',
		definition:
			'Höchster ziviler Vertreter der NATO, des Verteidigungsbündnisses Nordamerikas und Europas. Er leitet die Verwaltung und spricht für das Bündnis; seit Oktober 2024 ist es Mark Rutte.',
	},
	{
		slug: 'europaeische-kommission',
		term: 'Europäische Kommission',
		definition:
			'Das ausführende Organ der Europäischen Union, in seiner Rolle mit einer Regierung vergleichbar. Die Kommission schlägt Gesetze vor und sorgt dafür, dass EU-Recht umgesetzt wird. Ihre Präsidentin ist Ursula von der Leyen.',
	},
	{
		slug: 'bilaterales-treffen',
		term: 'Bilaterales Treffen',
		definition: 'Treffen zwischen zwei Seiten – hier ein Treffen nur von Putin und Selenskyj.',
	},
	{
		slug: 'dreiseitiges-treffen',
		term: 'Dreiseitiges Treffen',
		definition: 'Treffen zwischen drei Seiten, auch trilaterales Treffen genannt – hier von Trump, Putin und Selenskyj.',
	},
];

/**
 * Which glossary terms each section's text (not its heading) uses, in any of
 * their forms, read from the article: e.g. „Kremls“ in the Kremlin section,
 * „bilaterales Treffen“ in Selenskyj's quote. Sections without terms are listed
 * empty, so that a term marked there fails.
 */
const termsBySection: Record<string, string[]> = {
	'was-geschieht-gerade': [],
	'usa-wollen-europaeische-sicherheitsgarantien-unterstuetzen': ['sicherheitsgarantien', 'truth-social'],
	'behutsamer-optimismus-bei-den-verbuendeten': [],
	'das-wohl-wichtigste-ergebnis': ['sicherheitsgarantien'],
	'hochrangige-teilnahme': ['nato-generalsekretaer', 'europaeische-kommission'],
	'trump-telefoniert-mit-putin-um-prozess-in-gang-zu-setzen': ['truth-social', 'dreiseitiges-treffen'],
	'kreml-bestaetigt-telefonat-bleibt-aber-vage': ['kreml', 'ria'],
	'selenskyj-offen-fuer-treffen-mit-putin-ohne-vorbedingungen': ['bilaterales-treffen', 'nato-generalsekretaer'],
	'sicherheitsgarantien-bleiben-von-us-beteiligung-abhaengig': ['sicherheitsgarantien'],
	'waermere-toene-zwischen-trump-und-selenskyj': [],
};

/** The article's section pages (not its „Einordnung“ or its version in Einfache Sprache). */
const sectionPaths = () =>
	builtPages()
		.filter((built) => built.path.startsWith(article) && built.$('article.section-page').length === 1)
		.map((built) => built.path);

describe('key points', () => {
	it('the long-read opens with three to five key points, before the text, each linking to its section', () => {
		const { $ } = page(article);
		const box = $('article.longread .key-points');
		expect(normalize(box.find('h2').text())).toBe('Das Wichtigste in Kürze');
		// The points' own links, not the change markers or the links in their popovers.
		const links = box
			.find('li a')
			.filter((_index, element) => !$(element).is('.change-marker') && $(element).closest('.note').length === 0)
			.map((_index, element) => ({ href: $(element).attr('href')!, text: normalize($(element).text()) }))
			.get();
		expect(links).toEqual(keyPoints.map((point) => ({ href: `#${point.section}`, text: point.text })));
		for (const link of links) expect($(link.href).is('h2')).toBe(true);
		const order = $('article.longread')
			.find('.key-points, section.article-section')
			.map((_index, element) => $(element).attr('class'))
			.get();
		expect(order[0]).toBe('key-points');
	});

	it('each section page shows the key point that belongs to it, and no other', () => {
		for (const point of keyPoints) {
			const { $ } = page(`${article}${point.section}/`);
			expect(normalize($('.key-points h2').text())).toBe('Das Wichtigste aus diesem Abschnitt');
			expect(readerText($('.key-points li'))).toBe(point.text);
		}
		const without = summit.sections.filter((slug) => !keyPoints.some((point) => point.section === slug));
		expect(without).toEqual([
			'behutsamer-optimismus-bei-den-verbuendeten',
			'das-wohl-wichtigste-ergebnis',
			'trump-telefoniert-mit-putin-um-prozess-in-gang-zu-setzen',
			'sicherheitsgarantien-bleiben-von-us-beteiligung-abhaengig',
			'waermere-toene-zwischen-trump-und-selenskyj',
		]);
		for (const slug of without) expect(page(`${article}${slug}/`).$('.key-points')).toHaveLength(0);
	});
});

describe('timeline', () => {
	it('is an ordered list with <time datetime>, reachable from the table of contents, each event linking to its section and people', () => {
		const { $ } = page(article);
		expect($('nav.toc a[href="#lb-chronologie"]')).toHaveLength(1);
		const block = $('#lb-chronologie');
		expect(normalize(block.find('h2').first().text())).toBe('Chronologie');
		expect(block.find('ol > li')).toHaveLength(timeline.length);
		block.find('ol > li').each((index, element) => {
			const item = $(element);
			const event = timeline[index]!;
			expect(readerText(item.find('.what'))).toBe(event.text);
			if (event.date) expect(item.find('.when time').attr('datetime')).toBe(event.date);
			else expect(item.find('.when time')).toHaveLength(0);
			expect(normalize(item.find('.when').text())).toContain(event.when);
			expect(item.find(`a[href="${article}${event.section}/"]`)).toHaveLength(1);
			const people = item
				.find('a[href^="/personen/"]')
				.map((_i, link) => $(link).attr('href'))
				.get();
			expect(people).toEqual(event.participants.map((id) => `/personen/${id}/`));
			for (const href of [...people, `${article}${event.section}/`]) expect(fileForPath(href)).toBeDefined();
		});
		expect(
			block
				.find('.when time')
				.map((_index, element) => $(element).attr('datetime'))
				.get(),
		).toEqual(['2025-02-28', '2025-08-18', '2025-08-18']);
		// The dates of the first two the text does not give: each says where it comes from, with the link.
		const extern = block
			.find('ol > li .extern')
			.map((_index, element) => [[readerText($(element)), $(element).find('a').attr('href')]])
			.get();
		expect(extern).toEqual([
			[
				'Ergänzung der Redaktion: Tag und Ort des Treffens im Februar (28. Februar 2025, Oval Office): Wikipedia (englisch): 2025 Trump–Zelenskyy Oval Office meeting',
				'https://en.wikipedia.org/wiki/2025_Trump%E2%80%93Zelenskyy_Oval_Office_meeting',
			],
			[
				'Ergänzung der Redaktion: der Tag des Treffens, 18. August 2025, nach einer Mitteilung der NATO: Ukrajinska Prawda (englisch), 17. August 2025: NATO secretary general to attend Zelenskyy-Trump talks',
				'https://www.pravda.com.ua/eng/news/2025/08/17/7526571/',
			],
		]);
		expect(block.find('ol > li').eq(0).find('.extern')).toHaveLength(1);
		expect(block.find('ol > li').eq(2).find('.extern')).toHaveLength(0);
	});

	it('each section page shows the events that come from it', () => {
		const paths = sectionPaths();
		expect(paths).toHaveLength(10);
		for (const path of paths) {
			const slug = path.split('/').at(-2)!;
			const expected = timeline.filter((event) => event.section === slug).map((event) => event.text);
			const shown = page(path)
				.$('.timeline .what')
				.map((_index, element) => readerText(page(path).$(element)))
				.get();
			expect(shown, path).toEqual(expected);
		}
	});
});

describe('glossary terms', () => {
	it('are marked once per section where they occur, and nowhere they do not, on section pages and in the long-read', () => {
		const containers = [
			...sectionPaths().map((path) => ({
				where: path,
				slug: path.split('/').at(-2)!,
				prose: page(path).$('article.section-page .prose'),
				$: page(path).$,
			})),
			...page(article)
				.$('section.article-section')
				.map((_index, element) => {
					const slug = page(article).$(element).attr('data-section')!;
					return { where: `${article}#${slug}`, slug, prose: page(article).$(element).find('.prose'), $: page(article).$ };
				})
				.get(),
		];
		expect(containers).toHaveLength(20);
		let marked = 0;
		for (const { where, slug: section, prose, $ } of containers) {
			const expected = termsBySection[section];
			expect(expected, `${where}: kein Abschnitt der Tabelle`).toBeDefined();
			const shown = prose
				.find('a.glossary-term')
				.map((_index, element) => $(element).attr('data-term'))
				.get();
			expect(shown, where).toEqual(expected);
			prose.find('a.glossary-term').each((_index, element) => {
				const link = $(element);
				const term = link.attr('data-term')!;
				marked += 1;
				expect(link.attr('href')).toBe(`/glossar/#${term}`);
				const definition = $(`#${link.attr('aria-describedby')}`);
				expect(definition.attr('popover')).toBe('auto');
				expect(definition.closest('[data-pagefind-ignore]')).toHaveLength(1);
				expect(normalize(definition.text())).toContain(glossary.find((entry) => entry.slug === term)!.definition);
			});
		}
		expect(marked).toBe(24);
	});

	it('the glossary page lists every term with its definition and the sections that use it', () => {
		const { $ } = page('/glossar/');
		const ids = $('section.entry h2')
			.map((_index, element) => $(element).attr('id'))
			.get();
		expect([...ids].sort()).toEqual(glossary.map((entry) => entry.slug).sort());
		for (const { slug, term, definition } of glossary) {
			const entry = $(`section.entry:has(h2#${slug})`);
			expect(normalize(entry.find('h2').text())).toBe(term);
			expect(readerText(entry)).toContain(definition);
			const users = summit.sections.filter((section) => termsBySection[section]!.includes(slug)).map((section) => `${article}${section}/`);
			expect(users.length, slug).toBeGreaterThan(0);
			const listed = entry
				.find('li a')
				.map((_index, element) => $(element).attr('href'))
				.get();
			expect(listed, slug).toEqual(users);
		}
	});
});
