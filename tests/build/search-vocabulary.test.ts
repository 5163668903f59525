import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForPath } from '../helpers/dist.ts';
import { vocabularyPath } from '../../src/lib/search/suggest.ts';

/** The words „Meinten Sie …?“ may offer, where the search script fetches them; expected words from tests/fixtures/site/. */
describe('the search vocabulary', () => {
	it('is built at the address the search fetches, with the names, their other spellings and the glossary terms', () => {
		const file = fileForPath(vocabularyPath);
		expect(file, vocabularyPath).toBeDefined();
		const words = JSON.parse(readFileSync(file!, 'utf8')) as string[];
		for (const word of ['Selenskyj', 'Zelensky', 'Macron', 'Uschakow', 'Klöckner', 'Sicherheitsgarantien', 'Kreml', 'Truth', 'Social'])
			expect(words, word).toContain(word);
		// Single words of four letters or more, each once.
		expect(words.filter((word) => /\s/.test(word) || word.length < 4)).toEqual([]);
		expect(new Set(words).size).toBe(words.length);
	});
});
