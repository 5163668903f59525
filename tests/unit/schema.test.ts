import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseYaml, validate } from '../../src/lib/content/frontmatter.ts';
import { articleFrontmatterSchema, depthSchema, personFileSchema } from '../../src/lib/content/schema.ts';

/**
 * The content schemas (src/lib/content/schema.ts): what an editor reads for
 * each mistake in a front matter or person file, „file:line: field: reason“,
 * the reason in German as the schema words it; defaults and trimmed texts.
 * Line numbers are those of the YAML below (line 1 = its first line).
 */
const file = 'a.md';
const base = ['title: "Titel"', 'description: "Vorspann."', 'source:', '  statement: "Quelle."'];
/** Every front matter needs it; it goes after the lines a case gives, so theirs keep their numbers. */
const published = 'published: 2026-11-25T09:29+01:00';

/** The message for a front matter of the base lines (some replaced: index → line) and `more` from line 5 on. */
function articleMessage(more: string[], replace: Record<number, string> = {}): string {
	const yaml = [...base.map((line, index) => replace[index + 1] ?? line), ...more, published].join('\n');
	try {
		validate(articleFrontmatterSchema, parseYaml(yaml, file), file);
	} catch (error) {
		return (error as Error).message;
	}
	return 'gültig';
}

function personMessage(yaml: string): string {
	try {
		validate(personFileSchema, parseYaml(yaml, 'p.yaml'), 'p.yaml');
	} catch (error) {
		return (error as Error).message;
	}
	return 'gültig';
}

const person = 'name: Erika Muster\nrole: Richterin\norganisation: Testgericht\n';

describe('messages for required text', () => {
	it.each([
		['a missing title', [], { 1: '' }, 'a.md:2: title: Die Schlagzeile (title) fehlt.'],
		[
			'a misspelt title',
			[],
			{ 1: 'titel: "x"' },
			'a.md:1: Unbekanntes Feld „titel“: Tippfehler? Die erlaubten Felder stehen in der Feldreferenz im README.',
		],
		[
			'a title that is a number',
			[],
			{ 1: 'title: 2025' },
			'a.md:1: title: Die Schlagzeile (title) muss Text sein (in Anführungszeichen, wenn er mit einer Zahl oder einem Sonderzeichen beginnt).',
		],
		['a blank description', [], { 2: 'description: "  "' }, 'a.md:2: description: Der Vorspann (description) darf nicht leer sein.'],
		['a missing description', [], { 2: '' }, 'a.md:1: description: Der Vorspann (description) fehlt.'],
		['a blank source statement', [], { 4: '  statement: ""' }, 'a.md:4: source.statement: Die Quellenangabe darf nicht leer sein.'],
		['a missing source', [], { 3: '', 4: '' }, 'a.md:1: source: Pflichtfeld fehlt.'],
		['an event without a place', ['event:', '  date: 2025-05-06'], {}, 'a.md:5: event.place: Der Ort des Ereignisses fehlt.'],
		[
			'a translation without its original',
			['translations:', '  - lang: en', '    translation: "Frieden"'],
			{},
			'a.md:6: translations[0].original: Der Originaltext fehlt.',
		],
		[
			'a translation without the translation',
			['translations:', '  - original: "peace"', '    lang: en'],
			{},
			'a.md:6: translations[0].translation: Die Übersetzung fehlt.',
		],
		[
			'a key point without text',
			[
				'keyPoints:',
				'  - quote: "ein Satz aus"',
				'  - text: "B."',
				'    quote: "ein Satz aus"',
				'  - text: "C."',
				'    quote: "ein Satz aus"',
			],
			{},
			'a.md:6: keyPoints[0].text: Der Kernpunkt fehlt.',
		],
		[
			'a timeline event without text',
			['timeline:', '  - date: 2025-05-06', '    quote: "ein Satz aus"'],
			{},
			'a.md:6: timeline[0].text: Die Beschreibung des Ereignisses fehlt.',
		],
		['a glossary entry without its term', ['glossary:', '  - definition: "Amtssitz."'], {}, 'a.md:6: glossary[0].term: Der Begriff fehlt.'],
		['a glossary entry without a definition', ['glossary:', '  - term: Kreml'], {}, 'a.md:6: glossary[0].definition: Die Erklärung fehlt.'],
	])('%s', (_case, more, replace, message) => {
		expect(articleMessage(more, replace)).toBe(message);
	});

	it.each([
		['a missing name', 'role: Richterin\norganisation: Testgericht\n', 'p.yaml:1: name: Der Name fehlt.'],
		['a blank role', 'name: Erika Muster\nrole: " "\norganisation: Testgericht\n', 'p.yaml:2: role: Die Rolle darf nicht leer sein.'],
		[
			'an organisation that is a list',
			'name: Erika Muster\nrole: Richterin\norganisation: [a]\n',
			'p.yaml:3: organisation: Land oder Organisation muss Text sein (in Anführungszeichen, wenn er mit einer Zahl oder einem Sonderzeichen beginnt).',
		],
	])('in a person file: %s', (_case, yaml, message) => {
		expect(personMessage(yaml)).toBe(message);
	});
});

