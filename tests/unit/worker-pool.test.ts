import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createPool } from '../../src/lib/worker-pool.ts';

/**
 * The build's worker threads (src/lib/worker-pool.ts): jobs run on the
 * workers, their errors come back as the caller's errors, and where no
 * worker can run the same jobs run on the calling thread.
 */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/workers/${name}`, import.meta.url));
const pools: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
	await Promise.all(pools.map((pool) => pool.close()));
});

function pool(files: string[], size = 2) {
	const created = createPool<number, { value: number; thread: number }, { message: string }>({
		files,
		here: async (value) => {
			if (value < 0) throw new Error(`hier negativ: ${value}`);
			return { value: value * 2, thread: threadId };
		},
		revive: ({ message }) => new Error(`Worker: ${message}`),
		size,
	});
	pools.push(created);
	return created;
}

describe('a pool of worker threads', () => {
	it('runs the jobs on its workers, spread over all of them, each answer to its own job', async () => {
		const workers = pool([fixture('double.ts')], 2);
		const results = await Promise.all(Array.from({ length: 40 }, (_, index) => workers.run(index)));
		expect(results.map((result) => result.value)).toEqual(Array.from({ length: 40 }, (_, index) => index * 2));
		const threads = new Set(results.map((result) => result.thread));
		expect(threads.size).toBe(2);
		expect(threads.has(threadId)).toBe(false);
		expect(workers.ranHere).toBe(0);
	});

	it('has a worker serve its jobs one after the other, in the order sent', async () => {
		const sequential = createPool<number, { value: number; alongside: number }, { message: string }>({
			files: [fixture('one-by-one.ts')],
			here: async () => {
				throw new Error('nicht hier');
			},
			revive: ({ message }) => new Error(message),
			size: 1,
		});
		pools.push(sequential);
		const finished: number[] = [];
		const results = await Promise.all(
			[40, 0, 20, 0].map((wait) => sequential.run(wait).then((result) => (finished.push(result.value), result))),
		);
		expect(results.map((result) => result.alongside)).toEqual([0, 0, 0, 0]);
		expect(finished).toEqual([40, 0, 20, 0]);
	});

	it('turns an error thrown in a worker into the caller’s error, and goes on with the next jobs', async () => {
		const workers = pool([fixture('double.ts')], 1);
		await expect(workers.run(-3)).rejects.toThrow('Worker: negativ: -3');
		await expect(workers.run(4)).resolves.toMatchObject({ value: 8 });
	});

	it('takes the first worker file that exists', async () => {
		const workers = pool(['/gibt/es/nicht.ts', fixture('double.ts')], 1);
		const result = await workers.run(5);
		expect(result.value).toBe(10);
		expect(result.thread).not.toBe(threadId);
	});

	it('runs every job on the calling thread when no worker file exists', async () => {
		const workers = pool(['/gibt/es/nicht.ts']);
		const results = await Promise.all([1, 2, 3].map((value) => workers.run(value)));
		expect(results).toEqual([1, 2, 3].map((value) => ({ value: value * 2, thread: threadId })));
		await expect(workers.run(-1)).rejects.toThrow('hier negativ: -1');
		expect(workers.ranHere).toBe(4);
	});

	it('runs the jobs of a worker that cannot start on the calling thread, and every later job too', async () => {
		const workers = pool([fixture('broken.ts')], 2);
		const results = await Promise.all([1, 2, 3, 4].map((value) => workers.run(value)));
		expect(results).toEqual([1, 2, 3, 4].map((value) => ({ value: value * 2, thread: threadId })));
		await expect(workers.run(6)).resolves.toEqual({ value: 12, thread: threadId });
	});

	it('runs the jobs of a worker that ends without an error on the calling thread', async () => {
		const workers = pool([fixture('double.ts')], 1);
		const results = await Promise.all([1000, 7].map((value) => workers.run(value)));
		// 1000 ends the worker's thread: it and the job behind it are done here instead.
		expect(results).toEqual([
			{ value: 2000, thread: threadId },
			{ value: 14, thread: threadId },
		]);
		expect(workers.ranHere).toBe(2);
	});

	it('rejects the jobs still waiting when the pool is closed, and starts new workers after', async () => {
		const workers = pool([fixture('double.ts')], 1);
		// The outcome is caught at once: close() rejects the job before this test could await it.
		const waiting = workers.run(500).then(
			() => undefined,
			(error: unknown) => error,
		);
		await workers.close();
		expect(await waiting).toEqual(new Error('Die Worker-Threads wurden beendet, bevor diese Aufgabe fertig war.'));
		const again = await workers.run(3);
		expect(again.value).toBe(6);
		expect(again.thread).not.toBe(threadId);
		expect(workers.ranHere).toBe(0);
	});

	it('does not keep a process alive once its jobs are done', () => {
		// Without ending, the child would run into the timeout and be killed (a signal, no status).
		const child = spawnSync(process.execPath, [fixture('exits.ts')], { encoding: 'utf8', timeout: 60_000 });
		expect(child.signal).toBeNull();
		expect(child.status).toBe(0);
		expect(child.stdout.trim()).toBe('2,4,6');
	});
});
