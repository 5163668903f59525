import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/lib/regexp.ts';

describe('escaping text for a regular expression', () => {
	it('escapes every character with a meaning in a pattern', () => {
		const special = '.*+?^${}()|[]\\';
		expect(escapeRegExp(special)).toBe('\\.\\*\\+\\?\\^\\$\\{\\}\\(\\)\\|\\[\\]\\\\');
		expect(new RegExp(`^${escapeRegExp(special)}$`).test(special)).toBe(true);
		expect(escapeRegExp('Selenskyj-Treffen')).toBe('Selenskyj-Treffen');
	});
});