describe('dates', () => {
	it.each([
		[
			'an event date that is no text',
			['event:', '  date: [2025]', '  place: Berlin'],
			'a.md:6: event.date: Das Datum des Ereignisses fehlt oder ist kein Datum (JJJJ-MM-TT).',
		],
		[
			'an event date in another form',
			['event:', '  date: 6.5.2025', '  place: Berlin'],
			'a.md:6: event.date: Das Datum des Ereignisses: erwartet wird JJJJ-MM-TT.',
		],
		[
			'a timeline date in another form',
			['timeline:', '  - date: 2025-5-6', '    text: "Es geschah."', '    quote: "ein Satz aus"'],
			'a.md:6: timeline[0].date: Das Datum: erwartet wird JJJJ-MM-TT.',
		],
		[
			'a day that does not exist',
			['timeline:', '  - date: 2025-04-31', '    text: "Es geschah."', '    quote: "ein Satz aus"'],
			'a.md:6: timeline[0].date: „2025-04-31“ ist kein gültiges Datum (JJJJ-MM-TT).',
		],
	])('%s', (_case, more, message) => {
		expect(articleMessage(more)).toBe(message);
	});

	it('takes a timeline event with a date, a marker or both, and refuses one with neither', () => {
		const event = (when: string[]) =>
			articleMessage(['timeline:', '  - text: "Es geschah."', '    quote: "ein Satz aus"', ...when.map((line) => `    ${line}`)]);
		expect([event(['date: 2025-05-06']), event(['marker: "Danach"']), event(['date: 2025-05-06', 'marker: "Abends"'])]).toEqual([
			'gültig',
			'gültig',
			'gültig',
		]);
		expect(event([])).toBe('a.md:6: timeline[0]: Ein Ereignis braucht ein Datum (date) oder eine Zeitangabe (marker).');
	});
});

describe('addresses', () => {
	it.each(['http://example.org/quelle', 'https://example.org/quelle'])('accepts %s', (url) => {
		expect(articleMessage([`  url: "${url}"`])).toBe('gültig');
	});

	it.each(['ftp://example.org/', 'xhttp://example.org/', 'httpsx://example.org/', 'javascript:alert(1)', 'keine Adresse'])(
		'refuses %s',
		(url) => {
			expect(articleMessage([`  url: "${url}"`])).toBe('a.md:5: source.url: Nur http- oder https-Adressen.');
		},
	);

	it('checks a glossary entry’s address the same way', () => {
		expect(articleMessage(['glossary:', '  - term: Kreml', '    definition: "Amtssitz."', '    source: "ftp://example.org/"'])).toBe(
			'a.md:8: glossary[0].source: Nur http- oder https-Adressen.',
		);
	});
});

