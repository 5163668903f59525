import { describe, expect, it } from 'vitest';
import { seeded, textsOf } from '../helpers/random.ts';
import { plainMatch } from '../helpers/search-rule.ts';
import { bare, buildExcerpt, matchSummary, parseTerms } from '../../src/lib/search/excerpt.ts';

/**
 * A search result's excerpt (src/lib/search/excerpt.ts): the words the query
 * matched, marked as prefixes and compared folded, in a window of the text
 * around the first match. `[…]` below marks a marked piece.
 */
const content =
	'Sicherheitsgarantien bleiben von US-Beteiligung abhängig. Trump sagte keine Entsendung amerikanischer Bodentruppen in die Ukraine zu, doch Selenskyj betonte, dass die Beteiligung der USA weiterhin zentral sei.';
const text = (pieces: Array<{ text: string; marked: boolean }>) =>
	pieces.map((piece) => (piece.marked ? `[${piece.text}]` : piece.text)).join('');
const numbered = (count: number) => Array.from({ length: count }, (_value, index) => `w${index}`).join(' ');

describe('comparing words folded (src/lib/search/fold.ts)', () => {
	it('marks a word of the text for its umlaut written out in the query', () => {
		expect(buildExcerpt(content, 'abhaengig').marked).toEqual(['abhängig']);
	});

	it('folds every word of a text as it folds the word alone: case, ß, umlauts, other diacritics, quotes and dashes around it', () => {
		const words = '„Šefčovič“ traf in der Straße (Istanbul) den ÖSTERREICHER, den Präsidenten – und İzmir’s Gäste.';
		const marks = (query: string) => buildExcerpt(words, query).marked;
		expect(marks('sefcovic')).toEqual(['Šefčovič']);
		expect(marks('strasse')).toEqual(['Straße']);
		expect(marks('istanbul')).toEqual(['Istanbul']);
		expect(marks('oesterreich')).toEqual(['ÖSTERREICHER']);
		expect(marks('praesident')).toEqual(['Präsidenten']);
		expect(marks('izmir')).toEqual(['İzmir’s']);
		expect(marks('gaeste')).toEqual(['Gäste']);
		// The dash is a word of its own that folds to nothing: the words after it keep their places.
		expect(text(buildExcerpt(words, 'und').pieces)).toContain('– [und] İzmir’s');
	});
});

describe('index-only terms as the index stores them', () => {
	it('reads `typed→shown` pairs, folded, and skips anything else', () => {
		expect(parseTerms('Zelensky→Selenskyj  truppen→Bodentruppen →leer leer→ a→b→c ohne')).toEqual([
			{ typed: 'zelensky', shown: 'selenskyj' },
			{ typed: 'truppen', shown: 'bodentruppen' },
		]);
		expect(parseTerms(undefined)).toEqual([]);
	});

	it('reads the terms asked for, whichever came before (the same terms asked twice in a row are read once)', () => {
		expect(parseTerms('a→b')).toEqual([{ typed: 'a', shown: 'b' }]);
		expect(parseTerms('a→b')).toEqual([{ typed: 'a', shown: 'b' }]);
		expect(parseTerms('c→d')).toEqual([{ typed: 'c', shown: 'd' }]);
		expect(parseTerms(undefined)).toEqual([]);
		expect(parseTerms('a→b')).toEqual([{ typed: 'a', shown: 'b' }]);
	});
});

