import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';

describe('front matter: details the other tests leave open', () => {
	it('drops a byte order mark only at the very start, not one inside the text', () => {
		expect(splitFrontmatter('\uFEFFText mit\uFEFFZeichen').body).toBe('Text mit\uFEFFZeichen');
	});

	it('words a YAML syntax error with its whole first line, not a single character', () => {
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

	it('looks for an index only in a list: under a text value it takes the line of that field', () => {
		// `title` holds text, not a list: index 0 under it does not exist, so the line is title's own.
		const parsed = parseYaml(['# Kopfdaten', 'title: "Titel"', 'description: "Vorspann."'].join('\n'), 'a.md');
		expect(parsed.lineOf(['description', 0])).toBe(3);
	});
});
