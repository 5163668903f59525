import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/errors.ts';
import { parseYaml, splitFrontmatter, validate } from '../../src/lib/content/frontmatter.ts';
import { articleFrontmatterSchema, personFileSchema } from '../../src/lib/content/schema.ts';

/**
 * Front matter (src/lib/content/frontmatter.ts): split from the body without
 * moving the body's lines, parsed with the line of every field (or of the
 * nearest field above a missing one), validated with German messages naming
 * file, line and field. Line numbers are counted by hand.
 */
const file = 'content/articles/test.md';

/** A whole article file; line numbers are those of this list (line 1 = '---'). */
const lines = [
	'---', //                         1
	'title: "Titel"', //               2
	'description: "Vorspann."', //     3
	'event:', //                       4
	'  date: 2025-08-18', //           5
	'  place: "Berlin"', //            6
	'source: { statement: "Quelle." }', // 7
	'published: 2026-11-25T09:29+01:00', // 8
	'timeline:', //                    9
	'  - date: 2025-08-17', //         10
	'    text: Vorher.', //            11
	'    quote: "der Tag davor"', //   12
	'  - date: 2025-08-18', //         13
	'    text: Am Tag.', //            14
	'    quote: "an diesem Tag"', //   15
	'---', //                          16
	'', //                             17
	'## Eins', //                      18
	'', //                             19
	'Text.', //                        20
];
const article = lines.join('\n');

/** The article with some lines replaced (1-based line number → new text). */
const changed = (replacements: Record<number, string>) => lines.map((line, index) => replacements[index + 1] ?? line).join('\n');

