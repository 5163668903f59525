import { describe, expect, it } from 'vitest';
import { builtPages, normalize, page } from '../helpers/dist.ts';
import { namedBySection } from '../fixtures/mentions-table.ts';

const articlePath = '/gipfel-im-weissen-haus/';
const people = [
	'donald-trump', 'wladimir-putin', 'wolodymyr-selenskyj', 'friedrich-merz', 'emmanuel-macron', 'alexander-stubb', 'giorgia-meloni',
	'keir-starmer', 'mark-rutte', 'ursula-von-der-leyen', 'juri-uschakow', 'olena-selenska', 'melania-trump',
];

function sectionPages() {
	return builtPages().filter((built) => built.path.startsWith(articlePath) && built.path !== articlePath);
}

describe('participant pages', () => {
	it.each(people)('/personen/%s/ exists with name, role and the sections that name the person', (id) => {
		const { $ } = page(`/personen/${id}/`);
		expect(normalize($('h1').text()).length).toBeGreaterThan(3);
		expect(normalize($('.role').text())).toMatch(/, /);
		const items = $('ol.mentions > li');
		expect(items.length).toBeGreaterThan(0);
		items.each((_index, item) => {
			expect($(item).find(`a[href^="${articlePath}"][href$="/"]`).length).toBeGreaterThan(0);
			expect($(item).find(`a[href^="${articlePath}#"]`)).toHaveLength(1);
			expect($(item).find('mark').length).toBeGreaterThan(0);
		});
	});

	it('marks the name in the sentence: Melania Trump’s page marks her name, not Donald’s', () => {
		const { $ } = page('/personen/melania-trump/');
		expect($('ol.mentions mark').map((_index, element) => $(element).text()).get()).toEqual(['Melania Trump']);
		expect(normalize($('ol.mentions li li').text())).toBe('Selenskyj überreichte Trump zu Beginn einen persönlichen Brief seiner Frau Olena Selenska, adressiert an Melania Trump.');
	});

	it('shows the direct quotes with their speakers: two by Trump, one by Selenskyj, none by anyone else', () => {
		const quotes = (id: string) => page(`/personen/${id}/`).$('.quotes blockquote').length;
		expect(quotes('donald-trump')).toBe(2);
		expect(quotes('wolodymyr-selenskyj')).toBe(1);
		for (const id of people.filter((person) => person !== 'donald-trump' && person !== 'wolodymyr-selenskyj')) expect(quotes(id)).toBe(0);
	});

	it('the index /personen/ lists everyone, alphabetically by surname', () => {
		const { $ } = page('/personen/');
		const links = $('main li a').map((_index, element) => $(element).attr('href')).get();
		expect(links).toHaveLength(13);
		expect([...links].sort()).toEqual(people.map((id) => `/personen/${id}/`).sort());
		expect(links.slice(0, 3)).toEqual(['/personen/ursula-von-der-leyen/', '/personen/emmanuel-macron/', '/personen/giorgia-meloni/']);
	});
});

describe('participant sidebar', () => {
	it('on the long-read: an <aside> with a heading, grouped, with role, organisation and section counts', () => {
		const { $ } = page(articlePath);
		const aside = $('aside.participants');
		expect(aside).toHaveLength(1);
		expect(aside.attr('aria-labelledby')).toBe('lb-participants-heading');
		expect(aside.find('details summary h2#lb-participants-heading')).toHaveLength(1);
		expect(aside.find('[data-group]').map((_index, element) => $(element).attr('data-group')).get()).toEqual(['gastgeber', 'teilnahme', 'telefonat', 'erwaehnt']);
		expect(aside.find('li.person')).toHaveLength(13);
		const trump = aside.find('li[data-person=donald-trump]');
		expect(normalize(trump.text())).toBe('Donald Trump US-Präsident, USA in 7 Abschnitten genannt');
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
			const listed = $('aside.participants li.person').map((_index, element) => $(element).attr('data-person')).get();
			const expected = table.get(slug)!;
			expect(new Set(listed.slice(0, expected.size)), built.path).toEqual(expected);
			expect(new Set(here.find('li.person').map((_index, element) => $(element).attr('data-person')).get()), built.path).toEqual(expected);
			expect(listed).toHaveLength(13);
		}
	});
});
