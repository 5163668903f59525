import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { depthOf, quotesOf, referenceOptions } from '../../src/lib/content/depth.ts';
import type { Reference } from '../../src/lib/content/model.ts';
import type { ArticleFrontmatter } from '../../src/lib/content/schema.ts';

/**
 * The depth layer's helpers (src/lib/content/depth.ts) called directly:
 * the snippets' field paths, the source and change markers, and depthOf's
 * checks and shaping. Only the front matter fields they read are given.
 */

const frontmatter = (data: Record<string, unknown>) =>
	({ participants: [], keyPoints: [], timeline: [], attributions: [], changes: [], ...data }) as unknown as ArticleFrontmatter;

const full = frontmatter({
	positions: {
		questions: [{ id: 'q1' }, { id: 'q2' }],
		sides: [
			{ label: 'A', stances: [{ question: 'q1', says: 'ja', quote: 'sa1' }] },
			{
				label: 'B',
				stances: [
					{ question: 'q1', says: 'nein', quote: 'sb1' },
					{ question: 'q2', says: 'ja', quote: 'sb2' },
				],
			},
		],
	},
	facts: {
		known: [{ says: 'k', quote: 'fk1' }],
		open: [
			{ says: 'o1', quote: 'fo1' },
			{ says: 'o2', quote: 'fo2' },
		],
	},
	attributions: [
		{ quote: 'at1', source: 'S1' },
		{ quote: 'at2', source: 'S2' },
	],
	keyPoints: [
		{ text: 'K', quote: 'kp1' },
		{ text: 'E', extern: { title: 'T', url: 'https://example.org/', supports: 'x' } },
	],
	timeline: [{ text: 'T', quote: 'tl1', participants: [] }],
	changes: [{ kind: 'korrektur', quote: 'ch1' }, { kind: 'aktualisierung' }, { kind: 'klarstellung', quote: 'ch3' }],
});

/** A stand-in for fail(): throws its path and reason. */
const fail = (path: PropertyKey[], reason: string): never => {
	throw new Error(`${path.join('.')}: ${reason}`);
};

const ref = (n: number): Reference => ({ quote: `q${n}`, id: `beleg-${n}`, section: 'teil', sentence: `Satz ${n}.` });

describe('quotesOf', () => {
	it('lists every snippet with the path of its field, in a fixed order', () => {
		// Editorial lines (key points, timeline, positions, facts; a line without quote has none), then attributions, then the log.
		expect(quotesOf(full)).toEqual([
			{ quote: 'kp1', path: ['keyPoints', 0, 'quote'], role: 'item', index: 0 },
			{ quote: 'tl1', path: ['timeline', 0, 'quote'], role: 'item', index: 2 },
			{ quote: 'sa1', path: ['positions', 'sides', 0, 'stances', 0, 'quote'], role: 'item', index: 3 },
			{ quote: 'sb1', path: ['positions', 'sides', 1, 'stances', 0, 'quote'], role: 'item', index: 4 },
			{ quote: 'sb2', path: ['positions', 'sides', 1, 'stances', 1, 'quote'], role: 'item', index: 5 },
			{ quote: 'fk1', path: ['facts', 'known', 0, 'quote'], role: 'item', index: 6 },
			{ quote: 'fo1', path: ['facts', 'open', 0, 'quote'], role: 'item', index: 7 },
			{ quote: 'fo2', path: ['facts', 'open', 1, 'quote'], role: 'item', index: 8 },
			{ quote: 'at1', path: ['attributions', 0, 'quote'], role: 'attribution', index: 0 },
			{ quote: 'at2', path: ['attributions', 1, 'quote'], role: 'attribution', index: 1 },
			{ quote: 'ch1', path: ['changes', 0, 'quote'], role: 'change', index: 0 },
			{ quote: 'ch3', path: ['changes', 2, 'quote'], role: 'change', index: 2 },
		]);
	});
});

describe('referenceOptions: source and change markers', () => {
	const labels = { sourceMarker: 'Quelle', changeMarker: (kind: string) => `geändert: ${kind}` };

	it('nothing after editorial lines; a marker to the context page after each attributed sentence, one to the entry after each changed one', () => {
		const options = referenceOptions('wahl', full, quotesOf(full), labels);
		expect(options.quotes).toEqual(['kp1', 'tl1', 'sa1', 'sb1', 'sb2', 'fk1', 'fo1', 'fo2', 'at1', 'at2', 'ch1', 'ch3']);
		const after = (index: number) => options.after!(index, { id: 'x', section: 'teil' });
		for (let index = 0; index < 8; index += 1) expect(after(index)).toEqual([]);
		const second = after(9) as Element[];
		// A space first, so that the sentence ends with a word end (text fragments in WebKit); then the marker.
		expect(second).toEqual([
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['marker-space'], dataPagefindIgnore: '' },
				children: [{ type: 'text', value: ' ' }],
			},
			{
				type: 'element',
				tagName: 'a',
				properties: {
					className: ['source-marker'],
					href: '/wahl/einordnung/#lb-quelle-2',
					ariaDescribedBy: ['lb-quelle-2'],
					dataPagefindIgnore: '',
				},
				children: [{ type: 'text', value: 'Quelle' }],
			},
		]);
		expect((after(8) as Element[])[1]!.properties.href).toBe('/wahl/einordnung/#lb-quelle-1');
		// The third entry of the log (the second with a quote): its marker leads to its entry on the same page.
		expect(after(11)).toEqual([
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['marker-space'], dataPagefindIgnore: '' },
				children: [{ type: 'text', value: ' ' }],
			},
			{
				type: 'element',
				tagName: 'a',
				properties: { className: ['change-marker'], href: '#aenderung-3', ariaDescribedBy: ['lb-aenderung-3'], dataPagefindIgnore: '' },
				children: [{ type: 'text', value: 'geändert: klarstellung' }],
			},
		]);
	});

	it('attributions only: the very first snippet already gets a marker', () => {
		const data = frontmatter({ attributions: [{ quote: 'nur', source: 'S' }] });
		const options = referenceOptions('wahl', data, quotesOf(data), labels);
		expect((options.after!(0, { id: 'x', section: 'teil' }) as Element[])[1]!.properties.href).toBe('/wahl/einordnung/#lb-quelle-1');
	});

	it('without attributions no snippet gets a marker', () => {
		const data = frontmatter({ facts: { known: [{ says: 'k', quote: 'fk1' }], open: [] } });
		const options = referenceOptions('wahl', data, quotesOf(data), labels);
		expect(options.after!(0, { id: 'x', section: 'teil' })).toEqual([]);
		expect(options.after!(1, { id: 'x', section: 'teil' })).toEqual([]);
	});
});