/** Split, parse and validate a whole file as the loader does; the ContentError it throws, if any. */
function problem(source: string, schema = articleFrontmatterSchema): ContentError {
	try {
		const split = splitFrontmatter(source);
		validate(schema, parseYaml(split.yaml, file, split.yamlLine), file);
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('Erwartet war ein Inhaltsfehler, aber die Datei wurde angenommen.');
}

const parsedLines = (source: string) => {
	const split = splitFrontmatter(source);
	return parseYaml(split.yaml, file, split.yamlLine);
};

describe('splitting front matter from the body', () => {
	it('keeps the body’s line numbers: the front matter becomes empty lines', () => {
		const split = splitFrontmatter(article);
		expect(split.yamlLine).toBe(2);
		expect(split.yaml.split('\n')[0]).toBe('title: "Titel"');
		expect(split.yaml.split('\n').at(-1)).toBe('    quote: "an diesem Tag"');
		const body = split.body.split('\n');
		expect(body.slice(0, 17).every((line) => line === '')).toBe(true);
		expect(body[18 - 1]).toBe('## Eins');
		expect(body[20 - 1]).toBe('Text.');
	});

	it('takes a file without front matter as all body', () => {
		expect(splitFrontmatter('## Eins\n\nText.\n')).toEqual({ yaml: '', yamlLine: 1, body: '## Eins\n\nText.\n' });
	});

	it('accepts a closing --- at the very end of the file', () => {
		expect(splitFrontmatter('---\ntitle: x\n---')).toEqual({ yaml: 'title: x', yamlLine: 2, body: '\n\n' });
	});

	it('drops a byte order mark without shifting lines', () => {
		const split = splitFrontmatter(`\uFEFF${article}`);
		expect(split.yaml).toBe(splitFrontmatter(article).yaml);
		expect(split.body).toBe(splitFrontmatter(article).body);
	});

	it('reads CRLF line endings, keeping the body on its lines', () => {
		const split = splitFrontmatter(article.replaceAll('\n', '\r\n'));
		expect(split.yamlLine).toBe(2);
		const body = split.body.split('\n');
		expect(body[18 - 1]).toBe('## Eins\r');
		expect(body[20 - 1]).toBe('Text.');
	});

	it('drops a byte order mark only at the very start, not one inside the text', () => {
		expect(splitFrontmatter('\uFEFFText mit\uFEFFZeichen').body).toBe('Text mit\uFEFFZeichen');
		// Without one at the start, the one inside is kept too.
		expect(splitFrontmatter('Text mit\uFEFFZeichen').body).toBe('Text mit\uFEFFZeichen');
	});

	it('accepts spaces and tabs after the closing ---', () => {
		expect(splitFrontmatter('---\ntitle: x\n--- \t\n## Eins\n')).toEqual({ yaml: 'title: x', yamlLine: 2, body: '\n\n\n## Eins\n' });
	});

	it('does not take a --- followed by other text for the closing line', () => {
		expect(splitFrontmatter('---\ntitle: x\n---x\n')).toEqual({ yaml: '', yamlLine: 1, body: '---\ntitle: x\n---x\n' });
	});

	it('takes the first closing --- and leaves a later one in the body', () => {
		expect(splitFrontmatter('---\na: 1\n---\nText\n---\n')).toEqual({ yaml: 'a: 1', yamlLine: 2, body: '\n\n\nText\n---\n' });
	});

	it('needs the opening --- at the very start of the file', () => {
		expect(splitFrontmatter('\n---\na: 1\n---\n').yaml).toBe('');
	});
});

describe('line numbers of fields', () => {
	it.each([
		[['title'], 2],
		[['description'], 3],
		[['event', 'date'], 5],
		[['event', 'place'], 6],
		[['source', 'statement'], 7],
		[['published'], 8],
		[['timeline', 0, 'date'], 10],
		[['timeline', 1], 13],
		[['timeline', 1, 'date'], 13],
		[['timeline', 1, 'text'], 14],
		[['timeline', 1, 'quote'], 15],
	] as Array<[PropertyKey[], number]>)('%j is on line %i', (path, line) => {
		expect(parsedLines(article).lineOf(path)).toBe(line);
	});

	it('counts lines the same way in a file with a byte order mark and CRLF line endings', () => {
		const parsed = parsedLines(`\uFEFF${article.replaceAll('\n', '\r\n')}`);
		expect([parsed.lineOf(['title']), parsed.lineOf(['event', 'date']), parsed.lineOf(['timeline', 1, 'quote'])]).toEqual([2, 5, 15]);
		// Values carry no carriage return.
		expect(parsed.data).toMatchObject({ title: 'Titel', timeline: [{ quote: 'der Tag davor' }, { quote: 'an diesem Tag' }] });
	});

	it('counts from the first line it is given (a whole YAML file starts at 1)', () => {
		const parsed = parseYaml('name: Erika Muster\nrole: Testperson\norganisation: Testland\n', 'content/participants/erika-muster.yaml');
		expect([parsed.lineOf(['name']), parsed.lineOf(['organisation'])]).toEqual([1, 3]);
		expect(parseYaml('a: 1\nb: 2\n', 'x.yaml', 10).lineOf(['b'])).toBe(11);
	});

	it('keeps dates as written: YAML does not turn them into Date objects', () => {
		expect(parsedLines(article).data).toMatchObject({
			event: { date: '2025-08-18' },
			timeline: [{ date: '2025-08-17' }, { date: '2025-08-18' }],
		});
	});
});

describe('lines of fields that are missing', () => {
	const yaml = ['# Kopfdaten', 'title: "Titel"', 'event:', '  place: Berlin', 'timeline:', '  - text: "A."', '    section: eins'].join(
		'\n',
	);
	const parsed = parseYaml(yaml, 'a.md');

	it('gives a missing field in a group the line of the group', () => {
		expect(parsed.lineOf(['event', 'date'])).toBe(3);
	});

	it('gives a missing list item the line of the list, a missing field of an item the item’s line', () => {
		expect(parsed.lineOf(['timeline', 4, 'date'])).toBe(5);
		expect(parsed.lineOf(['timeline', 0, 'date'])).toBe(6);
	});

	it('gives a missing top-level field the line where the fields start (after a comment)', () => {
		expect(parsed.lineOf(['description'])).toBe(2);
		expect(parsed.lineOf([])).toBe(2);
	});

	it('counts from the given first line in an empty document', () => {
		expect(parseYaml('', 'a.md', 7).lineOf(['title'])).toBe(7);
		expect(parseYaml('', 'a.md').data).toEqual({});
	});

	it('finds a key under a string key only, not under an index', () => {
		// `timeline` is a list: the key „text“ of the list itself does not exist.
		expect(parsed.lineOf(['timeline', 'text'])).toBe(5);
		// `event` is a group: the index 0 in it does not exist.
		expect(parsed.lineOf(['event', 0])).toBe(3);
	});

	it('looks for an index only in a list: under a text value it takes the line of that field', () => {
		// `title` holds text, not a list: index 0 under it does not exist, so the line is title's own.
		const parsed = parseYaml(['# Kopfdaten', 'title: "Titel"', 'description: "Vorspann."'].join('\n'), 'a.md');
		expect(parsed.lineOf(['description', 0])).toBe(3);
	});
});

describe('YAML syntax errors', () => {
	const lineOfError = (yaml: string, firstLine?: number) => {
		try {
			parseYaml(yaml, 'p.yaml', firstLine);
		} catch (error) {
			expect((error as Error).message).toMatch(/^p\.yaml:\d+: YAML-Fehler: [^\n]+$/);
			return (error as ContentError).line;
		}
		throw new Error('Erwartet war ein YAML-Fehler.');
	};

	it('name the line counted from the first line given', () => {
		// A nested mapping on line 2 of the YAML: line 2 of a whole file, line 6 of a front matter starting on line 5.
		expect(lineOfError('a: 1\nb: c: 2\n')).toBe(2);
		expect(lineOfError('a: 1\nb: c: 2\n', 5)).toBe(6);
	});

	it('word an error by the first line of the parser’s message, not a single character', () => {
		let message = '';
		try {
			parseYaml('a: 1\nb: c: 2\n', 'p.yaml');
		} catch (error) {
			message = (error as Error).message;
		}
		// The parser's own wording is not ours to fix; it has at least two words. The place is named once,
		// by our prefix: the parser's own „at line …, column …“ (its pretty errors) is not repeated.
		expect(message).toMatch(/^p\.yaml:2: YAML-Fehler: \S+ \S+[^\n]*$/);
		expect(message).not.toMatch(/line \d+, column \d+/);
	});

	it('name the line of a tab used as indentation and of a field given twice', () => {
		// A tab as indentation on line 6.
		const tab = problem(changed({ 6: '\tplace: "Berlin"' }));
		expect(tab.line).toBe(6);
		expect(tab.message).toMatch(new RegExp(`^${file}:6: YAML-Fehler: \\S`));
		// The same field twice: the second one (line 4) is the error.
		const twice = problem(changed({ 4: 'title: "Noch einer"', 5: 'event:' }));
		expect(twice.line).toBe(4);
		expect(twice.message).toMatch(new RegExp(`^${file}:4: YAML-Fehler: \\S`));
	});

	it('name the same line with a byte order mark and CRLF line endings', () => {
		const error = problem(`\uFEFF${changed({ 6: '\tplace: "Berlin"' }).replaceAll('\n', '\r\n')}`);
		expect(error.line).toBe(6);
	});
});

describe('validating front matter', () => {
	it('returns the data with defaults for what an article may leave out', () => {
		const split = splitFrontmatter(article);
		const data = validate(articleFrontmatterSchema, parseYaml(split.yaml, file, split.yamlLine), file);
		expect(data).toMatchObject({
			title: 'Titel',
			event: { date: '2025-08-18', place: 'Berlin' },
			participants: [],
			keyPoints: [],
			glossary: [],
			editorialNotes: [],
			translations: [],
		});
		expect(data.timeline[1]).toEqual({ date: '2025-08-18', text: 'Am Tag.', quote: 'an diesem Tag', participants: [] });
	});

	it('names file, line and the nested field path of a wrong value', () => {
		const error = problem(changed({ 13: '  - date: 2025-02-30' }));
		expect(error.message).toBe(`${file}:13: timeline[1].date: „2025-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).`);
		expect([error.file, error.line, error.field, error.reason]).toEqual([
			file,
			13,
			'timeline[1].date',
			'„2025-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).',
		]);
	});

	it('names the field of a value in the wrong form', () => {
		expect(problem(changed({ 5: '  date: 18.08.2025' })).message).toBe(
			`${file}:5: event.date: Das Datum des Ereignisses: erwartet wird JJJJ-MM-TT.`,
		);
	});

	it('reports a misspelt field as unknown, at its line, before the field it was meant to be', () => {
		// `descripton` also leaves `description` missing: the typo is the problem to report.
		expect(problem(changed({ 3: 'descripton: "Vorspann."' })).message).toBe(
			`${file}:3: Unbekanntes Feld „descripton“: Tippfehler? Die erlaubten Felder stehen in der Feldreferenz im README.`,
		);
	});

	it('reports an unknown field inside a list item with the item’s path', () => {
		expect(problem(changed({ 14: '    txt: Am Tag.' })).message).toBe(
			`${file}:14: timeline[1]: Unbekanntes Feld „txt“: Tippfehler? Die erlaubten Felder stehen in der Feldreferenz im README.`,
		);
	});

	// A field whose value is a block below it is reported at the field's own line, not its first nested field.
	it('reports an unknown field whose value is a block at the field’s own line', () => {
		expect(problem(changed({ 4: 'evnt:' })).message).toBe(
			`${file}:4: Unbekanntes Feld „evnt“: Tippfehler? Die erlaubten Felder stehen in der Feldreferenz im README.`,
		);
	});

	it('words a missing object or a value of the wrong type in German', () => {
		const noSource = problem(
			['---', 'title: "Titel"', 'description: "Vorspann."', 'published: 2026-11-25T09:29+01:00', '---', '', '## Eins', '', 'Text.'].join(
				'\n',
			),
		);
		expect(noSource.field).toBe('source');
		expect(noSource.reason).not.toMatch(/Invalid input|expected|received/);
		const notAList = problem(changed({ 9: 'timeline: "am 18. August"', 10: '', 11: '', 12: '', 13: '', 14: '', 15: '' }));
		expect(notAList.reason).not.toMatch(/Invalid input|expected|received/);
	});

	it('names file, line and field of a value error with a byte order mark and CRLF line endings', () => {
		expect(problem(`\uFEFF${changed({ 13: '  - date: 2025-02-30' }).replaceAll('\n', '\r\n')}`).message).toBe(
			`${file}:13: timeline[1].date: „2025-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).`,
		);
	});

	it('validates a person file the same way', () => {
		const person = 'content/participants/erika-muster.yaml';
		const check = (yaml: string) => {
			try {
				validate(personFileSchema, parseYaml(yaml, person), person);
			} catch (error) {
				return (error as Error).message;
			}
			return 'gültig';
		};
		expect(check('name: Erika Muster\nrole: Testperson\norganisation: Testland\naliases: [Muster]\n')).toBe('gültig');
		expect(check('name: Erika Muster\nrole: "  "\norganisation: Testland\n')).toBe(`${person}:2: role: Die Rolle darf nicht leer sein.`);
		expect(check('name: Erika Muster\nrole: Testperson\norganisation: Testland\nfunktion: Testerin\n')).toBe(
			`${person}:4: Unbekanntes Feld „funktion“: Tippfehler? Die erlaubten Felder stehen in der Feldreferenz im README.`,
		);
	});
});

describe('German words for the kind of a value', () => {
	const base = ['title: "Titel"', 'description: "Vorspann."', 'source:', '  statement: "Quelle."'];
	const message = (more: string[]) => {
		try {
			// `published` after the case's lines: theirs keep their numbers.
			validate(articleFrontmatterSchema, parseYaml([...base, ...more, 'published: 2026-11-25T09:29+01:00'].join('\n'), 'a.md'), 'a.md');
		} catch (error) {
			return (error as Error).message;
		}
		return 'gültig';
	};

	it.each([
		['a text for a list', 'timeline: "am 18. August"', 'a.md:5: timeline: Erwartet eine Liste, gefunden Text.'],
		['a number for a group', 'event: 2025', 'a.md:5: event: Erwartet eine Gruppe von Feldern, gefunden eine Zahl.'],
		['a group for a list', 'participants: { id: erika }', 'a.md:5: participants: Erwartet eine Liste, gefunden eine Gruppe von Feldern.'],
		['yes/no for a text', 'editorialNotes: [true]', 'a.md:5: editorialNotes[0]: Erwartet Text, gefunden ja oder nein (true/false).'],
		['a list for a text', 'editorialNotes: [[a]]', 'a.md:5: editorialNotes[0]: Erwartet Text, gefunden eine Liste.'],
		['nothing for a list', 'glossary: ~', 'a.md:5: glossary: Erwartet eine Liste, gefunden nichts (null).'],
		['a list for a group', 'event: [a]', 'a.md:5: event: Erwartet eine Gruppe von Feldern, gefunden eine Liste.'],
	])('%s', (_case, line, expected) => {
		expect(message([line])).toBe(expected);
	});

	it('lists every unknown field of a group and points at the first', () => {
		expect(message(['event:', '  date: 2025-05-06', '  place: Berlin', '  ort: Berlin', '  tag: 6'])).toBe(
			'a.md:8: event: Unbekanntes Feld „ort“, „tag“: Tippfehler? Die erlaubten Felder stehen in der Feldreferenz im README.',
		);
	});
});