describe('ids and slugs', () => {
	it.each(['erika-muster', 'g7', 'a-b-c'])('accepts the participant id %s', (id) => {
		expect(articleMessage(['participants:', `  - id: ${id}`])).toBe('gültig');
	});

	it.each(['Erika', 'erika--muster', '-erika', 'erika-', 'jürgen', 'erika muster'])('refuses the participant id %j', (id) => {
		expect(articleMessage(['participants:', `  - id: "${id}"`])).toBe(
			'a.md:6: participants[0].id: Die Kennung der Person (id): nur a–z, 0–9 und einzelne Bindestriche.',
		);
	});

	it.each([
		[
			'a participant without id',
			['participants:', '  - group: "Gericht"'],
			'a.md:6: participants[0].id: Die Kennung der Person (id) fehlt.',
		],
		[
			'a key point with neither quote nor extern',
			['keyPoints:', ...['A', 'B', 'C'].map((text) => `  - text: "${text}."`)],
			'a.md:6: keyPoints[0]: Jeder redaktionelle Eintrag beruht auf einem Beleg: einem wörtlichen Ausschnitt des Textes (quote) oder, für eine Tatsache von außerhalb, einer externen Quelle (extern mit title, url, supports).',
		],
		[
			'a timeline event with neither quote nor extern',
			['timeline:', '  - marker: "Danach"', '    text: "Es geschah."'],
			'a.md:6: timeline[0]: Jeder redaktionelle Eintrag beruht auf einem Beleg: einem wörtlichen Ausschnitt des Textes (quote) oder, für eine Tatsache von außerhalb, einer externen Quelle (extern mit title, url, supports).',
		],
		[
			'a timeline participant id with a capital',
			['timeline:', '  - marker: "Danach"', '    text: "Es geschah."', '    quote: "ein Satz aus"', '    participants: [Erika]'],
			'a.md:9: timeline[0].participants[0]: Die Kennung der Person: nur a–z, 0–9 und einzelne Bindestriche.',
		],
		[
			'a blank group',
			['participants:', '  - id: erika', '    group: " "'],
			'a.md:7: participants[0].group: Die Gruppe darf nicht leer sein.',
		],
	])('%s', (_case, more, message) => {
		expect(articleMessage(more)).toBe(message);
	});
});

describe('languages of translations', () => {
	const translation = (lang: string) =>
		articleMessage(['translations:', '  - original: "peace"', `    lang: "${lang}"`, '    translation: "Frieden"']);

	it.each(['en', 'rus', 'en-US'])('accepts %s', (lang) => {
		expect(translation(lang)).toBe('gültig');
	});

	it.each(['e', 'engl', 'EN', 'en-us', 'en-USA', 'en-'])('refuses %j', (lang) => {
		expect(translation(lang)).toBe('a.md:7: translations[0].lang: Die Sprache muss ein Sprachcode wie „en“ sein.');
	});

	it('asks for a missing language', () => {
		expect(articleMessage(['translations:', '  - original: "peace"', '    translation: "Frieden"'])).toBe(
			'a.md:6: translations[0].lang: Die Sprache fehlt.',
		);
	});
});

describe('how many key points', () => {
	const points = (count: number) =>
		articleMessage(
			count === 0
				? []
				: [
						'keyPoints:',
						...Array.from({ length: count }, (_, index) => [`  - text: "Punkt ${index}."`, '    quote: "ein Satz aus"']).flat(),
					],
		);

	it('takes none, or three to five', () => {
		expect([0, 3, 4, 5].map(points)).toEqual(['gültig', 'gültig', 'gültig', 'gültig']);
	});

	it.each([1, 2, 6])('refuses %i', (count) => {
		expect(points(count)).toBe('a.md:5: keyPoints: Drei bis fünf Kernpunkte, oder keine.');
	});

	it('takes an empty list written out („oder keine“)', () => {
		const article = { title: 'Titel', description: 'Vorspann.', published: '2026-11-25T09:29+01:00', source: { statement: 'Quelle.' } };
		expect(articleFrontmatterSchema.parse({ ...article, keyPoints: [] }).keyPoints).toEqual([]);
	});
});

