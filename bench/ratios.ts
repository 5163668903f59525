import { heading, note, seconds, ms, table } from './util.ts';

/**
 * The archive's targets as ratios to its tools' floors (issue 28), from the
 * figures of one bench run: part 4 (Lagebild) records its figures here, part
 * 6 (the floors) its own, and the summary divides them. Only figures of the
 * same run are compared; a target whose two sides were not both measured is
 * left out with a line saying which.
 */
type Key =
	| 'lagebild.clean'
	| 'lagebild.edited'
	| 'lagebild.search.word'
	| 'lagebild.search.name'
	| 'floor.astro.clean'
	| 'floor.astro.edited'
	| 'floor.pagefind.index'
	| 'floor.images'
	| 'floor.search.word'
	| 'floor.search.name'
	| 'floor.search.documents.word'
	| 'floor.search.documents.name';

const figures = new Map<string, number>();

/** One figure at one size: seconds for builds and drawing, milliseconds for searches. */
export function record(key: Key, size: number, value: number): void {
	figures.set(`${key}@${size}`, value);
}

const get = (key: Key, size: number) => figures.get(`${key}@${size}`);

interface Target {
	what: string;
	limit: number;
	unit: 's' | 'ms';
	lagebild: Key;
	floor: readonly Key[];
	floorText: string;
}

const TARGETS: readonly Target[] = [
	{
		what: 'sauberer Bau',
		limit: 2,
		unit: 's',
		lagebild: 'lagebild.clean',
		floor: ['floor.astro.clean', 'floor.pagefind.index', 'floor.images'],
		floorText: 'Astro allein + Pagefind allein + dieselben Vorschaubilder auf allen Kernen',
	},
	{
		what: 'Neubau nach einer Änderung',
		limit: 1.25,
		unit: 's',
		lagebild: 'lagebild.edited',
		floor: ['floor.astro.edited', 'floor.pagefind.index'],
		floorText: 'Astros inkrementeller Neubau allein + Pagefind allein',
	},
	{
		what: 'erste Suche, getippt, ein Wort in jedem Artikel',
		limit: 1.5,
		unit: 'ms',
		lagebild: 'lagebild.search.word',
		floor: ['floor.search.word'],
		floorText: 'Pagefind allein, Seiten aus einem Satz',
	},
	{
		what: 'erste Suche, getippt, ein Wort in jedem Artikel',
		limit: 1.5,
		unit: 'ms',
		lagebild: 'lagebild.search.word',
		floor: ['floor.search.documents.word'],
		floorText: 'Pagefind allein, dieselben Suchdokumente',
	},
	{
		what: 'erste Suche, getippt, ein Name in zehn Artikeln',
		limit: 1.25,
		unit: 'ms',
		lagebild: 'lagebild.search.name',
		floor: ['floor.search.name'],
		floorText: 'Pagefind allein, Seiten aus einem Satz',
	},
	{
		what: 'erste Suche, getippt, ein Name in zehn Artikeln',
		limit: 1.25,
		unit: 'ms',
		lagebild: 'lagebild.search.name',
		floor: ['floor.search.documents.name'],
		floorText: 'Pagefind allein, dieselben Suchdokumente',
	},
];

/** The ratios of this run, one row per target and size where both sides were measured. */
export function ratioRows(): string[][] {
	const sizes = [...new Set([...figures.keys()].map((key) => Number(key.split('@')[1])))].sort((a, b) => a - b);
	const rows: string[][] = [];
	for (const size of sizes) {
		for (const target of TARGETS) {
			const mine = get(target.lagebild, size);
			const parts = target.floor.map((key) => get(key, size));
			if (mine === undefined || parts.some((part) => part === undefined)) continue;
			const floor = (parts as number[]).reduce((sum, part) => sum + part, 0);
			const ratio = mine / floor;
			const format = target.unit === 's' ? seconds : ms;
			rows.push([
				`${target.what} (${size.toLocaleString('de-DE')} Artikel)`,
				format(mine),
				`${format(floor)} (${target.floorText}: ${(parts as number[]).map((part) => format(part)).join(' + ')})`,
				ratio.toFixed(2).replace('.', ','),
				`≤ ${String(target.limit).replace('.', ',')}: ${ratio <= target.limit ? 'erreicht' : 'verfehlt'}`,
			]);
		}
	}
	return rows;
}

/** Prints the ratios (after parts 4 and 6 ran in the same invocation). */
export function printRatios(): void {
	const rows = ratioRows();
	if (rows.length === 0) return;
	heading('Verhältnis zur Untergrenze (gleicher Lauf)');
	note('Lagebild geteilt durch das, was die Werkzeuge allein für dieselbe Arbeit brauchen: Teil 4 und Teil 6 dieses Laufs.');
	console.log(table(['Was', 'Lagebild', 'Untergrenze', 'Verhältnis', 'Ziel'], rows, ['l', 'r', 'l', 'r', 'l']));
}
