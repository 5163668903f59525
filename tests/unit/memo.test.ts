import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/lib/memo.ts';

describe('remembered: a function of one text, each answer computed once', () => {
	it('computes an answer once and gives the same answer when asked again', () => {
		const asked: string[] = [];
		const upper = remembered(10, (text) => {
			asked.push(text);
			return { text: text.toUpperCase() };
		});
		const first = upper('a');
		expect(upper('a')).toBe(first);
		expect(upper('b').text).toBe('B');
		expect(asked).toEqual(['a', 'b']);
	});

	it('keeps at most `limit` answers: when that many are kept, all go and the next is kept', () => {
		const asked: string[] = [];
		const length = remembered(2, (text) => {
			asked.push(text);
			return text.length;
		});
		length('a');
		length('bb');
		length('a');
		expect(asked).toEqual(['a', 'bb']);
		// A third text: the two kept go, the third is kept.
		length('ccc');
		length('ccc');
		length('a');
		expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
	});

	it('keeps an answer under the key `keyOf` gives, and finds it by the equal text', () => {
		const kept: string[] = [];
		const asked: string[] = [];
		const echo = remembered(
			10,
			(text) => {
				asked.push(text);
				return text;
			},
			(text) => {
				kept.push(text);
				return `${text}`;
			},
		);
		echo('x');
		echo('x');
		expect(kept).toEqual(['x']);
		expect(asked).toEqual(['x']);
	});

	it('remembers an answer that is undefined, too', () => {
		let calls = 0;
		const nothing = remembered(10, () => {
			calls += 1;
			return undefined;
		});
		nothing('a');
		nothing('a');
		expect(calls).toBe(1);
	});
});