describe('optional lists and texts', () => {
	it('fills what an article leaves out with empty lists, and a timeline event’s people too', () => {
		const data = validate(
			articleFrontmatterSchema,
			parseYaml(
				[
					...base,
					published,
					'timeline:',
					'  - marker: "Danach"',
					'    text: "Es geschah."',
					'    quote: "ein Satz aus"',
					'glossary:',
					'  - term: Kreml',
					'    definition: "Amtssitz."',
				].join('\n'),
				file,
			),
			file,
		);
		expect(data).toEqual({
			title: 'Titel',
			description: 'Vorspann.',
			published: '2026-11-25T09:29+01:00',
			draft: false,
			changes: [],
			source: { statement: 'Quelle.' },
			editorialNotes: [],
			translations: [],
			participants: [],
			keyPoints: [],
			timeline: [{ marker: 'Danach', text: 'Es geschah.', quote: 'ein Satz aus', participants: [] }],
			glossary: [{ term: 'Kreml', aliases: [], definition: 'Amtssitz.' }],
			attributions: [],
		});
	});

	it('trims texts', () => {
		const data = validate(
			personFileSchema,
			parseYaml(
				'name: "  Erika Muster "\nrole: Richterin\norganisation: Testgericht\nsortName: " Muster, Erika "\naliases: [" Erika "]\n',
				'p.yaml',
			),
			'p.yaml',
		);
		expect(data).toEqual({
			name: 'Erika Muster',
			role: 'Richterin',
			organisation: 'Testgericht',
			sortName: 'Muster, Erika',
			aliases: ['Erika'],
		});
	});

	it('gives a person without aliases an empty list', () => {
		expect(validate(personFileSchema, parseYaml(person, 'p.yaml'), 'p.yaml')).toEqual({
			name: 'Erika Muster',
			role: 'Richterin',
			organisation: 'Testgericht',
			aliases: [],
		});
	});

	it.each([
		['sortName: "  "', 'p.yaml:4: sortName: '],
		['roleSource: ""', 'p.yaml:4: roleSource: '],
		['aliases: ["Erika", " "]', 'p.yaml:4: aliases[1]: '],
	])('refuses a blank optional text in a person file: %s', (line, start) => {
		const message = personMessage(`${person}${line}\n`);
		expect(message.startsWith(start)).toBe(true);
		// zod's German wording: at least one character.
		expect(message).toMatch(/Zu klein: erwartet, dass string >=1 Zeichen hat/);
	});

	it.each([
		['editorialNotes: ["  "]', 'a.md:5: editorialNotes[0]: '],
		['timeline:\n  - marker: " "\n    text: "A."\n    quote: "ein Satz aus"', 'a.md:6: timeline[0].marker: '],
		['glossary:\n  - term: Kreml\n    aliases: [""]\n    definition: "Amtssitz."', 'a.md:7: glossary[0].aliases[0]: '],
	])('refuses a blank text in an optional list or field of an article: %s', (lines, start) => {
		const message = articleMessage(lines.split('\n'));
		expect(message.startsWith(start)).toBe(true);
		expect(message).toMatch(/Zu klein: erwartet, dass string >=1 Zeichen hat/);
	});
});

describe('blank text is no text', () => {
	const person = { name: 'Anna Beispiel', role: 'Richterin', organisation: 'Testgericht' };
	const article = { title: 'Titel', description: 'Vorspann.', published: '2026-11-25T09:29+01:00', source: { statement: 'Quelle.' } };

	it('refuses a roleSource of spaces only', () => {
		expect(personFileSchema.safeParse({ ...person, roleSource: '   ' }).success).toBe(false);
		expect(personFileSchema.parse({ ...person, roleSource: ' Eigene Recherche ' }).roleSource).toBe('Eigene Recherche');
	});

	it('refuses a glossary alias of spaces only, and trims the others', () => {
		const entry = (aliases: string[]) => ({ ...article, glossary: [{ term: 'Kreml', aliases, definition: 'Amtssitz.' }] });
		expect(articleFrontmatterSchema.safeParse(entry(['  '])).success).toBe(false);
		expect(articleFrontmatterSchema.parse(entry([' Kremls '])).glossary[0]!.aliases).toEqual(['Kremls']);
	});
});

/**
 * The depth fields' messages (src/lib/content/schema.ts): what an editor reads
 * for each mistake, as [field path, message] pairs, written out by hand.
 */
const depth = z.strictObject(depthSchema);

