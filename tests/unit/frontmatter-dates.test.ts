import { describe, expect, it } from 'vitest';
import { findInvalidDates, isCalendarDate } from '../../src/lib/frontmatter-dates.ts';

describe('calendar dates in front matter', () => {
	it('knows real dates from impossible ones', () => {
		expect(isCalendarDate(2025, 8, 18)).toBe(true);
		expect(isCalendarDate(2024, 2, 29)).toBe(true);
		expect(isCalendarDate(2025, 2, 29)).toBe(false);
		expect(isCalendarDate(2025, 13, 1)).toBe(false);
		expect(isCalendarDate(2025, 4, 31)).toBe(false);
	});

	it('finds an impossible date with its line and field path', () => {
		const source = ['---', 'title: X', 'event:', '  date: 2025-13-45', '  place: Y', 'other: "2025-02-30"', '---', '', '## A'].join('\n');
		expect(findInvalidDates(source)).toEqual([
			{ line: 4, field: 'event.date', value: '2025-13-45' },
			{ line: 6, field: 'other', value: '2025-02-30' },
		]);
	});

	it('accepts valid dates and ignores the body', () => {
		const source = ['---', 'event:', '  date: 2025-08-18', '---', '', 'date: 2025-99-99'].join('\n');
		expect(findInvalidDates(source)).toEqual([]);
	});
});
