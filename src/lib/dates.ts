/** Calendar dates as the content writes them: `JJJJ-MM-TT` strings, never rolled over. */
import { remembered } from './memo.ts';

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

/** A point in time as the content writes it: date, time (minutes, seconds optional) and zone (`Z` or `±hh:mm`). */
const ZONED = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/** What is wrong with a date-time the content gives (in German, for editors), or undefined when it is a real point in time with a zone. */
export function zonedDateTimeProblem(value: string): string | undefined {
	const match = ZONED.exec(value);
	if (!match) {
		if (LOCAL.test(value)) {
			return `„${value}“ hat keine Zeitzone. Ein Zeitpunkt braucht Datum, Uhrzeit und Zone, z. B. ${value.slice(0, 10)}T09:30+01:00 (MEZ) oder +02:00 (MESZ).`;
		}
		return `„${value}“ ist kein Zeitpunkt. Erwartet wird JJJJ-MM-TTThh:mm mit Zeitzone, z. B. 2026-11-25T09:29+01:00.`;
	}
	const [, date, hours, minutes, seconds, zone] = match;
	const zoneHours = zone === 'Z' ? 0 : Number(zone!.slice(1, 3));
	const zoneMinutes = zone === 'Z' ? 0 : Number(zone!.slice(4, 6));
	if (
		!isCalendarDate(date!) ||
		Number(hours) > 23 ||
		Number(minutes) > 59 ||
		Number(seconds ?? 0) > 59 ||
		zoneHours > 14 ||
		zoneMinutes > 59
	) {
		return `„${value}“ ist kein gültiger Zeitpunkt.`;
	}
	return undefined;
}

/** Milliseconds since the epoch of a checked date-time with zone. */
export function instant(value: string): number {
	return Date.parse(value);
}

/** Readers read German time: the dates Lagebild shows are in Berlin's zone, summer time included. */
const READERS_ZONE = 'Europe/Berlin';
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: READERS_ZONE,
});
const dayFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: READERS_ZONE });

/**
 * „25. November 2026, 09:29 Uhr“ (Berlin time) from `2026-11-25T08:29Z`. A page shows the same few moments again
 * and again (its story's dates, its log's entries): each is worded once.
 */
export const formatDateTime = remembered(4096, (value: string): string => {
	const parts = dateTimeFormat.formatToParts(new Date(instant(value)));
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
	return `${part('day')}. ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} Uhr`;
});

/** „25. November 2026“ (the day in Berlin) from a date-time with zone. */
export function formatDay(value: string): string {
	return dayFormat.format(new Date(instant(value)));
}

/** The date-time in UTC, `2026-11-25T08:29:00Z`: one form for feeds, sitemaps and JSON-LD, whatever zone the content wrote. */
export function utcDateTime(value: string): string {
	return new Date(instant(value)).toISOString().replace(/\.000Z$/, 'Z');
}
