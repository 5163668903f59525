/** Calendar dates as the content writes them: `JJJJ-MM-TT` strings, never rolled over. */

/** Whether `2025-02-30`-style text names a real calendar day (YAML and `Date` would roll it over). */
export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const longDate = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** „18. August 2025“ from `2025-08-18`. */
export function formatDate(iso: string): string {
	return longDate.format(new Date(`${iso}T00:00:00Z`));
}

const monthYear = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** „August 2025“ from `2025-08-18`: the search's month filter. */
export function formatMonth(iso: string): string {
	return monthYear.format(new Date(`${iso}T00:00:00Z`));
}
