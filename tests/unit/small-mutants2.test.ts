import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cacheKey } from '../../src/lib/file-cache.ts';
import { prunePolicyHashes } from '../../src/lib/headers-file.ts';
import { readability } from '../../src/lib/readability.ts';
import { linkFirstUses } from '../../src/lib/simple-links.ts';

/** Small modules with new code: paths, linkFirstUses, cacheKey, readability, prunePolicyHashes. */

describe('linkFirstUses', () => {
	const target = (href: string, ...forms: string[]) => ({ forms, href });

	it('without any (non-blank) form every paragraph is one plain segment', () => {
		expect(linkFirstUses(['Eins.', 'Zwei.'], [])).toEqual([[{ text: 'Eins.' }], [{ text: 'Zwei.' }]]);
		expect(linkFirstUses(['Eins.'], [target('/a/', '', '  ')])).toEqual([[{ text: 'Eins.' }]]);
	});

	it('a blank form next to a real one does not match everywhere', () => {
		expect(linkFirstUses(['Der Rat tagt.'], [target('/rat/', ' ', 'Rat')])).toEqual([[{ text: 'Der ' }, { text: 'Rat', href: '/rat/' }, { text: ' tagt.' }]]);
	});

	it('a form with spaces around it is trimmed', () => {
		expect(linkFirstUses(['Der Rat tagt.'], [target('/rat/', ' Rat ')])).toEqual([[{ text: 'Der ' }, { text: 'Rat', href: '/rat/' }, { text: ' tagt.' }]]);
	});

	it('a form split by hyphens between letters, in another case, still matches', () => {
		expect(linkFirstUses(['Die Sicherheits-Garantien gelten.'], [target('/g/', 'Sicherheitsgarantien')])).toEqual([
			[{ text: 'Die ' }, { text: 'Sicherheits-Garantien', href: '/g/' }, { text: ' gelten.' }],
		]);
	});

	it('a hyphen may split the form after its first letter, but is not taken after its last', () => {
		expect(linkFirstUses(['Der R-at tagt.'], [target('/rat/', 'Rat')])).toEqual([[{ text: 'Der ' }, { text: 'R-at', href: '/rat/' }, { text: ' tagt.' }]]);
		expect(linkFirstUses(['Der Rat- und Ausschuss.'], [target('/rat/', 'Rat')])).toEqual([[{ text: 'Der ' }, { text: 'Rat', href: '/rat/' }, { text: '- und Ausschuss.' }]]);
	});

	it('the longest form wins where forms overlap, whatever their order', () => {
		const targets = [target('/eu/', 'EU'), target('/eu-kommission/', 'EU-Kommission')];
		expect(linkFirstUses(['Die EU-Kommission und die EU.'], targets)).toEqual([
			[{ text: 'Die ' }, { text: 'EU-Kommission', href: '/eu-kommission/' }, { text: ' und die ' }, { text: 'EU', href: '/eu/' }, { text: '.' }],
		]);
		// Given longest first, too.
		expect(linkFirstUses(['Die EU-Kommission und die EU.'], [...targets].reverse())).toEqual([
			[{ text: 'Die ' }, { text: 'EU-Kommission', href: '/eu-kommission/' }, { text: ' und die ' }, { text: 'EU', href: '/eu/' }, { text: '.' }],
		]);
		// Forms of one target sorted by length too: the longer alias is matched whole.
		expect(linkFirstUses(['Die Union der Mitte.'], [target('/u/', 'Union', 'Union der Mitte')])).toEqual([[{ text: 'Die ' }, { text: 'Union der Mitte', href: '/u/' }, { text: '.' }]]);
	});

	it('only the first use across paragraphs links; a paragraph ending in the link has no empty tail', () => {
		expect(linkFirstUses(['Hier ist Merz', 'Wieder Merz.'], [target('/merz/', 'Merz')])).toEqual([
			[{ text: 'Hier ist ' }, { text: 'Merz', href: '/merz/' }],
			[{ text: 'Wieder Merz.' }],
		]);
	});
});

describe('cacheKey', () => {
	// The oracle: sha256 over each part (JSON, or the bytes as they are), each followed by a NUL, first 40 hex digits.
	const sha = (...chunks: Array<string | Uint8Array>) => {
		const hash = createHash('sha256');
		for (const chunk of chunks) hash.update(chunk);
		return hash.digest('hex').slice(0, 40);
	};

	it('hashes bytes as they are and separates parts with NUL', () => {
		const bytes = new Uint8Array([104, 105]);
		expect(cacheKey([bytes, 'a'])).toBe(sha(bytes, '\u0000', '"a"', '\u0000'));
		expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
	});

	it('an undefined part counts as the word undefined', () => {
		expect(cacheKey([undefined])).toBe(sha('undefined', '\u0000'));
	});
});

describe('readability: paragraphs', () => {
	it('a blank line (empty or of spaces) ends a sentence even where a full stop would not („Am 18.“)', () => {
		// Without the paragraph split „Am 18.“ would go on into the next line: one sentence.
		expect(readability('Am 18.\n\nDer Tag').sentences).toBe(2);
		expect(readability('Am 18.\n \nDer Tag').sentences).toBe(2);
		expect(readability('Am 18.\n  \nDer Tag').sentences).toBe(2);
	});

	it('lines with words are no blank lines: each line is a sentence, every word counts', () => {
		// The segmenter ends a sentence at each line break; nothing is dropped.
		expect(readability('Eins\nzwei\nDrei')).toMatchObject({ sentences: 3, words: 3 });
	});
});

describe('prunePolicyHashes: edges', () => {
	// Base64 sha256 from `printf '%s' … | openssl dgst -sha256 -binary | base64`: of '' and of 'p { color: red }'.
	const emptyHash = '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
	const spacedHash = 'ngewhhP73WDIbgwseeu52VAAJgKdGUsu1IUQQsAm8m4=';
	const page = (policy: string, body: string) => `<!doctype html><html lang="de"><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;

	it('an external script (src, also with spaces around =) keeps no hash of its empty text', () => {
		for (const script of ['<script src="/x.js"></script>', '<script type="module" src = "/x.js"></script>', '<script\tSRC="/x.js"></script>']) {
			expect(prunePolicyHashes(page(`script-src 'self' 'sha256-${emptyHash}';`, script))).toBe(page(`script-src 'self';`, script));
		}
	});

	it('an empty inline script without src keeps the hash of its empty text', () => {
		const html = page(`script-src 'self' 'sha256-${emptyHash}';`, '<script data-src="/x.js"></script>');
		expect(prunePolicyHashes(html)).toBe(html);
	});

	it('an inline style with spaces in it keeps its hash; a dropped hash takes all the spaces before it', () => {
		const body = '<style>p { color: red }</style>';
		expect(prunePolicyHashes(page(`style-src 'self'  'sha256-${emptyHash}' 'sha256-${spacedHash}';`, body))).toBe(page(`style-src 'self' 'sha256-${spacedHash}';`, body));
	});
});
