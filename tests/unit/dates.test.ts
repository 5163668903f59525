import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatDateTime,
	formatDay,
	formatMonth,
	instant,
	isCalendarDate,
	utcDateTime,
	zonedDateTimeProblem,
} from '../../src/lib/dates.ts';

describe('calendar dates as the content writes them (JJJJ-MM-TT)', () => {
	it.each([
		['2025-08-18', 'an ordinary day'],
		['2024-02-29', 'a leap day (2024 is divisible by 4)'],
		['2000-02-29', 'a leap day in a century divisible by 400'],
		['2025-12-31', 'the last day of the year'],
		['2025-01-01', 'the first day of the year'],
	])('accepts %s (%s)', (value) => {
		expect(isCalendarDate(value)).toBe(true);
	});

	it.each([
		['2025-02-29', 'no leap day in 2025'],
		['1900-02-29', 'no leap day in a century not divisible by 400'],
		['2025-02-30', 'February never has 30 days'],
		['2025-04-31', 'April has 30 days'],
		['2025-13-01', 'there is no 13th month'],
		['2025-00-10', 'there is no month 0'],
		['2025-01-00', 'there is no day 0'],
		['2025-01-32', 'no month has 32 days'],
		['2025-8-18', 'month without its leading zero'],
		['18.08.2025', 'the German way of writing it'],
		['2025-08-18T10:00', 'a time after the date'],
		[' 2025-08-18', 'a space before it'],
		['', 'nothing'],
	])('refuses %j (%s)', (value) => {
		expect(isCalendarDate(value)).toBe(false);
	});
});

describe('dates as readers see them', () => {
	it.each([
		['2025-08-18', '18. August 2025'],
		// No leading zero, and the month with its umlaut.
		['2025-03-01', '1. März 2025'],
		['2024-02-29', '29. Februar 2024'],
		// Midnight UTC stays on its day, whatever the machine's time zone.
		['2025-01-01', '1. Januar 2025'],
		['2025-12-31', '31. Dezember 2025'],
	])('writes %s as „%s“', (iso, shown) => {
		expect(formatDate(iso)).toBe(shown);
	});
});

describe('months for the search’s month filter', () => {
	it('names the month in German, whatever the day, without rolling over time zones', () => {
		expect(formatMonth('2025-08-18')).toBe('August 2025');
		expect(formatMonth('2025-03-01')).toBe('März 2025');
		expect(formatMonth('2024-12-31')).toBe('Dezember 2024');
	});
});

/** Points in time as the content writes them (`published`, the log's `at`): date, time and zone. */
describe('points in time with a zone', () => {
	it.each([
		['2026-11-25T09:29+01:00', 'minutes and a zone east of UTC'],
		['2026-11-25T09:29Z', 'UTC'],
		['2026-07-01T23:59:59-12:00', 'seconds, the last minute of the day, a zone west of UTC'],
		['2026-11-25T00:00:00.123+14:00', 'milliseconds and the farthest zone east'],
		['2026-11-25T09:29+05:59', 'a zone with 59 minutes'],
		['2024-02-29T12:00Z', 'a leap day'],
	])('takes %s (%s)', (value) => {
		expect(zonedDateTimeProblem(value)).toBeUndefined();
	});

	it('asks for the zone of a date or date-time without one, suggesting one for that day', () => {
		expect(zonedDateTimeProblem('2026-11-25T09:29')).toBe(
			'„2026-11-25T09:29“ hat keine Zeitzone. Ein Zeitpunkt braucht Datum, Uhrzeit und Zone, z. B. 2026-11-25T09:30+01:00 (MEZ) oder +02:00 (MESZ).',
		);
		expect(zonedDateTimeProblem('2026-07-01')).toBe(
			'„2026-07-01“ hat keine Zeitzone. Ein Zeitpunkt braucht Datum, Uhrzeit und Zone, z. B. 2026-07-01T09:30+01:00 (MEZ) oder +02:00 (MESZ).',
		);
		expect(zonedDateTimeProblem('2026-07-01 09:29:10.5')).toMatch(/^„2026-07-01 09:29:10\.5“ hat keine Zeitzone\./);
	});

	it.each(['25.11.2026 09:29', '2026-11-25T9:29+01:00', '2026-11-25T09:29+0100', '2026-11-25T09:29 +01:00', 'morgen', ''])(
		'refuses %j as no point in time',
		(value) => {
			expect(zonedDateTimeProblem(value)).toBe(
				`„${value}“ ist kein Zeitpunkt. Erwartet wird JJJJ-MM-TTThh:mm mit Zeitzone, z. B. 2026-11-25T09:29+01:00.`,
			);
		},
	);

	it.each([
		['2026-02-29T09:29Z', 'no leap day in 2026'],
		['2026-11-25T24:00Z', 'hour 24'],
		['2026-11-25T09:60Z', 'minute 60'],
		['2026-11-25T09:29:60Z', 'second 60'],
		['2026-11-25T09:29+15:00', 'a zone beyond +14:00'],
		['2026-11-25T09:29-15:00', 'a zone beyond -14:00'],
		['2026-11-25T09:29+01:60', 'a zone with 60 minutes'],
	])('refuses %s (%s)', (value) => {
		expect(zonedDateTimeProblem(value)).toBe(`„${value}“ ist kein gültiger Zeitpunkt.`);
	});

	it('reads the instant of a point in time: the same for the same moment in any zone', () => {
		expect(instant('1970-01-01T01:00+01:00')).toBe(0);
		expect(instant('2026-11-25T09:29+01:00')).toBe(instant('2026-11-25T08:29Z'));
	});

	it('writes the moment in UTC, seconds always, milliseconds only when there are some', () => {
		expect(utcDateTime('2026-11-25T09:29+01:00')).toBe('2026-11-25T08:29:00Z');
		expect(utcDateTime('2026-07-01T00:30+02:00')).toBe('2026-06-30T22:30:00Z');
		expect(utcDateTime('2026-11-25T08:29:05.250Z')).toBe('2026-11-25T08:29:05.250Z');
	});
});

describe('points in time as readers see them: Berlin time', () => {
	it.each([
		['2026-11-25T08:29Z', '25. November 2026, 09:29 Uhr', 'winter: UTC+1'],
		['2026-07-01T08:05Z', '1. Juli 2026, 10:05 Uhr', 'summer: UTC+2'],
		['2026-11-25T09:29+01:00', '25. November 2026, 09:29 Uhr', 'written in Berlin time'],
		['2026-12-31T23:30Z', '1. Januar 2027, 00:30 Uhr', 'already the next year in Berlin'],
	])('writes %s as „%s“ (%s)', (value, shown) => {
		expect(formatDateTime(value)).toBe(shown);
	});

	it('names the day in Berlin', () => {
		expect(formatDay('2026-11-25T08:29Z')).toBe('25. November 2026');
		// 23:30 UTC is half past midnight in Berlin.
		expect(formatDay('2026-11-25T23:30Z')).toBe('26. November 2026');
		expect(formatDay('2026-03-29T00:30Z')).toBe('29. März 2026');
	});
});
