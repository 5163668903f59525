import { describe, expect, it } from 'vitest';
import { byInitial, filedByInitial, initialOf, OTHER_INITIAL, PEOPLE_PAGE_LIMIT } from '../../src/lib/people-index.ts';

describe('people by initial', () => {
	it('files a sort name under its first letter, without accents; a digit or another script under none', () => {
		expect(initialOf('Merz, Friedrich')).toBe('M');
		expect(initialOf('öztürk, Aydan')).toBe('O');
		expect(initialOf('Ÿilmaz')).toBe('Y');
		expect(initialOf('  Élysée')).toBe('E');
		expect(initialOf('Østergaard')).toBe('O');
		expect(initialOf('łukaszewski')).toBe('L');
		expect(initialOf('1. FC Köln')).toBeUndefined();
		expect(initialOf('Зеленський')).toBeUndefined();
		expect(initialOf('')).toBeUndefined();
	});

	it('files the Latin letters that have no accent to strip under their base letter', () => {
		expect(initialOf('Đoković, Novak')).toBe('D');
		expect(initialOf('đinđić')).toBe('D');
		expect(initialOf('Ærø')).toBe('A');
		expect(initialOf('æbelø')).toBe('A');
		expect(initialOf('Œuvre')).toBe('O');
		expect(initialOf('Łukasz')).toBe('L');
	});

	it('ignores an accent mark left standing before the name', () => {
		// U+0301 COMBINING ACUTE ACCENT, detached from a letter.
		expect(initialOf('\u0301Abel')).toBe('A');
		expect(initialOf(' \u0308\u0301Öztürk')).toBe('O');
	});

	it('files under a letter only what is one letter from A to Z: a first letter whose capital is two (ß to SS) goes under none', () => {
		expect(initialOf('ßaa')).toBeUndefined();
	});

	it('groups in the given order within a letter, letters from A to Z, the others last', () => {
		const names = ['Zander', 'Ähre', 'Abel', '3sat', 'Müller', 'Meier', 'Øre'];
		const groups = byInitial(names, (name) => name);
		expect(groups.map((group) => [group.letter, group.slug, group.items])).toEqual([
			['A', 'a', ['Ähre', 'Abel']],
			['M', 'm', ['Müller', 'Meier']],
			['O', 'o', ['Øre']],
			['Z', 'z', ['Zander']],
			[undefined, OTHER_INITIAL, ['3sat']],
		]);
		expect(byInitial([], (name: string) => name)).toEqual([]);
	});

	it('puts the others last also when a name without a letter comes first, under the slug „weitere“', () => {
		expect(OTHER_INITIAL).toBe('weitere');
		const groups = byInitial(['3sat', 'Abel', '1. FC Köln', 'Zander'], (name) => name);
		expect(groups.map((group) => [group.letter, group.slug, group.items])).toEqual([
			['A', 'a', ['Abel']],
			['Z', 'z', ['Zander']],
			[undefined, 'weitere', ['3sat', '1. FC Köln']],
		]);
		expect(byInitial(['3sat', 'Abel'], (name) => name).map((group) => group.slug)).toEqual(['a', 'weitere']);
	});

	it('one page up to 300 people (LAGEBILD_PEOPLE_LIMIT: tests/unit/settings.test.ts)', () => {
		expect(PEOPLE_PAGE_LIMIT).toBe(300);
	});

	it('files by initial only past the limit, with each letter’s count for the navigation', () => {
		const names = ['Abel', 'Ähre', 'Meier'];
		expect(filedByInitial(names, (name) => name, 3)).toBeUndefined();
		expect(filedByInitial(names, (name) => name, 2)).toEqual({
			groups: byInitial(names, (name) => name),
			initials: [
				{ letter: 'A', slug: 'a', count: 2 },
				{ letter: 'M', slug: 'm', count: 1 },
			],
		});
	});
});
