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
