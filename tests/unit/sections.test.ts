import { describe, expect, it } from 'vitest';
import { firstSentence, splitSentences } from '../../src/lib/sections.ts';

/**
 * German sentences as src/lib/sections.ts defines them: a full stop after a
 * number, an initial or one of the listed abbreviations does not end the
 * sentence, nor does one inside a quote that is still open.
 */
describe('splitting German sentences', () => {
	it('ends a sentence at its full stop and keeps a quote whole', () => {
		expect(splitSentences('Ein Satz. Noch ein Satz mit „Zitat“ darin.')).toEqual(['Ein Satz.', 'Noch ein Satz mit „Zitat“ darin.']);
		expect(splitSentences('„Wir sind bereit. Wir kommen“, sagte Trump. Dann ging er.')).toEqual([
			'„Wir sind bereit. Wir kommen“, sagte Trump.',
			'Dann ging er.',
		]);
	});

	it('does not cut after dates, initials or abbreviations', () => {
		expect(splitSentences('Am 18. August traf George W. Bush z. B. Dr. Müller. Danach nicht.')).toEqual([
			'Am 18. August traf George W. Bush z. B. Dr. Müller.',
			'Danach nicht.',
		]);
	});

	it('trims a last sentence without a full stop', () => {
		expect(splitSentences('Ein Satz. Ohne Punkt am Ende  ')).toEqual(['Ein Satz.', 'Ohne Punkt am Ende']);
	});
});

describe('abbreviations after which a German sentence goes on', () => {
	it.each(['bzw', 'ca', 'Dr', 'Prof', 'Nr', 'St', 'vgl', 'usw', 'etc', 'Mio', 'Mrd', 'sog', 'evtl', 'ggf', 'inkl', 'Jh'])(
		'%s.',
		(abbreviation) => {
			// A capital letter follows, where a plain full stop would end the sentence.
			const text = `Es geht um ${abbreviation}. Neue Fragen.`;
			expect(splitSentences(text)).toEqual([text]);
		},
	);

	it('keeps an abbreviation after an opening bracket or quotation mark, or at the very start', () => {
		expect(splitSentences('Das gilt (vgl. Artikel 5) weiter. Dann nicht.')).toEqual(['Das gilt (vgl. Artikel 5) weiter.', 'Dann nicht.']);
		expect(splitSentences('Er sagte „Dr. Müller kommt“. Dann ging er.')).toEqual(['Er sagte „Dr. Müller kommt“.', 'Dann ging er.']);
		expect(splitSentences('Nr. Fünf folgt. Dann nicht.')).toEqual(['Nr. Fünf folgt.', 'Dann nicht.']);
	});

	it('ends a sentence after a word that is not on the list', () => {
		// „Jahr“ and „Mr“ are no abbreviations of the list (and longer than an initial).
		expect(splitSentences('Er kam im Jahr. Dann ging er.')).toEqual(['Er kam im Jahr.', 'Dann ging er.']);
		expect(splitSentences('Das war Mr. Right. Dann ging er.')).toEqual(['Das war Mr.', 'Right.', 'Dann ging er.']);
	});

	it('does not end a sentence after a number (a date, a year)', () => {
		expect(splitSentences('Es war 2025. Danach kam 2026.')).toEqual(['Es war 2025. Danach kam 2026.']);
	});
});

describe('quotes and empty text', () => {
	it('keeps a quote of several sentences in one sentence and ends after it closes', () => {
		expect(splitSentences('„Eins. Zwei. Drei“ Dann vier. Fünf.')).toEqual(['„Eins. Zwei. Drei“ Dann vier.', 'Fünf.']);
	});

	it('returns no sentences for blank text and trims the rest', () => {
		expect(splitSentences('   ')).toEqual([]);
		expect(splitSentences('  Ein Satz.   Noch einer.  ')).toEqual(['Ein Satz.', 'Noch einer.']);
	});

	it('keeps the text after an unclosed quote as one last sentence', () => {
		expect(splitSentences('Er sagte: „Wir kommen. Bald.')).toEqual(['Er sagte: „Wir kommen. Bald.']);
	});

	it('trims a last sentence that runs on to the end of the text (after a number, an abbreviation or an open quote)', () => {
		expect(splitSentences('Ein Satz. Es war 2025.  ')).toEqual(['Ein Satz.', 'Es war 2025.']);
		expect(splitSentences('  Er kam ca. ')).toEqual(['Er kam ca.']);
		expect(splitSentences('Er sagte: „Wir kommen. Bald. ')).toEqual(['Er sagte: „Wir kommen. Bald.']);
	});
});

describe('a section’s first sentence', () => {
	it('is the first sentence of its first block', () => {
		expect(firstSentence({ title: 'Titel', blocks: ['Erster Satz. Zweiter Satz.', 'Anderer Block.'] })).toBe('Erster Satz.');
		expect(firstSentence({ title: 'Erster Teil', blocks: ['Ein Satz. Noch ein Satz mit „Zitat. Mit Punkt“ darin.'] })).toBe('Ein Satz.');
	});

	it('is the title when the section has no blocks or only blank text', () => {
		expect(firstSentence({ title: 'Nur ein Titel. Mit Punkt.', blocks: [] })).toBe('Nur ein Titel.');
		expect(firstSentence({ title: 'Titel', blocks: ['   '] })).toBe('Titel');
	});
});