describe('which words an excerpt marks', () => {
	it('the words the query matched, as prefixes, without punctuation', () => {
		const excerpt = buildExcerpt(content, 'Selensk');
		expect(text(excerpt.pieces)).toContain('doch [Selenskyj] betonte,');
		expect(excerpt.marked).toEqual(['Selenskyj']);
	});

	it('the word an index-only term stands for, never the term', () => {
		const excerpt = buildExcerpt(content, 'Zelensky Truppen', 'zelensky→Selenskyj truppen→Bodentruppen');
		const shown = text(excerpt.pieces);
		expect(shown).toContain('[Bodentruppen]');
		expect(shown).toContain('[Selenskyj]');
		expect(shown).not.toMatch(/zelensky|→/i);
		expect(excerpt.marked).toEqual(['Bodentruppen', 'Selenskyj']);
	});

	it('index-only terms by the beginning of the typed form', () => {
		expect(buildExcerpt('Selenskyj reiste ab', 'zelen', 'zelensky→Selenskyj').marked).toEqual(['Selenskyj']);
		// A query that is not the beginning of the typed form marks nothing.
		expect(buildExcerpt('Selenskyj reiste ab', 'lensky', 'zelensky→Selenskyj').marked).toEqual([]);
	});

	it('ignores blanks around and between query words', () => {
		expect(buildExcerpt('Trump traf Putin', '  putin   ').marked).toEqual(['Putin']);
	});

	it('lists each marked word once, as the text spells it, without its punctuation', () => {
		const excerpt = buildExcerpt('„Trump“ sprach, dann wieder Trump.', 'trump');
		expect(excerpt.marked).toEqual(['Trump']);
		expect(text(excerpt.pieces)).toBe('„[Trump]“ sprach, dann wieder [Trump].');
	});

	it('strips any run of punctuation at both ends of a word, and none inside it', () => {
		const excerpt = buildExcerpt('Er sagte („Trump“), die US-Beteiligung bleibe.', 'trump us');
		expect(excerpt.marked).toEqual(['Trump', 'US-Beteiligung']);
		expect(text(excerpt.pieces)).toBe('Er sagte („[Trump]“), die [US-Beteiligung] bleibe.');
	});

	it('never marks a word of punctuation only', () => {
		expect(text(buildExcerpt('Trump – Putin', 'trump putin').pieces)).toBe('[Trump] – [Putin]');
	});
});

describe('the excerpt’s pieces', () => {
	it('joins unmarked text into one piece and adds no empty pieces around a marked word', () => {
		// By hand: the pieces are exactly the runs of unmarked and marked text.
		expect(buildExcerpt('Trump traf Putin', 'traf').pieces).toEqual([
			{ text: 'Trump ', marked: false },
			{ text: 'traf', marked: true },
			{ text: ' Putin', marked: false },
		]);
		expect(buildExcerpt('Trump traf Putin', 'trump putin').pieces).toEqual([
			{ text: 'Trump', marked: true },
			{ text: ' traf ', marked: false },
			{ text: 'Putin', marked: true },
		]);
	});

	it('keeps markup in the text as text', () => {
		const excerpt = buildExcerpt('<img src=x onerror=alert(1)> Text', '<img');
		expect(excerpt.pieces.map((piece) => piece.text).join('')).toBe('<img src=x onerror=alert(1)> Text');
	});
});

describe('the excerpt’s window', () => {
	it('cuts a window around the first match with ellipses', () => {
		expect(text(buildExcerpt(numbered(100), 'w50', undefined, 10).pieces)).toBe('… w47 w48 w49 [w50] w51 w52 w53 w54 w55 w56 …');
	});

	it('shows a third of the window before the first match', () => {
		// length 9: three words before w50, the match, five after.
		expect(text(buildExcerpt(numbered(100), 'w50', undefined, 9).pieces)).toBe('… w47 w48 w49 [w50] w51 w52 w53 w54 w55 …');
	});

	it('ends with the text when the match is near its end, without a closing ellipsis', () => {
		expect(text(buildExcerpt(numbered(100), 'w98', undefined, 10).pieces)).toBe('… w90 w91 w92 w93 w94 w95 w96 w97 [w98] w99');
	});

	it('starts at the first word when the match is near the beginning, without an opening ellipsis', () => {
		expect(text(buildExcerpt(numbered(100), 'w2', undefined, 6).pieces)).toBe('w0 w1 [w2] w3 w4 w5 …');
	});

	it('starts at the beginning when nothing in the text matches', () => {
		expect(text(buildExcerpt(content, 'Nichts', undefined, 3).pieces)).toBe('Sicherheitsgarantien bleiben von …');
	});

	it('shows a short text whole', () => {
		expect(text(buildExcerpt('Trump traf Putin', 'traf').pieces)).toBe('Trump [traf] Putin');
	});

	it('ignores blanks at the ends of the text', () => {
		expect(text(buildExcerpt('  Trump traf Putin \n', 'traf').pieces)).toBe('Trump [traf] Putin');
	});

	it('names only the marked words inside the window', () => {
		// „w9“ is also the beginning of w90 … w99, far outside the window: only w9 is shown.
		const excerpt = buildExcerpt(numbered(100), 'w9', undefined, 5);
		expect(text(excerpt.pieces)).toBe('… w8 [w9] w10 w11 w12 …');
		expect(excerpt.marked).toEqual(['w9']);
	});

	it('does not name a marked word just past the end of the window', () => {
		// length 3: the window is „Putin a b“; „Putins“ is the fourth word.
		const excerpt = buildExcerpt('Putin a b Putins c', 'putin', undefined, 3);
		expect(text(excerpt.pieces)).toBe('[Putin] a b …');
		expect(excerpt.marked).toEqual(['Putin']);
	});
});

