import { describe, expect, it } from 'vitest';
import { ContentError, fieldPath } from '../../src/lib/content/errors.ts';
import { parseYaml, splitFrontmatter, validate } from '../../src/lib/content/frontmatter.ts';
import { articleFrontmatterSchema } from '../../src/lib/content/schema.ts';

/** frontmatter.ts: the line of a field, or of the nearest field above it that exists; German words for kinds of values. */
describe('splitting at the front matter’s edges', () => {
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

describe('lines of fields that are missing', () => {
	const yaml = ['# Kopfdaten', 'title: "Titel"', 'event:', '  place: Berlin', 'timeline:', '  - text: "A."', '    section: eins'].join('\n');
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
});

describe('syntax errors', () => {
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

describe('field paths', () => {
	it('write a leading index and non-string keys as well', () => {
		expect(fieldPath([0, 'text'])).toBe('[0].text');
		expect(fieldPath(['a', Symbol('b')])).toBe('a.Symbol(b)');
		expect(new ContentError('a.md', 3, 'x', 'Grund.')).toMatchObject({ name: 'ContentError', file: 'a.md', line: 3, field: 'x', reason: 'Grund.' });
	});
});
