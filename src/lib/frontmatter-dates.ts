/**
 * YAML reads `2025-13-45` as a date and quietly rolls it over to 2026-02-14.
 * This finds such impossible calendar dates in a front matter block, so the
 * build can refuse them with the line and the field.
 */
export interface InvalidDate {
	line: number;
	field: string;
	value: string;
}

const DATE_FIELD = /^(\s*)(?:-\s+)?([\w-]+):\s*["']?(\d{4})-(\d{2})-(\d{2})(?=["'\sT]|$)/;

export function isCalendarDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `source` is the whole Markdown file; only its front matter is read. */
export function findInvalidDates(source: string): InvalidDate[] {
	const lines = source.split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return [];
	const invalid: InvalidDate[] = [];
	const parents: Array<{ indent: number; key: string }> = [];
	for (let index = 1; index < lines.length; index += 1) {
		const text = lines[index]!;
		if (text.trim() === '---') break;
		const key = /^(\s*)(?:-\s+)?([\w-]+):/.exec(text);
		if (!key) continue;
		const indent = key[1]!.length;
		while (parents.length > 0 && parents.at(-1)!.indent >= indent) parents.pop();
		const match = DATE_FIELD.exec(text);
		if (match) {
			const [, , field, year, month, day] = match;
			if (!isCalendarDate(Number(year), Number(month), Number(day))) {
				invalid.push({
					line: index + 1,
					field: [...parents.map((parent) => parent.key), field].join('.'),
					value: `${year}-${month}-${day}`,
				});
			}
		}
		parents.push({ indent, key: key[2]! });
	}
	return invalid;
}
