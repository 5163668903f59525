import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, isCalendarDate } from '../../src/lib/dates.ts';

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
