import { describe, expect, it } from 'vitest';
import { countWords, countWordsIn, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time.ts';
import { testContent } from '../helpers/content.ts';

/** Word numbers counted by hand, word by word, from the sentences (most of them from tests/fixtures/site/articles/kanzlerwahl.md). */
describe('countWords', () => {
	it('counts words between white space; dates, numbers and hyphenated names are words', () => {
		// Der Bundestag hat Friedrich Merz am | 6. Mai 2025 | zum Bundeskanzler gewählt, allerdings erst im zweiten Wahlgang.
		expect(
			countWords('Der Bundestag hat Friedrich Merz am 6. Mai 2025 zum Bundeskanzler gewählt, allerdings erst im zweiten Wahlgang.'),
		).toBe(17);
		// Bundespräsident | Frank-Walter | Steinmeier hatte Merz dem Bundestag zur Wahl vorgeschlagen.
		expect(countWords('Bundespräsident Frank-Walter Steinmeier hatte Merz dem Bundestag zur Wahl vorgeschlagen.')).toBe(10);
		expect(countWords('Ja-Stimmen')).toBe(1);
	});

	it('does not count a dash or a quotation mark standing alone, and quotation marks do not split words', () => {
		// Wir haben Sicherheitsgarantien für die Ukraine besprochen | – | Garantien: 8 words and a dash.
		expect(countWords('„Wir haben Sicherheitsgarantien für die Ukraine besprochen – Garantien“')).toBe(8);
		expect(countWords(' – · „ “ ')).toBe(0);
	});

	it('takes any white space (line breaks, tabs, several spaces) as one gap', () => {
		expect(countWords('Absatz 1\nlautet:\t „Der  Bundeskanzler')).toBe(5);
		expect(countWords('')).toBe(0);
	});

	it('adds up blocks', () => {
		// 12 + 15 (the table's cells: 4 + 6 + 5) = 27
		expect(
			countWordsIn([
				'Erst im zweiten Wahlgang erreichte Merz die nötige Mehrheit von 316 Stimmen.',
				...['Wahlgang', 'Ja-Stimmen', 'Nötig', 'Ergebnis'],
				...['Erster Wahlgang', '310', '316', 'nicht gewählt'],
				...['Zweiter Wahlgang', '325', '316', 'gewählt'],
			]),
		).toBe(27);
	});
});

describe('readingMinutes', () => {
	it('reads 200 words a minute', () => {
		expect(WORDS_PER_MINUTE).toBe(200);
	});

	it('rounds up, and a text always takes at least a minute', () => {
		expect([0, 1, 16, 199, 200, 201, 295, 400, 401, 466, 800, 801].map(readingMinutes)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5]);
	});
});

describe('reading time in the content model (tests/fixtures/site)', () => {
	it('kanzlerwahl: 41, 108, 107 and 39 words (counted by hand) are a minute each, 295 together are two', async () => {
		const article = (await testContent()).articles.find((candidate) => candidate.slug === 'kanzlerwahl')!;
		expect(article.sections.map((section) => countWordsIn(section.blocks))).toEqual([41, 108, 107, 39]);
		expect(article.sections.map((section) => section.readingMinutes)).toEqual([1, 1, 1, 1]);
		// Not the sum of the sections' rounded minutes (4): the article's words together.
		expect(article.readingMinutes).toBe(2);
	});

	it('gipfeltreffen: 466 words in ten short sections, 3 minutes; kurzmeldung: 23 words, 1 minute', async () => {
		const { articles } = await testContent();
		const summit = articles.find((candidate) => candidate.slug === 'gipfeltreffen')!;
		expect(summit.sections.map((section) => section.readingMinutes)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
		expect(summit.readingMinutes).toBe(3);
		const brief = articles.find((candidate) => candidate.slug === 'kurzmeldung')!;
		// Eine Kurzmeldung berichtet in wenigen Sätzen über eine Nachricht. (9) Hintergründe und Einordnung bleiben längeren Artikeln vorbehalten. (7)
		// Sie meldet etwa, dass ein Militärstützpunkt schließt. (7)
		expect(countWordsIn(brief.sections[0]!.blocks)).toBe(23);
		expect([brief.sections[0]!.readingMinutes, brief.readingMinutes]).toEqual([1, 1]);
	});
});
