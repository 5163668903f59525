import { describe, expect, it } from 'vitest';
import { linkFirstUses } from '../../src/lib/simple-links.ts';

/**
 * Links in the simple version (src/lib/simple-links.ts): the first use of
 * each glossary term and each person links to its page; forms match whole
 * words in any case, also split by hyphens for reading.
 */
describe('linking the first use of a term or a person', () => {
	const target = (href: string, ...forms: string[]) => ({ forms, href });

	it('without any (non-blank) form every paragraph is one plain segment', () => {
		expect(linkFirstUses(['Eins.', 'Zwei.'], [])).toEqual([[{ text: 'Eins.' }], [{ text: 'Zwei.' }]]);
		expect(linkFirstUses(['Eins.'], [target('/a/', '', '  ')])).toEqual([[{ text: 'Eins.' }]]);
		expect(linkFirstUses(['', 'Zwei.'], [])).toEqual([[{ text: '' }], [{ text: 'Zwei.' }]]);
	});

	it('a blank form next to a real one does not match everywhere', () => {
		expect(linkFirstUses(['Der Rat tagt.'], [target('/rat/', ' ', 'Rat')])).toEqual([
			[{ text: 'Der ' }, { text: 'Rat', href: '/rat/' }, { text: ' tagt.' }],
		]);
	});

	it('a form with spaces around it is trimmed', () => {
		expect(linkFirstUses(['Der Rat tagt.'], [target('/rat/', ' Rat ')])).toEqual([
			[{ text: 'Der ' }, { text: 'Rat', href: '/rat/' }, { text: ' tagt.' }],
		]);
	});

	it('a form split by hyphens between letters, in another case, still matches', () => {
		expect(linkFirstUses(['Die Sicherheits-Garantien gelten.'], [target('/g/', 'Sicherheitsgarantien')])).toEqual([
			[{ text: 'Die ' }, { text: 'Sicherheits-Garantien', href: '/g/' }, { text: ' gelten.' }],
		]);
	});

	it('a hyphen may split the form after its first letter, but is not taken after its last', () => {
		expect(linkFirstUses(['Der R-at tagt.'], [target('/rat/', 'Rat')])).toEqual([
			[{ text: 'Der ' }, { text: 'R-at', href: '/rat/' }, { text: ' tagt.' }],
		]);
		expect(linkFirstUses(['Der Rat- und Ausschuss.'], [target('/rat/', 'Rat')])).toEqual([
			[{ text: 'Der ' }, { text: 'Rat', href: '/rat/' }, { text: '- und Ausschuss.' }],
		]);
	});

	it('a form matches whole words only: not inside a word, nor as the second part of a hyphenated compound', () => {
		expect(linkFirstUses(['Unrat im Stadt-Rat, dann der Rat.'], [target('/rat/', 'Rat')])).toEqual([
			[{ text: 'Unrat im Stadt-Rat, dann der ' }, { text: 'Rat', href: '/rat/' }, { text: '.' }],
		]);
	});

	it('a hyphen between a letter and a digit splits for reading too', () => {
		expect(linkFirstUses(['Kampfjets vom Typ F35 kommen.'], [target('/f35/', 'F-35')])).toEqual([
			[{ text: 'Kampfjets vom Typ ' }, { text: 'F35', href: '/f35/' }, { text: ' kommen.' }],
		]);
	});

	it('a hyphen before a space is no split: the text must have it too', () => {
		const politik = target('/svp/', 'Sicherheits- und Verteidigungspolitik');
		expect(linkFirstUses(['Die Sicherheits und Verteidigungspolitik.'], [politik])).toEqual([
			[{ text: 'Die Sicherheits und Verteidigungspolitik.' }],
		]);
		expect(linkFirstUses(['Die Sicherheits- und Verteidigungspolitik.'], [politik])).toEqual([
			[{ text: 'Die ' }, { text: 'Sicherheits- und Verteidigungspolitik', href: '/svp/' }, { text: '.' }],
		]);
	});

	it('a hyphen at either end of a form is no split: the text must have it there too', () => {
		const targets = [target('/ost/', 'Ost-'), target('/rat/', '-Rat')];
		expect(linkFirstUses(['Der Rat tagt im Ost.'], targets)).toEqual([[{ text: 'Der Rat tagt im Ost.' }]]);
		expect(linkFirstUses(['Der -Rat tagt im Ost-'], targets)).toEqual([
			[{ text: 'Der ' }, { text: '-Rat', href: '/rat/' }, { text: ' tagt im ' }, { text: 'Ost-', href: '/ost/' }],
		]);
	});

	it('matches in any case also where lower case has a letter of its own (capital ẞ) or none of the same length (İ)', () => {
		expect(linkFirstUses(['DIE GROẞE KOALITION'], [target('/gk/', 'große Koalition')])).toEqual([
			[{ text: 'DIE ' }, { text: 'GROẞE KOALITION', href: '/gk/' }],
		]);
		expect(linkFirstUses(['In İzmir sprach Merz.'], [target('/merz/', 'Merz'), target('/izmir/', 'İzmir')])).toEqual([
			[{ text: 'In ' }, { text: 'İzmir', href: '/izmir/' }, { text: ' sprach ' }, { text: 'Merz', href: '/merz/' }, { text: '.' }],
		]);
	});

	it('the longest form wins where forms overlap, whatever their order', () => {
		const targets = [target('/eu/', 'EU'), target('/eu-kommission/', 'EU-Kommission')];
		expect(linkFirstUses(['Die EU-Kommission und die EU.'], targets)).toEqual([
			[
				{ text: 'Die ' },
				{ text: 'EU-Kommission', href: '/eu-kommission/' },
				{ text: ' und die ' },
				{ text: 'EU', href: '/eu/' },
				{ text: '.' },
			],
		]);
		// Given longest first, too.
		expect(linkFirstUses(['Die EU-Kommission und die EU.'], [...targets].reverse())).toEqual([
			[
				{ text: 'Die ' },
				{ text: 'EU-Kommission', href: '/eu-kommission/' },
				{ text: ' und die ' },
				{ text: 'EU', href: '/eu/' },
				{ text: '.' },
			],
		]);
		// Forms of one target sorted by length too: the longer alias is matched whole.
		expect(linkFirstUses(['Die Union der Mitte.'], [target('/u/', 'Union', 'Union der Mitte')])).toEqual([
			[{ text: 'Die ' }, { text: 'Union der Mitte', href: '/u/' }, { text: '.' }],
		]);
	});

	it('only the first use across paragraphs links; a paragraph ending in the link has no empty tail', () => {
		expect(linkFirstUses(['Hier ist Merz', 'Wieder Merz.'], [target('/merz/', 'Merz')])).toEqual([
			[{ text: 'Hier ist ' }, { text: 'Merz', href: '/merz/' }],
			[{ text: 'Wieder Merz.' }],
		]);
	});
});
