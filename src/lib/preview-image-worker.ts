/**
 * A worker thread that draws preview images (src/lib/preview-image.ts): satori's
 * layout, resvg's rasterising and the PNG encoding, all of which would
 * otherwise hold the build's main thread (the encoding alone ~14 ms an
 * image). Started by preview-image.ts's pool, one per core, each at the lowest
 * priority; Node runs this file as it is (TypeScript without types).
 */
import { setPriority } from 'node:os';
import { drawPngHere, type PreviewTree } from './preview-image.ts';
import { serveJobs } from './worker-pool.ts';

// The images are drawn on every core while Astro renders the pages on its one thread, which they must not slow: on
// Linux a thread has its own priority, and this one takes the lowest (elsewhere the call would lower the whole build).
// A thread started from here would inherit it; libuv's file threads are started by the build's first file access,
// long before the first image.
if (process.platform === 'linux') {
	try {
		setPriority(19);
	} catch {
		// Not allowed here: the images are drawn at the build's priority.
	}
}

serveJobs<PreviewTree, Uint8Array<ArrayBuffer>, { message: string }>(
	drawPngHere,
	(error) => ({ message: error instanceof Error ? error.message : String(error) }),
	(png) => [png.buffer],
);
