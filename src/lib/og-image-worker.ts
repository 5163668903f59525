/**
 * A worker thread that draws preview images (src/lib/og-image.ts): satori's
 * layout, resvg's rasterising and the PNG encoding, all of which would
 * otherwise hold the build's main thread (the encoding alone ~14 ms an
 * image). Started by og-image.ts, one per core; Node runs this file as it
 * is (TypeScript without types).
 */
import { parentPort } from 'node:worker_threads';
import { drawPngHere, type Drawing } from './og-image.ts';

parentPort?.on('message', async ({ id, drawing }: { id: number; drawing: Drawing }) => {
	try {
		const png = await drawPngHere(drawing);
		parentPort!.postMessage({ id, png }, [png.buffer]);
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