const references = (entries: Array<[string, Reference]>) => new Map(entries);

describe('depthOf', () => {
	it('a question id given twice fails at the second one', () => {
		const data = frontmatter({ positions: { questions: [{ id: 'q1' }, { id: 'q2' }, { id: 'q1' }], sides: [] } });
		expect(() => depthOf(data, references([]), new Map(), [], fail)).toThrow(
			/^positions\.questions\.2\.id: Die Frage „q1“ steht zweimal in questions\.$/,
		);
	});

	it('an unknown question names the known ones, comma-separated', () => {
		const data = frontmatter({
			positions: { questions: [{ id: 'q1' }, { id: 'q2' }], sides: [{ label: 'A', stances: [{ question: 'q9', says: 'x', quote: 'y' }] }] },
		});
		expect(() => depthOf(data, references([['positions.sides[0].stances[0].quote', ref(1)]]), new Map(), [], fail)).toThrow(
			/^positions\.sides\.0\.stances\.0\.question: Die Frage „q9“ gibt es nicht\. Fragen: q1, q2\.$/,
		);
	});

	it('positions and facts take the reference of their own quote, and keep their field path', () => {
		const fields = [
			'positions.sides[0].stances[0]',
			'positions.sides[1].stances[0]',
			'positions.sides[1].stances[1]',
			'facts.known[0]',
			'facts.open[0]',
			'facts.open[1]',
			'attributions[0]',
			'attributions[1]',
		];
		const depth = depthOf(full, references(fields.map((field, index) => [`${field}.quote`, ref(index + 1)])), new Map(), [], fail);
		expect(depth.positions!.sides).toEqual([
			{ label: 'A', cells: [{ says: 'ja', path: 'positions.sides[0].stances[0]', reference: ref(1) }, null] },
			{
				label: 'B',
				cells: [
					{ says: 'nein', path: 'positions.sides[1].stances[0]', reference: ref(2) },
					{ says: 'ja', path: 'positions.sides[1].stances[1]', reference: ref(3) },
				],
			},
		]);
		expect(depth.facts).toEqual({
			known: [{ says: 'k', path: 'facts.known[0]', reference: ref(4) }],
			open: [
				{ says: 'o1', path: 'facts.open[0]', reference: ref(5) },
				{ says: 'o2', path: 'facts.open[1]', reference: ref(6) },
			],
		});
		expect(depth.attributions.map((attribution) => [attribution.number, attribution.id, attribution.reference])).toEqual([
			[1, 'lb-quelle-1', ref(7)],
			[2, 'lb-quelle-2', ref(8)],
		]);
	});

	it('simple version: one sentence per line, spaces collapsed and trimmed, blank lines and empty paragraphs dropped', () => {
		const data = frontmatter({
			simple: {
				title: 'Einfach',
				parts: [{ section: 'teil', text: '  Erster   Satz.  \n\n  \nZweiter\tSatz.\n   \nDritter Satz.\n \n\n' }],
			},
		});
		const depth = depthOf(data, references([]), new Map([['teil', 'Der Teil']]), [], fail);
		// „\n  \n“ and „\n   \n“ (lines of spaces) separate paragraphs; the trailing ones leave nothing.
		expect(depth.simple).toEqual({
			title: 'Einfach',
			parts: [
				{
					section: 'teil',
					sectionTitle: 'Der Teil',
					paragraphs: [[{ text: 'Erster Satz.' }], [{ text: 'Zweiter Satz.' }], [{ text: 'Dritter Satz.' }]],
				},
			],
		});
	});

	it('simple version: lines of one paragraph are joined with a line break', () => {
		const data = frontmatter({ simple: { title: 'T', parts: [{ section: 'teil', text: 'Eins.\n  Zwei.  \nDrei.' }] } });
		const depth = depthOf(data, references([]), new Map([['teil', 'Der Teil']]), [], fail);
		expect(depth.simple!.parts[0]!.paragraphs).toEqual([[{ text: 'Eins.\nZwei.\nDrei.' }]]);
	});

	it('simple version: a line of spaces at the start of a paragraph is dropped, not kept as an empty line', () => {
		// The schema trims the text; depthOf is called directly here.
		const data = frontmatter({ simple: { title: 'T', parts: [{ section: 'teil', text: '  \nEins.' }] } });
		const depth = depthOf(data, references([]), new Map([['teil', 'Der Teil']]), [], fail);
		expect(depth.simple!.parts[0]!.paragraphs).toEqual([[{ text: 'Eins.' }]]);
	});
});
