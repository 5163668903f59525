import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type * as z from 'zod';
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
	return {
		data: document.toJS() ?? {},
		lineOf(path) {
			for (let depth = path.length; depth >= 0; depth -= 1) {
				const node = document.getIn(path.slice(0, depth) as unknown[], true);
				if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
				if (depth === 0) break;
			}
			return undefined;
		},
	};
}

/** Validates parsed YAML; the first problem becomes a ContentError with file, line and field. */
export function validate<Schema extends z.ZodType>(schema: Schema, parsed: ParsedYaml, file: string): z.output<Schema> {
	const result = schema.safeParse(parsed.data);
	if (result.success) return result.data;
	// A misspelt field name explains the missing field it was meant to be: report it first.
	const issue = result.error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? result.error.issues[0]!;
	const field = fieldPath(issue.path);
	const message = issue.code === 'unrecognized_keys' ? `Unbekanntes Feld ${issue.keys.map((key) => `„${key}“`).join(', ')}: Tippfehler? Die erlaubten Felder stehen in der Feldreferenz im README.` : issue.message;
	const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
	throw new ContentError(file, parsed.lineOf(path), field || undefined, message);
}
