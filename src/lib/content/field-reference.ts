import * as z from 'zod';
import { articleFrontmatterSchema, personFileSchema } from './schema.ts';

/**
 * The editors' field reference, generated from the schemas (zod → JSON
 * Schema), so that the README can never list a field the build does not know
 * or miss one it requires. `npm run docs` writes it into the README; a test
 * fails when the README's copy differs.
 */

interface JsonSchema {
	type?: string;
	description?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	default?: unknown;
	pattern?: string;
	format?: string;
}

const TYPE: Record<string, string> = { string: 'Text', object: 'Gruppe', array: 'Liste' };

function typeOf(schema: JsonSchema): string {
	if (schema.type === 'array' && schema.items) return `Liste von ${schema.items.type === 'object' ? 'Einträgen' : typeOf(schema.items)}`;
	if (schema.type === 'string' && schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'Datum (JJJJ-MM-TT)';
	if (schema.type === 'string' && schema.format === 'uri') return 'Adresse (http/https)';
	if (schema.type === 'string' && schema.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$') return 'Kennung (a–z, 0–9, -)';
	if (schema.type === 'string' && schema.pattern) return 'Code';
	return TYPE[schema.type ?? ''] ?? schema.type ?? '–';
}

function rows(schema: JsonSchema, prefix: string, out: string[]): void {
	const required = new Set(schema.required ?? []);
	for (const [name, field] of Object.entries(schema.properties ?? {})) {
		const path = `${prefix}${name}`;
		const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
		out.push(`| \`${path}\` | ${required.has(name) ? 'ja' : 'nein'} | ${typeOf(field)} | ${cell(field.description ?? '')} |`);
		if (field.type === 'object') rows(field, `${path}.`, out);
		if (field.type === 'array' && field.items?.type === 'object') rows(field.items, `${path}[].`, out);
	}
}

function table(schema: z.ZodType): string {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	const out = ['| Feld | Pflicht | Art | Bedeutung |', '| --- | --- | --- | --- |'];
	rows(json, '', out);
	return out.join('\n');
}

/** The reference as Markdown: one table for an article's front matter, one for a person's file. */
export function fieldReference(): string {
	return [
		'### Kopfdaten eines Artikels (`content/articles/<slug>.md`)',
		'',
		table(articleFrontmatterSchema),
		'',
		'„Pflicht: ja“ bei einem Feld in einer Gruppe oder einem Listeneintrag heißt: Pflicht, sobald es die Gruppe oder den Eintrag gibt. Andere Felder als diese lehnt der Bau ab (Tippfehler fallen so auf).',
		'',
		'### Eine Person (`content/participants/<kennung>.yaml`)',
		'',
		table(personFileSchema),
	].join('\n');
}

/** The markers of a generated part of the README (`feldreferenz`, `einstellungen`). */
export const startMarker = (name: string) => `<!-- ${name}:start (erzeugt mit npm run docs, nicht von Hand ändern) -->`;
export const endMarker = (name: string) => `<!-- ${name}:ende -->`;

export const REFERENCE_START = startMarker('feldreferenz');
export const REFERENCE_END = endMarker('feldreferenz');

/** The README with its generated part `name` replaced by `text`. */
export function withGenerated(readme: string, name: string, text: string): string {
	const [open, close] = [startMarker(name), endMarker(name)];
	const start = readme.indexOf(open);
	const end = readme.indexOf(close);
	if (start < 0 || end < start) throw new Error(`README: Die Marken ${open} … ${close} fehlen.`);
	return `${readme.slice(0, start + open.length)}\n\n${text}\n\n${readme.slice(end)}`;
}

/** The README with its reference section replaced by `reference`. */
export function withReference(readme: string, reference: string): string {
	return withGenerated(readme, 'feldreferenz', reference);
}
