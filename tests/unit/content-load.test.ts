import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadContent, type LoadOptions } from '../../src/lib/content/load.ts';
import type { ArticleModel } from '../../src/lib/content/model.ts';
import { contentOptions } from '../../src/loaders/content-options.ts';
import { contentArticle as article, contentFolder as folder, contentPerson as person } from '../helpers/content-folder.ts';

/** Every value the loader passes through internStrings (the real one still runs): see „the loader keeps one instance …“. */
const interned = vi.hoisted(() => [] as unknown[]);
vi.mock('../../src/lib/intern.ts', async (original) => {
	const real = await original<typeof import('../../src/lib/intern.ts')>();
	return { internStrings: <T>(value: T): T => (interned.push(value), real.internStrings(value)) };
});

/**
 * The content folder → the model (src/lib/content/load.ts), with a tiny word
 * list and the labels written out here, so that each load is quick.
 */
const options = (dir: string): LoadOptions => ({
	dir,
	root: dir,
	lexicon: { isWord: () => false, isNoun: () => false },
	labels: {
		anchorLink: 'Link zu diesem Abschnitt',
		tableLabel: (caption) => caption ?? 'Tabelle',
		defaultGroup: 'Erwähnt',
		glossaryHref: (slug) => `/glossar/#${slug}`,
		personHref: (id) => `/personen/${id}/`,
		sourceMarker: 'Quelle',
		changeMarker: (kind) => kind,
		definitionId: (section, term) => `def-${section}--${term}`,
	},
});

