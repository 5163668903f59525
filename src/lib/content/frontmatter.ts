import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document } from 'yaml';
import * as z from 'zod';
import { ContentError, fieldPath } from './errors.ts';

/**
 * Reads the YAML front matter of a Markdown file once, with positions, and
 * validates it against a schema. Every problem names the file, the line and
 * the field. YAML's core schema keeps `2025-08-18` a string, so no date is
 * silently rolled over; the schema checks calendar dates itself.
 */

export interface SplitSource {
	/** The YAML between the `---` lines ('' when there is none). */
	yaml: string;
	/** Line of the file where the YAML starts (1-based). */
	yamlLine: number;
	/** The body, with the front matter replaced by empty lines: Markdown positions are file positions. */
	body: string;
}

export function splitFrontmatter(source: string): SplitSource {
	const text = source.replace(/^\uFEFF/, '');
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return { yaml: '', yamlLine: 1, body: text };
	const lines = match[0].split('\n').length - 1;
	return { yaml: match[1]!, yamlLine: 2, body: '\n'.repeat(lines) + text.slice(match[0].length) };
}

export interface ParsedYaml {
	data: unknown;
	/** File line of a field (`['timeline', 0, 'date']`), or of the nearest field above it that exists. */
	lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

/** Parses YAML (front matter or a whole `.yaml` file) with line positions; syntax errors name their line. */
export function parseYaml(yaml: string, file: string, firstLine = 1): ParsedYaml {
	const counter = new LineCounter();
	const document: Document = parseDocument(yaml, { lineCounter: counter, schema: 'core', uniqueKeys: true, prettyErrors: false });
	const [error] = document.errors;
	if (error) {
		const line = error.linePos?.[0].line ?? counter.linePos(error.pos[0]).line;
		throw new ContentError(file, line + firstLine - 1, undefined, `YAML-Fehler: ${error.message.split('\n')[0]}`);
	}
	const line = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	return {
		data: document.toJS() ?? {},
		lineOf(path) {
			// The line of the field's key (`keyPoints:`), not of its value (the list below it);
			// for a field that is missing, the line of the nearest field above it that exists.
			for (let depth = path.length; depth > 0; depth -= 1) {
				const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1) as unknown[], true);
				const key = path[depth - 1];
				if (isMap(parent)) {
					const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
					if (pair && isNode(pair.key) && pair.key.range) return line(pair.key.range[0]);
				} else if (isSeq(parent) && typeof key === 'number') {
					const item = parent.items[key];
					if (isNode(item) && item.range) return line(item.range[0]);
				}
			}
			return isNode(document.contents) && document.contents.range ? line(document.contents.range[0]) : firstLine;
		},
	};
}

const KIND: Record<string, string> = { object: 'eine Gruppe von Feldern', array: 'eine Liste', string: 'Text', number: 'eine Zahl', boolean: 'ja oder nein (true/false)' };
const german = z.locales.de().localeError;

function kindOf(value: unknown): string {
	if (value === null) return 'nichts (null)';
	if (Array.isArray(value)) return 'eine Liste';
	if (typeof value === 'object') return 'eine Gruppe von Feldern';
	return KIND[typeof value] ?? typeof value;
}

/** German messages for what the schemas do not word themselves (a missing group, a list where text belongs). */
const editorError: z.core.$ZodErrorMap = (issue) => {
	if (issue.code === 'invalid_type') {
		return issue.input === undefined ? 'Pflichtfeld fehlt.' : `Erwartet ${KIND[issue.expected] ?? issue.expected}, gefunden ${kindOf(issue.input)}.`;
	}
	return german(issue);
};

/** Validates parsed YAML; the first problem becomes a ContentError with file, line and field. */
export function validate<Schema extends z.ZodType>(schema: Schema, parsed: ParsedYaml, file: string): z.output<Schema> {
	const result = schema.safeParse(parsed.data, { error: editorError });
	if (result.success) return result.data;
	// A misspelt field name explains the missing field it was meant to be: report it first.
	const issue = result.error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? result.error.issues[0]!;
	const field = fieldPath(issue.path);
	const message = issue.code === 'unrecognized_keys' ? `Unbekanntes Feld ${issue.keys.map((key) => `„${key}“`).join(', ')}: Tippfehler? Die erlaubten Felder stehen in der Feldreferenz im README.` : issue.message;
	const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
	throw new ContentError(file, parsed.lineOf(path), field || undefined, message);
}
