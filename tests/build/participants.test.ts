import { describe, expect, it } from 'vitest';
import { builtPages, normalize, page } from '../helpers/dist.ts';
import { namedBySection, namedIn } from '../fixtures/mentions-table.ts';
import { peopleBySurname, summit } from '../fixtures/site-articles.ts';

const articlePath = summit.path;
/** The summit article's people, in front-matter order. */
const people = summit.groups.flatMap((group) => [...group.people]);
/** The role label each person has in the summit article. */
const labelOf = new Map(summit.groups.flatMap((group) => group.people.map((id) => [id, group.label] as const)));

function sectionPages() {
	return builtPages().filter((built) => built.path.startsWith(articlePath) && built.$('article.section-page').length === 1);
}

describe('participant pages', () => {
	it('the summit article has its thirteen people, and the mentions table covers each', () => {
		expect(people).toHaveLength(13);
		expect(Object.keys(namedIn).sort()).toEqual([...people].sort());
	});

	it.each(people)('/personen/%s/ exists with name, role and the sections of the summit article that name the person', (id) => {
		const { $ } = page(`/personen/${id}/`);
		expect(normalize($('h1').text()).length).toBeGreaterThan(3);
		expect(normalize($('.role').first().text())).toMatch(/, /);
		const appearance = $('section.appearance').filter((_index, element) => $(element).find(`h2 a[href="${articlePath}"]`).length > 0);
		expect(appearance).toHaveLength(1);
		expect(normalize(appearance.find('h2 a').text())).toBe(summit.headline);
		expect(normalize(appearance.children('p').first().text())).toBe(`Rolle in der Geschichte: ${labelOf.get(id)}`);
		const items = appearance.find('ol.mentions > li');
		const sections = items.map((_index, item) => $(item).find('a[href$="/"]').first().attr('href')).get();
		expect(sections).toEqual(namedIn[id]!.map((slug) => `${articlePath}${slug}/`));
		items.each((_index, item) => {
			const slug = $(item).find('a[href$="/"]').first().attr('href')!.split('/').at(-2);
			expect($(item).find(`a[href="${articlePath}#${slug}"]`)).toHaveLength(1);
			expect($(item).find('mark').length).toBeGreaterThan(0);
		});
	});

	it('marks the name in the sentence: Melania Trump’s page marks her name, not Donald’s', () => {
		const { $ } = page('/personen/melania-trump/');
		expect(
			$('ol.mentions mark')
				.map((_index, element) => $(element).text())
				.get(),
		).toEqual(['Melania Trump']);
		expect(normalize($('ol.mentions li li').text())).toBe(
			'Selenskyj überreichte Trump zu Beginn einen persönlichen Brief seiner Frau Olena Selenska, adressiert an Melania Trump.',
		);
	});

	it('shows the direct quotes with their speakers: two by Trump, one by Selenskyj, none by anyone else', () => {
		const quotes = (id: string) => page(`/personen/${id}/`).$('.quotes blockquote').length;
		expect(quotes('donald-trump')).toBe(2);
		expect(quotes('wolodymyr-selenskyj')).toBe(1);
		// The Grundgesetz quoted in the election article is nobody's words.
		for (const id of peopleBySurname.filter((person) => person !== 'donald-trump' && person !== 'wolodymyr-selenskyj'))
			expect(quotes(id), id).toBe(0);
	});

	it('past the limit (LAGEBILD_PEOPLE_LIMIT=10 on the test site), /personen/ lists the initials, and their pages together list everyone alphabetically by surname', () => {
		const { $ } = page('/personen/');
		expect($('main .person-summary')).toHaveLength(0);
		const nav = $('main nav.people-initials');
		expect(nav.attr('aria-label')).toBe('Personen nach Anfangsbuchstaben');
		const letters = nav
			.find('a')
			.map((_index, link) => ({ href: $(link).attr('href')!, text: normalize($(link).text()) }))
			.get();
		// Klöckner, von der Leyen, Macron … Uschakow: filed by the family name's initial, not the first name's.
		expect(letters.map((letter) => letter.href)).toEqual(
			['k', 'l', 'm', 'p', 'r', 's', 't', 'u'].map((initial) => `/personen/buchstabe/${initial}/`),
		);
		expect(letters[1]!.text).toBe('L1, 1 Person');
		const listed: string[] = [];
		let total = 0;
		for (const letter of letters) {
			const initialPage = page(letter.href).$;
			expect(initialPage('h1').text()).toBe(`Personen: ${letter.href.split('/').at(-2)!.toUpperCase()}`);
			expect(initialPage('nav.people-initials a[aria-current="page"]').attr('href')).toBe(letter.href);
			const people = initialPage('main .person-summary a.name')
				.map((_index, link) => initialPage(link).attr('href')!)
				.get();
			expect(people.length, letter.href).toBe(Number(/(\d+),/.exec(letter.text)?.[1]));
			listed.push(...people);
			total += people.length;
		}
		expect(listed).toEqual(peopleBySurname.map((id) => `/personen/${id}/`));
		expect(normalize($('main .people > p').first().text())).toMatch(new RegExp(` ${total} Personen, nach Anfangsbuchstaben geordnet:$`));
	});
});

describe('participant sidebar', () => {
	it('on the long-read: an <aside> with a heading, grouped by the article’s own labels, with role, organisation and section counts', () => {
		const { $ } = page(articlePath);
		const aside = $('aside.participants');
		expect(aside).toHaveLength(1);
		expect(aside.attr('aria-labelledby')).toBe('lb-participants-heading');
		expect(aside.find('details summary h2#lb-participants-heading')).toHaveLength(1);
		const groups = aside
			.find('[data-group]')
			.map((_index, element) => ({
				id: $(element).attr('data-group'),
				heading: $(element).find('h3').attr('id'),
				label: normalize($(element).find('h3').text()),
				people: $(element)
					.find('li.person')
					.map((_i, person) => $(person).attr('data-person'))
					.get(),
			}))
			.get();
		expect(groups).toEqual(
			summit.groups.map((group) => ({ id: group.id, heading: `lb-group-${group.id}`, label: group.label, people: [...group.people] })),
		);
		expect(aside.find('li.person')).toHaveLength(13);
		const trump = aside.find('li[data-person=donald-trump]');
		// Name and role on the first line, organisation and the count of sections below.
		expect(normalize(trump.text())).toBe('Donald Trump, US-Präsident USA, in 7 Abschnitten genannt');
		expect(trump.find('a').attr('href')).toBe('/personen/donald-trump/');
	});

	it('on every section page: the people named in that section come first, marked „In diesem Abschnitt“', () => {
		const pages = sectionPages();
		expect(pages).toHaveLength(10);
		const table = namedBySection();
		for (const built of pages) {
			const { $ } = built;
			const slug = built.path.split('/').at(-2)!;
			const here = $('aside.participants [data-group=hier]');
			expect($('aside.participants [data-group]').first().attr('data-group'), built.path).toBe('hier');
			expect(normalize(here.find('h3').text()), built.path).toBe('In diesem Abschnitt');
			const listed = $('aside.participants li.person')
				.map((_index, element) => $(element).attr('data-person'))
				.get();
			const expected = table.get(slug)!;
			expect(expected, slug).toBeDefined();
			expect(new Set(listed.slice(0, expected.size)), built.path).toEqual(expected);
			expect(
				new Set(
					here
						.find('li.person')
						.map((_index, element) => $(element).attr('data-person'))
						.get(),
				),
				built.path,
			).toEqual(expected);
			expect(listed).toHaveLength(13);
		}
	});
});
