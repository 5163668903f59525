import { describe, expect, it } from 'vitest';
import { feedDates, feedNamespaces } from '../../src/lib/feeds.ts';

/** Dates in the feeds (src/lib/feeds.ts): `pubDate` when Lagebild published, `atom:updated` once the log has an entry. */
describe('dates of a feed item', () => {
	it('an article without log entries has its publication date only, in UTC', () => {
		expect(feedDates({ published: '2026-11-25T09:29+01:00', modified: '2026-11-25T09:29+01:00', changes: [] })).toEqual({
			pubDate: new Date('2026-11-25T08:29:00Z'),
		});
		expect('customData' in feedDates({ published: '2026-11-25T09:29+01:00', modified: '2026-11-25T09:29+01:00' })).toBe(false);
	});

	it('an article with log entries says when it last changed, in UTC', () => {
		expect(feedDates({ published: '2026-11-25T09:29+01:00', modified: '2026-11-26T10:00+01:00', changes: [{}] })).toEqual({
			pubDate: new Date('2026-11-25T08:29:00Z'),
			customData: '<atom:updated>2026-11-26T09:00:00Z</atom:updated>',
		});
	});

	it('a person’s appearance says whether its article has log entries, and that counts', () => {
		expect(feedDates({ published: '2026-11-25T09:29+01:00', modified: '2026-11-27T10:00Z', hasChanges: true })).toEqual({
			pubDate: new Date('2026-11-25T08:29:00Z'),
			customData: '<atom:updated>2026-11-27T10:00:00Z</atom:updated>',
		});
		expect(feedDates({ published: '2026-11-25T09:29+01:00', modified: '2026-11-27T10:00Z', hasChanges: false, changes: [{}] })).toEqual({
			pubDate: new Date('2026-11-25T08:29:00Z'),
		});
	});

	it('declares the Atom namespace its updated element needs', () => {
		expect(feedNamespaces).toEqual({ atom: 'http://www.w3.org/2005/Atom' });
	});
});
