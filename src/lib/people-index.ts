/**
 * `/personen/` lists everyone on one page up to this many people. A larger
 * archive files them under the initial of their sort name, a page per letter
 * (`/personen/buchstabe/m/`), so no page lists the whole archive; a frequent
 * letter (S, M) still holds about a tenth of everyone.
 */
export const PEOPLE_PAGE_LIMIT = 300;

/** The slug of the group of names that start with no letter from A to Z. */
export const OTHER_INITIAL = 'weitere';

export interface Initial<T> {
	/** „A“ … „Z“, or undefined for the others. */
	letter: string | undefined;
	/** `a` … `z`, or `weitere`. */
	slug: string;
	items: T[];
}

/** Latin letters that do not decompose into a base letter and an accent. */
const BASE_LETTER: Readonly<Record<string, string>> = { Ø: 'O', Ł: 'L', Đ: 'D', Æ: 'A', Œ: 'O' };

/** The letter a sort name is filed under: its first letter without accents („Öztürk“ under O, „Łukasz“ under L); none for a digit or another script. */
export function initialOf(sortKey: string): string | undefined {
	const first = sortKey.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleUpperCase('de');
	const letter = BASE_LETTER[first] ?? first;
	return /^[A-Z]$/.test(letter) ? letter : undefined;
}

/** Items grouped by initial, each group in the items' order; the letters from A to Z, then the others. */
export function byInitial<T>(items: readonly T[], sortKey: (item: T) => string): Initial<T>[] {
	const groups = new Map<string, Initial<T>>();
	for (const item of items) {
		const letter = initialOf(sortKey(item));
		const slug = letter ? letter.toLowerCase() : OTHER_INITIAL;
		let group = groups.get(slug);
		if (!group) groups.set(slug, (group = { letter, slug, items: [] }));
		group.items.push(item);
	}
	return [...groups.values()].sort(
		(a, b) => Number(a.letter === undefined) - Number(b.letter === undefined) || (a.letter ?? '').localeCompare(b.letter ?? ''),
	);
}

/** A letter and how many it holds: what the navigation between the letters shows. */
export interface InitialCount {
	letter: string | undefined;
	slug: string;
	count: number;
}

/** Items filed by initial when there are more than `limit` (their groups and the letters' counts); undefined when one list takes them all. */
export function filedByInitial<T>(
	items: readonly T[],
	sortKey: (item: T) => string,
	limit: number,
): { groups: Initial<T>[]; initials: InitialCount[] } | undefined {
	if (items.length <= limit) return undefined;
	const groups = byInitial(items, sortKey);
	return { groups, initials: groups.map(({ letter, slug, items: filed }) => ({ letter, slug, count: filed.length })) };
}
