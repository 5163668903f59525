import { describe, expect, it } from 'vitest';
import { ContentError, fieldPath } from '../../src/lib/content/errors.ts';

/** Content errors (src/lib/content/errors.ts): what an editor reads, „file:line: field: reason“. */
describe('content errors', () => {
	it('read „file:line: field: reason“, leaving out what is not known', () => {
		expect(new ContentError('a.md', 12, 'timeline[0].date', 'Falsch.').message).toBe('a.md:12: timeline[0].date: Falsch.');
		expect(new ContentError('a.md', undefined, 'title', 'Fehlt.').message).toBe('a.md: title: Fehlt.');
		expect(new ContentError('a.md', 3, undefined, 'YAML-Fehler.').message).toBe('a.md:3: YAML-Fehler.');
	});

	it('keep file, line, field and reason apart, under their own name', () => {
		expect(new ContentError('a.md', 3, 'x', 'Grund.')).toMatchObject({
			name: 'ContentError',
			file: 'a.md',
			line: 3,
			field: 'x',
			reason: 'Grund.',
		});
	});
});

describe('field paths', () => {
	it('are written as an editor reads them', () => {
		expect(fieldPath(['timeline', 0, 'participants', 2])).toBe('timeline[0].participants[2]');
		expect(fieldPath(['event', 'date'])).toBe('event.date');
		expect(fieldPath([])).toBe('');
	});

	it('write a leading index and non-string keys as well', () => {
		expect(fieldPath([0, 'text'])).toBe('[0].text');
		expect(fieldPath(['a', Symbol('b')])).toBe('a.Symbol(b)');
	});
});
