import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ContentError } from '../../src/lib/content/errors.ts';
import { loadContent, PARALLEL_FROM, type LoadOptions } from '../../src/lib/content/load.ts';
import type { ArticleModel } from '../../src/lib/content/model.ts';
import { contentFailure, contentOptions, reviveFailure } from '../../src/loaders/content-options.ts';

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
const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A folder with these files (path below the folder → content); `null` makes a directory. */
function folder(files: Record<string, string | null>): string {
	const dir = mkdtempSync(join(tmpdir(), 'lagebild-load-'));
	folders.push(dir);
	for (const [path, content] of Object.entries(files)) {
		if (content === null) mkdirSync(join(dir, path), { recursive: true });
		else {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), content);
		}
	}
	return dir;
}

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

const article = (title: string, event?: string, participants: string[] = []) =>
	[
		'---',
		`title: "${title}"`,
		'description: "Vorspann."',
		'source:',
		'  statement: "Quelle."',
		...(event ? ['event:', `  date: ${event}`, '  place: Berlin'] : []),
		...(participants.length ? ['participants:', ...participants.map((id) => `  - id: ${id}`)] : []),
		'published: 2026-11-25T09:29+01:00',
		'---',
		'',
		'## Eins',
		'',
		'Erika Muster und Max Muster sprechen.',
		'',
	].join('\n');

const person = (name: string, extra = '') => `name: ${name}\nrole: Testperson\norganisation: Testland\n${extra}`;

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
	});
});

describe('a large load on worker threads (issue 13)', () => {
	const many = (count: number, broken?: number) =>
		folder({
			...Object.fromEntries(
				Array.from({ length: count }, (_, index) => {
					const day = String(1 + (index % 28)).padStart(2, '0');
					const date = index === broken ? '2025-02-30' : `2025-03-${day}`;
					return [
						`articles/artikel-${String(index).padStart(3, '0')}.md`,
						article(`Artikel ${index}`, date, index % 2 ? ['erika-muster'] : ['erika-muster', 'max-muster']),
					];
				}),
			),
			'participants/erika-muster.yaml': person('Erika Muster', 'aliases: [Muster]\n'),
			'participants/max-muster.yaml': person('Max Muster'),
		});

	/** The site's options (word list, labels, workers), with the pool's jobs counted. */
	function counted(dir: string) {
		const site = contentOptions(dir, dir);
		const jobs = { started: 0, here: 0 };
		const workers: LoadOptions['workers'] = (people, count) => {
			const pool = site.workers!(people, count);
			return {
				run: (job) => ((jobs.started += 1), pool.run(job)),
				close: () => ((jobs.here = pool.ranHere), pool.close()),
				get ranHere() {
					return pool.ranHere;
				},
			};
		};
		return { options: { ...site, workers }, jobs };
	}

	it(`builds ${PARALLEL_FROM} or more articles on workers, into the same models the calling thread builds`, async () => {
		const dir = many(PARALLEL_FROM + 6);
		const { options: withWorkers, jobs } = counted(dir);
		const parallel = await loadContent(withWorkers);
		expect(jobs.started).toBe(PARALLEL_FROM + 6);
		// Every one of them on a worker thread: none fell back to this one.
		expect(jobs.here).toBe(0);
		const here = await loadContent({ ...withWorkers, workers: undefined });
		expect(parallel.articles).toHaveLength(PARALLEL_FROM + 6);
		expect(parallel).toEqual(here);
		expect(parallel.people.find((item) => item.id === 'max-muster')!.appearances).toHaveLength((PARALLEL_FROM + 6) / 2);
	});

	it('builds a few articles here, without starting workers', async () => {
		const { options: withWorkers, jobs } = counted(many(3));
		expect((await loadContent(withWorkers)).articles).toHaveLength(3);
		expect(jobs.started).toBe(0);
	});

	it('reports a mistake found on a worker as the editor’s message: file, line, field', async () => {
		const dir = many(PARALLEL_FROM + 1, 7);
		const { options: withWorkers, jobs } = counted(dir);
		const error = await loadContent(withWorkers).then(
			() => undefined,
			(caught: unknown) => caught,
		);
		expect(jobs.started).toBe(PARALLEL_FROM + 1);
		expect(jobs.here).toBe(0);
		expect(error).toBeInstanceOf(ContentError);
		const here = await loadContent({ ...withWorkers, workers: undefined }).catch((caught: Error) => caught);
		expect((error as ContentError).message).toBe((here as Error).message);
		expect(error).toMatchObject({ file: join('articles', 'artikel-007.md'), line: 7, field: 'event.date' });
	});

	it('reports the first broken file in file order, whichever worker answers first', async () => {
		const dir = many(PARALLEL_FROM + 4, 20);
		// artikel-001 fails late (its key point quotes words the text lacks, found after rendering a long text),
		// artikel-020 early (its date): answered first, 020's error would win without the file order.
		const long = article('Eins', '2025-03-01').replace(
			'description: "Vorspann."',
			`description: "Vorspann."\nkeyPoints:\n${'  - text: "Punkt."\n    quote: "steht nicht hier"\n'.repeat(3).trimEnd()}`,
		);
		writeFileSync(
			join(dir, 'articles', 'artikel-001.md'),
			`${long}${'\nErika Muster und Max Muster sprechen über einen langen Absatz mit vielen Wörtern.\n'.repeat(3000)}`,
		);
		const { options: withWorkers } = counted(dir);
		for (let run = 0; run < 3; run += 1) {
			const error = (await loadContent(withWorkers).catch((caught: Error) => caught)) as ContentError;
			expect(error.file).toBe(join('articles', 'artikel-001.md'));
			expect(error.field).toBe('keyPoints[0].quote');
		}
		const here = (await loadContent({ ...withWorkers, workers: undefined }).catch((caught: Error) => caught)) as ContentError;
		expect(here.file).toBe(join('articles', 'artikel-001.md'));
		// Four loads of 28 articles, one of 3,000 paragraphs, on worker threads: slow on a busy machine.
	}, 120_000);

	it('brings any other error back from a worker with its name, message and stack', () => {
		const original = new TypeError('x ist kein Text');
		const revived = reviveFailure(structuredClone(contentFailure(original)));
		expect([revived.name, revived.message, revived.stack]).toEqual(['TypeError', 'x ist kein Text', original.stack]);
		const content = reviveFailure(structuredClone(contentFailure(new ContentError('a.md', 3, 'title', 'Fehlt.'))));
		expect(content).toBeInstanceOf(ContentError);
		expect(content.message).toBe('a.md:3: title: Fehlt.');
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
