import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { ArticleModel } from '../../src/lib/content/model.ts';
import { contentOptions } from '../../src/loaders/content-options.ts';

const interned = vi.hoisted(() => [] as unknown[]);
vi.mock('../../src/lib/intern.ts', async (original) => {
	const real = await original<typeof import('../../src/lib/intern.ts')>();
	return { internStrings: <T>(value: T): T => (interned.push(value), real.internStrings(value)) };
});

const dir = mkdtempSync(join(tmpdir(), 'lagebild-intern-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'articles'));
mkdirSync(join(dir, 'participants'));
for (const name of ['eins', 'zwei']) writeFileSync(join(dir, 'articles', `${name}.md`), ['---', `title: "Artikel ${name}"`, 'description: "Vorspann."', 'source:', '  statement: "Quelle."', 'published: 2026-11-25T09:29+01:00', '---', '', '## Abschnitt', '', 'Ein Satz, der im Modell mehrfach steht.', ''].join('\n'));

describe('the loader keeps one instance of each text a new model repeats', () => {
	it('passes every model it builds through internStrings, and none it takes from the last build', async () => {
		const first = await loadContent({ ...contentOptions(dir, dir), workers: undefined, reuse: { version: 'v', get: () => undefined } });
		expect(interned.map((model) => (model as ArticleModel).slug).sort()).toEqual(['eins', 'zwei']);
		expect(interned).toEqual(expect.arrayContaining(first.articles.map((article) => expect.objectContaining({ slug: article.slug }))));

		interned.length = 0;
		const kept = first.articles.find((article) => article.slug === 'eins')!;
		await loadContent({ ...contentOptions(dir, dir), workers: undefined, reuse: { version: 'v', get: (slug, key) => (slug === 'eins' && key === first.inputKeys.get('eins') ? kept : undefined) } });
		expect(interned.map((model) => (model as ArticleModel).slug)).toEqual(['zwei']);
	});
});
