/**
 * A problem in content, as an editor needs to read it:
 * „content/articles/x.md:12: timeline[0].date: „2025-02-30“ ist kein gültiges Datum“.
 */
export class ContentError extends Error {
	readonly file: string;
	readonly line: number | undefined;
	readonly field: string | undefined;
	readonly reason: string;

	constructor(file: string, line: number | undefined, field: string | undefined, reason: string) {
		super(`${file}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${reason}`);
		this.name = 'ContentError';
		this.file = file;
		this.line = line;
		this.field = field;
		this.reason = reason;
	}
}

/** `['timeline', 0, 'date']` → `timeline[0].date` */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