function issues(data: unknown): Array<[string, string]> {
	const result = depth.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

const q = 'drei Wörter hier';

describe('depth fields: positions', () => {
	it('names a missing question id and label, and a missing side label and stance fields', () => {
		expect(
			issues({
				positions: {
					questions: [{}],
					sides: [{ stances: [{}] }],
				},
			}),
		).toEqual([
			['positions.questions.0.id', 'Die Kennung der Frage (id) fehlt.'],
			['positions.questions.0.label', 'Die Frage (label) fehlt.'],
			['positions.sides.0.label', 'Die Seite (label) fehlt.'],
			['positions.sides.0.stances.0.says', 'Die Position (says) fehlt.'],
			['positions.sides.0.stances.0.question', 'Die Frage der Position (question) fehlt.'],
		]);
		// With its fields, a stance still needs its evidence: a quote or an outside source.
		expect(
			issues({ positions: { questions: [{ id: 'a', label: 'A?' }], sides: [{ label: 'S', stances: [{ question: 'a', says: 'X.' }] }] } }),
		).toEqual([
			[
				'positions.sides.0.stances.0',
				'Jeder redaktionelle Eintrag beruht auf einem Beleg: einem wörtlichen Ausschnitt des Textes (quote) oder, für eine Tatsache von außerhalb, einer externen Quelle (extern mit title, url, supports).',
			],
		]);
	});

	it('needs at least one question and one side', () => {
		expect(issues({ positions: { questions: [], sides: [] } })).toEqual([
			['positions.questions', 'Mindestens eine Frage.'],
			['positions.sides', 'Mindestens eine Seite.'],
		]);
	});

	it('a side without stances has none', () => {
		const result = depth.parse({ positions: { questions: [{ id: 'a', label: 'A?' }], sides: [{ label: 'S' }] } });
		expect(result.positions!.sides[0]!.stances).toEqual([]);
	});
});

describe('depth fields: facts, attributions, simple', () => {
	it('names the missing says of known and open facts', () => {
		expect(issues({ facts: { known: [{ quote: q }], open: [{ quote: q }] } })).toEqual([
			['facts.known.0.says', 'Die Tatsache (says) fehlt.'],
			['facts.open.0.says', 'Die offene Frage (says) fehlt.'],
		]);
	});

	it('names the missing quote and source of an attribution, and a bad person id', () => {
		expect(issues({ attributions: [{ kind: 'agentur', person: 'Merz' }] })).toEqual([
			['attributions.0.quote', 'Der Beleg (quote) fehlt: ein wörtlicher Ausschnitt aus dem Text.'],
			['attributions.0.source', 'Die Quelle (source) fehlt.'],
			['attributions.0.person', 'Die Kennung der Person (person): nur a–z, 0–9 und einzelne Bindestriche.'],
		]);
	});

	it('via is trimmed, and a blank via is refused', () => {
		const result = depth.parse({ attributions: [{ quote: q, source: 'S', kind: 'agentur', via: '  laut BBC ' }] });
		expect(result.attributions[0]!.via).toBe('laut BBC');
		expect(issues({ attributions: [{ quote: q, source: 'S', kind: 'agentur', via: '   ' }] }).map(([path]) => path)).toEqual([
			'attributions.0.via',
		]);
	});

	it('a quote needs three words: words separated by one run of whitespace count once', () => {
		// Two words with a double space between are still two words.
		expect(issues({ attributions: [{ quote: 'zwei  Wörter', source: 'S', kind: 'agentur' }] })).toEqual([
			['attributions.0.quote', 'Der Beleg (quote): mindestens drei Wörter, wörtlich aus dem Text kopiert.'],
		]);
		expect(issues({ attributions: [{ quote: ' drei\nWörter  hier ', source: 'S', kind: 'agentur' }] })).toEqual([]);
		// Space around two words does not make a third: the quote is trimmed first.
		expect(issues({ attributions: [{ quote: ' zwei Wörter ', source: 'S', kind: 'agentur' }] })).toEqual([
			['attributions.0.quote', 'Der Beleg (quote): mindestens drei Wörter, wörtlich aus dem Text kopiert.'],
		]);
	});

	it('simple: names a missing title, section and text, and needs one part', () => {
		expect(issues({ simple: { parts: [{}] } })).toEqual([
			['simple.title', 'Die Überschrift der einfachen Fassung fehlt.'],
			['simple.parts.0.section', 'Der Abschnitt (section) fehlt.'],
			['simple.parts.0.text', 'Der Text in Einfacher Sprache fehlt.'],
		]);
		expect(issues({ simple: { title: 'T', parts: [] } })).toEqual([['simple.parts', 'Mindestens ein Teil.']]);
	});
});
