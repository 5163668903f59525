import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { fieldReference, REFERENCE_END, REFERENCE_START, withGenerated, withReference } from '../../src/lib/content/field-reference.ts';
import { settingsTable } from '../../src/lib/settings.ts';
import { projectRoot } from '../helpers/paths.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const reference = fieldReference();

describe("the editors' field reference", () => {
	it('in the README is what the schemas say (run `npm run docs` after changing a schema)', () => {
		expect(withReference(readme, reference)).toBe(readme);
	});

	it('and the README’s table of settings is what src/lib/settings.ts says', () => {
		expect(withGenerated(readme, 'einstellungen', settingsTable())).toBe(readme);
	});

	it('lists the fields a new editor missed, with whether they are required', () => {
		// Written by hand from the issue that asked for the reference: required fields the old list missed …
		for (const field of [
			'glossary[].term',
			'glossary[].definition',
			'translations[].translation',
			'keyPoints[].text',
			'source.statement',
			'title',
			'description',
		]) {
			expect(reference).toMatch(new RegExp(`\\| \`${field.replace(/[[\].]/g, '\\$&')}\` \\| ja \\|`));
		}
		// … and optional ones.
		for (const field of ['source.url', 'event', 'participants[].group', 'sortName', 'roleSource', 'timeline[].date', 'timeline[].marker']) {
			expect(reference).toMatch(new RegExp(`\\| \`${field.replace(/[[\].]/g, '\\$&')}\` \\| nein \\|`));
		}
	});

	it('stands between its markers, and a README without them is refused', () => {
		expect(readme.indexOf(REFERENCE_START)).toBeGreaterThan(0);
		expect(readme.indexOf(REFERENCE_END)).toBeGreaterThan(readme.indexOf(REFERENCE_START));
		expect(() => withReference('# README ohne Marken', reference)).toThrow(/Marken/);
	});

	it('notices drift: a README with a field missing differs from the generated reference', () => {
		const drifted = readme.replace(/^\| `roleSource`.*\n/m, '');
		expect(drifted).not.toBe(readme);
		expect(withReference(drifted, reference)).not.toBe(drifted);
	});

	it('replaces what stands between the markers, also when the README begins with the start marker', () => {
		// By hand: the start marker, a blank line, the reference, a blank line, then the end marker and what follows.
		expect(withReference(`${REFERENCE_START}\nalt\n${REFERENCE_END}\nRest`, 'neu')).toBe(
			`${REFERENCE_START}\n\nneu\n\n${REFERENCE_END}\nRest`,
		);
	});

	it('refuses a README whose end marker is missing or stands before the start marker', () => {
		expect(() => withReference(`# README\n${REFERENCE_START}\nalt\n`, reference)).toThrow(/Marken/);
		expect(() => withReference(`# README\n${REFERENCE_END}\nalt\n${REFERENCE_START}\n`, reference)).toThrow(/Marken/);
	});
});

describe('the field reference written from other schemas', () => {
	const schemaModule = '../../src/lib/content/schema.ts';

	/** The reference as `npm run docs` would write it if these were the article's and the person's schemas. */
	async function referenceFor(article: z.ZodType, person: z.ZodType = z.strictObject({})): Promise<string> {
		vi.doMock(schemaModule, () => ({ articleFrontmatterSchema: article, personFileSchema: person }));
		vi.resetModules();
		try {
			const generator = await import('../../src/lib/content/field-reference.ts');
			return generator.fieldReference();
		} finally {
			vi.doUnmock(schemaModule);
			vi.resetModules();
		}
	}

	it('keeps a description with a pipe or a line break in its own cell: the pipe escaped, the line break a space', async () => {
		const reference = await referenceFor(z.strictObject({ note: z.string().describe('Ja | Nein\noder vielleicht') }));
		expect(reference).toContain('\n| `note` | ja | Text | Ja \\| Nein oder vielleicht |\n');
	});

	it('leaves the meaning empty for a field without a description', async () => {
		const reference = await referenceFor(z.strictObject({}), z.strictObject({ note: z.string().optional() }));
		expect(reference.endsWith('\n| `note` | nein | Text |  |')).toBe(true);
	});

	it('calls a field that takes any value „–“, and a list of fixed length just „Liste“', async () => {
		const reference = await referenceFor(
			z.strictObject({ any: z.any().describe('Beliebig.'), pair: z.tuple([z.string(), z.string()]).describe('Zwei Texte.') }),
		);
		expect(reference).toContain('\n| `any` | ja | – | Beliebig. |\n| `pair` | ja | Liste | Zwei Texte. |\n');
	});
});
