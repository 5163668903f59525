/**
 * A worker thread that draws preview images (src/lib/preview-image.ts): satori's
 * layout, resvg's rasterising and the PNG encoding, all of which would
 * otherwise hold the build's main thread (the encoding alone ~14 ms an
 * image). Started by preview-image.ts's pool, one per core; Node runs this file
 * as it is (TypeScript without types).
 */
import { drawPngHere, type PreviewTree } from './preview-image.ts';
import { serveJobs } from './worker-pool.ts';

serveJobs<PreviewTree, Uint8Array<ArrayBuffer>, { message: string }>(
	drawPngHere,
	(error) => ({ message: error instanceof Error ? error.message : String(error) }),
	(png) => [png.buffer],
);