async function failure(dir: string): Promise<string> {
	try {
		await loadContent(options(dir));
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('Erwartet war ein Inhaltsfehler, aber der Ordner wurde geladen.');
}

describe('reading the content folder', () => {
	it('reads articles/*.md and participants/*.yaml, skipping hidden files, files starting with _ and other extensions', async () => {
		const dir = folder({
			'articles/eins.md': article('Eins'),
			'articles/.versteckt.md': 'kaputt',
			'articles/_entwurf.md': 'kaputt',
			'articles/notiz.txt': 'kaputt',
			'articles/zwei.markdown': 'kaputt',
			'participants/erika-muster.yaml': person('Erika Muster'),
			'participants/.alt.yaml': 'kaputt: [',
			'participants/_vorlage.yaml': 'kaputt: [',
			'participants/max-muster.yml': 'kaputt: [',
		});
		const content = await loadContent(options(dir));
		expect(content.articles.map((item) => item.slug)).toEqual(['eins']);
		expect(content.people.map((item) => [item.id, item.file])).toEqual([['erika-muster', join('participants', 'erika-muster.yaml')]]);
	});

	it('takes a missing participants or articles folder as empty', async () => {
		expect(await loadContent(options(folder({ 'articles/eins.md': article('Eins') })))).toMatchObject({
			articles: [{ slug: 'eins' }],
			people: [],
		});
		expect(await loadContent(options(folder({ 'participants/erika-muster.yaml': person('Erika Muster') })))).toMatchObject({
			articles: [],
			people: [{ id: 'erika-muster' }],
		});
	});

	it('does not hide other reading errors: a file where the folder belongs', async () => {
		await expect(loadContent(options(folder({ participants: null, articles: 'keine Ordner' })))).rejects.toThrow(/ENOTDIR/);
	});

	it('makes an article’s slug from its file name', async () => {
		const content = await loadContent(options(folder({ 'articles/Gipfel im Weißen Haus.md': article('Gipfel') })));
		expect(content.articles.map((item) => [item.slug, item.file])).toEqual([
			['gipfel-im-weissen-haus', join('articles', 'Gipfel im Weißen Haus.md')],
		]);
	});

	it('orders articles newest first and people alphabetically by sort name, with their appearances', async () => {
		const dir = folder({
			'articles/a-ohne.md': article('Ohne Ereignis', undefined, ['max-muster']),
			'articles/b-alt.md': article('Alt', '2024-12-31', ['erika-muster']),
			'articles/c-neu.md': article('Neu', '2025-01-01', ['erika-muster', 'max-muster']),
			'participants/erika-muster.yaml': person('Erika Muster', 'sortName: "Muster, Erika"\n'),
			'participants/max-muster.yaml': person('Max Muster', 'sortName: "Muster, Max"\n'),
			'participants/anna-zeta.yaml': person('Anna Zeta', 'sortName: "Zeta, Anna"\n'),
		});
		const content = await loadContent(options(dir));
		expect(content.articles.map((item) => item.slug)).toEqual(['c-neu', 'b-alt', 'a-ohne']);
		expect(content.people.map((item) => [item.id, item.appearances.map((appearance) => appearance.article)])).toEqual([
			['erika-muster', ['c-neu', 'b-alt']],
			['max-muster', ['c-neu', 'a-ohne']],
			['anna-zeta', []],
		]);
	});
});

describe('refusing a folder the site cannot use', () => {
	it('a person file whose name is no id', async () => {
		expect(await failure(folder({ 'participants/Erika Muster.yaml': person('Erika Muster') }))).toBe(
			`${join('participants', 'Erika Muster.yaml')}: Der Dateiname ergibt die Kennung „Erika Muster“: erlaubt sind a–z, 0–9 und einzelne Bindestriche.`,
		);
	});

	it('a person file whose name the site uses for its pages per initial', async () => {
		expect(await failure(folder({ 'participants/buchstabe.yaml': person('Buchstabe') }))).toBe(
			`${join('participants', 'buchstabe.yaml')}: Der Dateiname ergibt die Kennung „buchstabe“, die für eine Seite der Website reserviert ist (/personen/buchstabe/).`,
		);
	});

	it('a person file with a mistake, named relative to the root', async () => {
		expect(await failure(folder({ 'participants/erika-muster.yaml': 'name: Erika Muster\norganisation: Testland\n' }))).toBe(
			// A missing field is reported at the nearest line that exists: the file's first.
			`${join('participants', 'erika-muster.yaml')}:1: role: Die Rolle fehlt.`,
		);
	});

	it.each(['personen', 'suche', 'glossar', 'pagefind', '404', 'og'])('an article named like a page of the site: %s.md', async (name) => {
		expect(await failure(folder({ [`articles/${name}.md`]: article('X') }))).toBe(
			`${join('articles', `${name}.md`)}: Der Dateiname ergibt den Artikel-Slug „${name}“, der als Adresse nicht taugt oder für eine Seite der Website reserviert ist.`,
		);
	});

	it('an article whose file name gives no slug', async () => {
		expect(await failure(folder({ 'articles/!!!.md': article('X') }))).toBe(
			`${join('articles', '!!!.md')}: Der Dateiname ergibt den Artikel-Slug „“, der als Adresse nicht taugt oder für eine Seite der Website reserviert ist.`,
		);
	});

	it('two articles whose file names give the same slug', async () => {
		// Files are read in sorted order: „Gipfel.md“ (capital G) before „gipfel.md“.
		expect(await failure(folder({ 'articles/gipfel.md': article('Eins'), 'articles/Gipfel.md': article('Zwei') }))).toBe(
			`${join('articles', 'gipfel.md')}: Ergibt denselben Artikel-Slug „gipfel“ wie ${join('articles', 'Gipfel.md')}.`,
		);
	});
});

describe('an archive’s load (issue 13)', () => {
	it('only the newest articles have preview images of their own (default 100; previewsNewest sets it)', async () => {
		const dir = folder({
			'articles/a.md': article('A', '2025-01-01'),
			'articles/b.md': article('B', '2025-01-03'),
			'articles/c.md': article('C', '2025-01-02'),
		});
		const own = async (previewsNewest?: number) =>
			(await loadContent({ ...options(dir), previewsNewest })).articles.map((item) => [item.slug, item.ownPreviews]);
		expect(await own()).toEqual([
			['b', true],
			['c', true],
			['a', true],
		]);
		expect(await own(2)).toEqual([
			['b', true],
			['c', true],
			['a', false],
		]);
		expect(await own(0)).toEqual([
			['b', false],
			['c', false],
			['a', false],
		]);
	});

	it('reuses an earlier model only under the same input key: the same file, person files and code version', async () => {
		const files = {
			'articles/eins.md': article('Eins', '2025-01-01', ['erika-muster']),
			'participants/erika-muster.yaml': person('Erika Muster'),
		};
		const dir = folder(files);
		const first = await loadContent({ ...options(dir), reuse: { version: 'v1', get: () => undefined } });
		const key = first.inputKeys.get('eins')!;
		expect(key).toMatch(/^[0-9a-f]{40}$/);
		const kept = { ...first.articles[0]!, title: 'Aus dem Cache' };
		const asked: Array<[string, string]> = [];
		const reuse = (version: string) => ({
			version,
			get: (slug: string, inputKey: string) => (asked.push([slug, inputKey]), inputKey === key ? structuredClone(kept) : undefined),
		});

		// Same input: the kept model, with the archive's flags set anew.
		const again = await loadContent({ ...options(dir), reuse: reuse('v1'), previewsNewest: 0 });
		expect(asked).toEqual([['eins', key]]);
		expect(again.articles[0]!.title).toBe('Aus dem Cache');
		expect(again.articles[0]!.ownPreviews).toBe(false);
		expect(again.people[0]!.appearances.map((appearance) => appearance.headline)).toEqual(['Aus dem Cache']);

		// Other code, an edited article, an edited person file: new keys, built anew.
		const newCode = await loadContent({ ...options(dir), reuse: reuse('v2') });
		expect(newCode.articles[0]!.title).toBe('Eins');
		writeFileSync(join(dir, 'participants/erika-muster.yaml'), person('Erika Muster', 'sortName: "Muster, Erika"\n'));
		const newPerson = await loadContent({ ...options(dir), reuse: reuse('v1') });
		expect(newPerson.inputKeys.get('eins')).not.toBe(key);
		expect(newPerson.articles[0]!.title).toBe('Eins');
		writeFileSync(join(dir, 'participants/erika-muster.yaml'), files['participants/erika-muster.yaml']);
		expect((await loadContent({ ...options(dir), reuse: reuse('v1') })).inputKeys.get('eins')).toBe(key);
		writeFileSync(join(dir, 'articles/eins.md'), article('Eins, berichtigt', '2025-01-01', ['erika-muster']));
		const edited = await loadContent({ ...options(dir), reuse: reuse('v1') });
		expect(edited.inputKeys.get('eins')).not.toBe(key);
		expect(edited.articles[0]!.title).toBe('Eins, berichtigt');
		// Made a draft: a new key, no kept model, held back.
		writeFileSync(join(dir, 'articles/eins.md'), article('Eins', '2025-01-01', ['erika-muster']).replace('---\n', '---\ndraft: true\n'));
		const draft = await loadContent({ ...options(dir), reuse: reuse('v1') });
		expect(draft.articles).toEqual([]);
		expect(draft.heldBack).toEqual([{ file: expect.stringMatching(/eins\.md$/), reason: 'Entwurf (draft: true)' }]);
		// However the key is spelt: quoted, or with an escape in a quoted key (the draft is told without parsing every file).
		for (const key of ['"draft"', "'draft'", '"dr\\x61ft"', '"\\u0064raft"']) {
			writeFileSync(join(dir, 'articles/eins.md'), article('Eins', '2025-01-01', ['erika-muster']).replace('---\n', `---\n${key}: true\n`));
			const spelt = await loadContent({ ...options(dir), reuse: reuse('v1') });
			expect(spelt.articles, key).toEqual([]);
			expect(spelt.heldBack, key).toEqual([{ file: expect.stringMatching(/eins\.md$/), reason: 'Entwurf (draft: true)' }]);
		}
	});
});

describe('the loader keeps one instance of each text a new model repeats', () => {
	it('passes every model it builds through internStrings, and none it takes from the last build', async () => {
		const story = (name: string) =>
			[
				'---',
				`title: "Artikel ${name}"`,
				'description: "Vorspann."',
				'source:',
				'  statement: "Quelle."',
				'published: 2026-11-25T09:29+01:00',
				'---',
				'',
				'## Abschnitt',
				'',
				'Ein Satz, der im Modell mehrfach steht.',
				'',
			].join('\n');
		const dir = folder({ 'articles/eins.md': story('eins'), 'articles/zwei.md': story('zwei'), participants: null });
		interned.length = 0;
		const first = await loadContent({ ...contentOptions(dir, dir), workers: undefined, reuse: { version: 'v', get: () => undefined } });
		expect(interned.map((model) => (model as ArticleModel).slug).sort()).toEqual(['eins', 'zwei']);
		expect(interned).toEqual(expect.arrayContaining(first.articles.map((article) => expect.objectContaining({ slug: article.slug }))));

		interned.length = 0;
		const kept = first.articles.find((article) => article.slug === 'eins')!;
		await loadContent({
			...contentOptions(dir, dir),
			workers: undefined,
			reuse: { version: 'v', get: (slug, key) => (slug === 'eins' && key === first.inputKeys.get('eins') ? kept : undefined) },
		});
		expect(interned.map((model) => (model as ArticleModel).slug)).toEqual(['zwei']);
	});
});
