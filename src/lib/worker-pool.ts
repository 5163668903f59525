/**
 * A small pool of worker threads for the build's CPU-bound work (article
 * models, preview images): one worker per core by default, started on the
 * first job, never keeping the process alive. Where a worker cannot start or
 * dies, its jobs and every later one run on the calling thread instead, so
 * the result never depends on whether workers run.
 *
 * A worker file answers `{ id, input }` with `{ id, output }` or
 * `{ id, error }` (see `serveJobs`); the error is whatever plain data the
 * worker sends, and `revive` turns it back into the Error to throw.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parentPort, Worker, type Transferable } from 'node:worker_threads';

export interface Pool<In, Out> {
	run(input: In): Promise<Out>;
	/** Stops the workers; jobs still waiting for one are rejected (later jobs start new workers). */
	close(): Promise<void>;
	/** How many jobs ran on the calling thread (no worker could take them). */
	readonly ranHere: number;
}

export interface PoolOptions<In, Out, Failure> {
	/** Candidate paths of the worker file: the first that exists is used; none: every job runs here. */
	files: readonly string[];
	/** The same job on the calling thread. */
	here: (input: In) => Promise<Out>;
	/** An error the worker sent, as the Error to throw. */
	revive: (failure: Failure) => Error;
	/** Data every worker gets once (`workerData`). */
	workerData?: unknown;
	size?: number;
}

interface Job<In, Out> {
	input: In;
	resolve(output: Out): void;
	reject(error: Error): void;
}

export function createPool<In, Out, Failure = { message: string }>(options: PoolOptions<In, Out, Failure>): Pool<In, Out> {
	type Slot = { worker: Worker; jobs: Map<number, Job<In, Out>> };
	let workers: Slot[] | undefined;
	let broken = false;
	let next = 0;
	let ranHere = 0;

	const runHere = (job: Job<In, Out>) => {
		ranHere += 1;
		return options.here(job.input).then(job.resolve, job.reject);
	};

	/** A worker that failed, died or ended: its jobs, and all later ones, run here. */
	const lose = (slot: Slot) => {
		// Workers of a closed pool (or never handed out) end as they should.
		if (!workers?.includes(slot)) return;
		broken = true;
		workers = workers.filter((other) => other !== slot);
		const orphans = [...slot.jobs.values()];
		slot.jobs.clear();
		for (const job of orphans) void runHere(job);
	};

	const start = (): Slot[] | undefined => {
		const file = options.files.find((candidate) => existsSync(candidate));
		if (!file) {
			broken = true;
			return undefined;
		}
		const started: Slot[] = [];
		try {
			for (let index = 0; index < Math.max(1, options.size ?? availableParallelism()); index += 1) {
				const worker = new Worker(file, { workerData: options.workerData });
				const slot: Slot = { worker, jobs: new Map() };
				started.push(slot);
				worker.on('message', (message: { id: number; output?: Out; error?: Failure }) => {
					const job = slot.jobs.get(message.id);
					slot.jobs.delete(message.id);
					if (slot.jobs.size === 0) worker.unref();
					if (!job) return;
					if (message.error !== undefined) job.reject(options.revive(message.error));
					else job.resolve(message.output as Out);
				});
				worker.on('error', () => lose(slot));
				worker.on('messageerror', () => lose(slot));
				worker.on('exit', () => lose(slot));
				// A worker keeps the process alive while it has jobs, never when idle (after the listeners: adding one refs it again).
				worker.unref();
			}
			return started;
		} catch {
			// A worker that cannot even be created (say, data it cannot take): none run.
			broken = true;
			for (const { worker } of started) void worker.terminate();
			return undefined;
		}
	};

	return {
		run(input) {
			return new Promise<Out>((resolve, reject) => {
				const job = { input, resolve, reject };
				if (!broken) workers ??= start();
				// Once a worker is lost (or none could start), every job runs here.
				if (broken || !workers) return void runHere(job);
				// The least busy worker takes the job.
				const slot = workers.reduce((best, candidate) => (candidate.jobs.size < best.jobs.size ? candidate : best));
				const id = next++;
				slot.jobs.set(id, job);
				slot.worker.ref();
				slot.worker.postMessage({ id, input });
			});
		},
		async close() {
			const running = workers ?? [];
			workers = undefined;
			for (const slot of running) {
				for (const job of slot.jobs.values()) job.reject(new Error('Die Worker-Threads wurden beendet, bevor diese Aufgabe fertig war.'));
				slot.jobs.clear();
			}
			await Promise.all(running.map(({ worker }) => worker.terminate()));
		},
		get ranHere() {
			return ranHere;
		},
	};
}

/**
 * The worker's side: answers every job with `work(input)`. `transfer` names
 * buffers to move rather than copy; `failure` turns a thrown error into the
 * plain data the pool's `revive` expects.
 */
export function serveJobs<In, Out, Failure>(
	work: (input: In) => Promise<Out>,
	failure: (error: unknown) => Failure,
	transfer: (output: Out) => Transferable[] = () => [],
): void {
	const waiting: Array<{ id: number; input: In }> = [];
	let serving = false;
	const serve = async () => {
		serving = true;
		for (let job = waiting.shift(); job; job = waiting.shift()) {
			try {
				const output = await work(job.input);
				parentPort!.postMessage({ id: job.id, output }, transfer(output));
			} catch (error) {
				parentPort!.postMessage({ id: job.id, error: failure(error) });
			}
			// A turn of the event loop between jobs: native libraries' memory (resvg's pixel buffers) is
			// released by finalisers that run there. Without it, a worker with a queue of jobs held 1.6 GiB
			// after 400 preview images instead of 0.4 GiB.
			await new Promise((resolve) => setImmediate(resolve));
		}
		serving = false;
	};
	// One job after the other, in the order sent.
	parentPort?.on('message', (job: { id: number; input: In }) => {
		waiting.push(job);
		if (!serving) void serve();
	});
}
