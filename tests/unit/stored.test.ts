import { describe, expect, it } from 'vitest';
import { packModel, unpackModel } from '../../src/lib/content/stored.ts';
import { testContent } from '../helpers/content.ts';

/** The content store's form of a model (src/lib/content/stored.ts): what the pages unpack is what the loader made. */
describe('a model as the content store holds it', () => {
	it('unpacks to the model it was made from, for every article and person of the test content', async () => {
		const content = await testContent();
		expect(content.articles.length).toBeGreaterThan(1);
		expect(content.people.length).toBeGreaterThan(1);
		for (const model of [...content.articles, ...content.people]) expect(unpackModel(packModel(model))).toEqual(model);
	});

	it('is ASCII, and smaller than the model’s JSON', async () => {
		const [article] = (await testContent()).articles;
		const { packed } = packModel(article!);
		expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
		expect(packed.length).toBeLessThan(JSON.stringify(article).length / 2);
	});

	it('keeps text outside Latin-1, empty lists and absent fields as they were', () => {
		const model = { title: '„Zusagen“ – vorerst keine', items: [], nested: { list: [{ text: 'ß', changed: true }, { text: ' Ende' }] } };
		const unpacked = unpackModel<typeof model>(packModel(model));
		expect(unpacked).toStrictEqual(model);
		expect('changed' in unpacked.nested.list[1]!).toBe(false);
	});
});
