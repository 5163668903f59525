import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { depthSchema } from '../../src/lib/content/schema.ts';

/**
 * The depth fields' messages (src/lib/content/schema.ts): what an editor reads
 * for each mistake, as [field path, message] pairs, written out by hand.
 */
const schema = z.strictObject(depthSchema);

function issues(data: unknown): Array<[string, string]> {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

const q = 'drei Wörter hier';

describe('positions', () => {
	it('names a missing question id and label, and a missing side label and stance fields', () => {
		expect(
			issues({
				positions: {
					questions: [{}],
					sides: [{ stances: [{}] }],
				},
			}),
		).toEqual([
			['positions.questions.0.id', 'Die Kennung der Frage (id) fehlt.'],
			['positions.questions.0.label', 'Die Frage (label) fehlt.'],
			['positions.sides.0.label', 'Die Seite (label) fehlt.'],
			['positions.sides.0.stances.0.says', 'Die Position (says) fehlt.'],
			['positions.sides.0.stances.0.question', 'Die Frage der Position (question) fehlt.'],
		]);
		// With its fields, a stance still needs its evidence: a quote or an outside source.
		expect(issues({ positions: { questions: [{ id: 'a', label: 'A?' }], sides: [{ label: 'S', stances: [{ question: 'a', says: 'X.' }] }] } })).toEqual([
			[
				'positions.sides.0.stances.0',
				'Jeder redaktionelle Eintrag beruht auf einem Beleg: einem wörtlichen Ausschnitt des Textes (quote) oder, für eine Tatsache von außerhalb, einer externen Quelle (extern mit title, url, supports).',
			],
		]);
	});

	it('needs at least one question and one side', () => {
		expect(issues({ positions: { questions: [], sides: [] } })).toEqual([
			['positions.questions', 'Mindestens eine Frage.'],
			['positions.sides', 'Mindestens eine Seite.'],
		]);
	});

	it('a side without stances has none', () => {
		const result = schema.parse({ positions: { questions: [{ id: 'a', label: 'A?' }], sides: [{ label: 'S' }] } });
		expect(result.positions!.sides[0]!.stances).toEqual([]);
	});
});

describe('facts, attributions, simple', () => {
	it('names the missing says of known and open facts', () => {
		expect(issues({ facts: { known: [{ quote: q }], open: [{ quote: q }] } })).toEqual([
			['facts.known.0.says', 'Die Tatsache (says) fehlt.'],
			['facts.open.0.says', 'Die offene Frage (says) fehlt.'],
		]);
	});

	it('names the missing quote and source of an attribution, and a bad person id', () => {
		expect(issues({ attributions: [{ kind: 'agentur', person: 'Merz' }] })).toEqual([
			['attributions.0.quote', 'Der Beleg (quote) fehlt: ein wörtlicher Ausschnitt aus dem Text.'],
			['attributions.0.source', 'Die Quelle (source) fehlt.'],
			['attributions.0.person', 'Die Kennung der Person (person): nur a–z, 0–9 und einzelne Bindestriche.'],
		]);
	});

	it('via is trimmed, and a blank via is refused', () => {
		const result = schema.parse({ attributions: [{ quote: q, source: 'S', kind: 'agentur', via: '  laut BBC ' }] });
		expect(result.attributions[0]!.via).toBe('laut BBC');
		expect(issues({ attributions: [{ quote: q, source: 'S', kind: 'agentur', via: '   ' }] }).map(([path]) => path)).toEqual(['attributions.0.via']);
	});

	it('a quote needs three words: words separated by one run of whitespace count once', () => {
		// Two words with a double space between are still two words.
		expect(issues({ attributions: [{ quote: 'zwei  Wörter', source: 'S', kind: 'agentur' }] })).toEqual([
			['attributions.0.quote', 'Der Beleg (quote): mindestens drei Wörter, wörtlich aus dem Text kopiert.'],
		]);
		expect(issues({ attributions: [{ quote: ' drei\nWörter  hier ', source: 'S', kind: 'agentur' }] })).toEqual([]);
		// Space around two words does not make a third: the quote is trimmed first.
		expect(issues({ attributions: [{ quote: ' zwei Wörter ', source: 'S', kind: 'agentur' }] })).toEqual([
			['attributions.0.quote', 'Der Beleg (quote): mindestens drei Wörter, wörtlich aus dem Text kopiert.'],
		]);
	});

	it('simple: names a missing title, section and text, and needs one part', () => {
		expect(issues({ simple: { parts: [{}] } })).toEqual([
			['simple.title', 'Die Überschrift der einfachen Fassung fehlt.'],
			['simple.parts.0.section', 'Der Abschnitt (section) fehlt.'],
			['simple.parts.0.text', 'Der Text in Einfacher Sprache fehlt.'],
		]);
		expect(issues({ simple: { title: 'T', parts: [] } })).toEqual([['simple.parts', 'Mindestens ein Teil.']]);
	});
});
