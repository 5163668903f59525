import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { internStrings } from '../../src/lib/intern.ts';

/** A string of its own in memory, equal to `text` (joined anew, not a slice or a constant). */
const fresh = (text: string) => [...text].join('');

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const heapUsed = () => {
	collect();
	collect();
	return process.memoryUsage().heapUsed;
};

describe('internStrings: one instance per repeated text (src/lib/intern.ts)', () => {
	it('leaves every value as it was: strings, numbers, null, nested arrays and objects, in place', () => {
		const model = {
			title: fresh('Gipfel in Budapest'),
			number: 3,
			none: null,
			flag: true,
			sections: [{ body: fresh('<p>Satz.</p>'), page: fresh('<p>Satz.</p>'), blocks: [fresh('Satz.'), 'Satz.'] }],
		};
		const copy = structuredClone(model);
		expect(internStrings(model)).toBe(model);
		expect(model).toEqual(copy);
	});

	it('keeps class instances (dates, maps) untouched', () => {
		const date = new Date('2025-08-18T12:00:00Z');
		const map = new Map([['a', fresh('x')]]);
		const model = { date, map, list: [date] };
		internStrings(model);
		expect(model.date).toBe(date);
		expect(model.map).toBe(map);
		expect(model.date.toISOString()).toBe('2025-08-18T12:00:00.000Z');
	});

	it('frees the memory of repeated texts: 200 copies of a 100,000-character sentence shrink to about one', () => {
		const sentence = `„Wir haben Sicherheitsgarantien besprochen“, schrieb er. `.repeat(1_800).slice(0, 100_000);
		const model = { sections: Array.from({ length: 200 }, () => ({ bodyHtml: fresh(sentence), summary: fresh(sentence) })) };
		const before = heapUsed();
		internStrings(model);
		const after = heapUsed();
		// 400 two-byte strings of 100,000 characters: 80 MB; one remains.
		expect(before - after).toBeGreaterThan(60 * 1024 * 1024);
		expect(model.sections.every((section) => section.bodyHtml === sentence && section.summary === sentence)).toBe(true);
		// Full garbage collections of a large heap: seconds on a busy machine.
	}, 120_000);
});