describe('matching in one pass over folded text', () => {
	// Letters that fold (umlauts, ß, Š, İ, final sigma, a combining accent), punctuation around and inside words,
	// an arrow that only appears once folded (↛ is → with a stroke), and blanks of several kinds (U+FEFF is a blank
	// that Unicode's final sigma reads through: Σ before it and a letter after is no final sigma in one string).
	const pieces = [
		'Trump',
		'trumps',
		'Straße',
		'STRASSE',
		'Präsident',
		'Šef',
		'İz',
		'ΟΔΟΣ',
		'e\u0301',
		'\u0301',
		'ü',
		'ss',
		'„',
		'“',
		'–',
		'-',
		',',
		'(',
		'2',
		'x',
		'↛',
		' ',
		' ',
		' ',
		' ',
		' ',
		'\n',
		'\u00a0',
		'\ufeff',
	];
	const next = seeded(11);
	const text = textsOf(pieces, next);

	it('marks and counts what the word-by-word rule does, on texts, queries and terms made at random', () => {
		let matched = 0;
		let throughTerms = 0;
		for (let round = 0; round < 3000; round += 1) {
			const content = text(next(24));
			const query = next(3) === 0 ? text(1 + next(3)) : ['trump', 'strasse', 'praes', 'sef', 'iz', 'οδος', 'e', 'ss', 'x'][next(9)]!;
			// Half of the pairs stand for a word of the text under a form that the query begins.
			const inText = content.split(/\s+/).filter(Boolean);
			const terms = Array.from({ length: next(4) }, () =>
				next(2) === 0 && inText.length > 0
					? `${query.split(/\s+/)[0]}${text(next(2))}→${bare(inText[next(inText.length)]!) || 'x'}`
					: `${text(1 + next(2))}→${text(1 + next(2))}`,
			).join(' ');
			const expected = plainMatch(content, query, terms);
			const summary = matchSummary(content, query, terms);
			const context = JSON.stringify([content, query, terms]);
			expect({ queryWords: summary.queryWords, matches: summary.matches }, context).toEqual({
				queryWords: expected.queryWords,
				matches: expected.positions.length,
			});
			// The excerpt marks the same words when its window holds the whole text.
			expect([...buildExcerpt(content, query, terms, 1000).marked].sort(), context).toEqual([...new Set(expected.positions)].sort());
			if (expected.queryWords > 0) matched += 1;
			if (expected.queryWords > plainMatch(content, query, '').queryWords) throughTerms += 1;
		}
		// Both outcomes were tried often.
		expect(matched).toBeGreaterThan(300);
		expect(matched).toBeLessThan(2700);
		// Some matched only through a term.
		expect(throughTerms).toBeGreaterThan(100);
	});

	it('folds the terms of a story in one pass as it folds each alone, an arrow made by folding included', () => {
		expect(parseTerms('Straße→Strasse Ŝef→ŝEF')).toEqual([
			{ typed: 'strasse', shown: 'strasse' },
			{ typed: 'sef', shown: 'sef' },
		]);
		// ↛ folds to →: the pair would split in three once folded, so each part is folded alone.
		expect(parseTerms('a↛b→C d→E')).toEqual([
			{ typed: 'a→b', shown: 'c' },
			{ typed: 'd', shown: 'e' },
		]);
	});
});
