import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/errors.ts';
import { loadContent, PARALLEL_FROM, type LoadOptions } from '../../src/lib/content/load.ts';
import { contentFailure, contentOptions, reviveFailure } from '../../src/loaders/content-options.ts';
import { contentArticle as article, contentFolder as folder, contentPerson as person } from '../helpers/content-folder.ts';

/**
 * A large load on worker threads (src/lib/worker-pool.ts through the site's
 * options): the models and messages the workers send back are the ones the
 * calling thread makes. Not part of the mutation run (vitest.stryker.config.ts):
 * a worker runs the code as written, so comparing it with the calling thread
 * would count every change the mutation run makes to a model as caught.
 */
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
