/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export interface PngHeader {
	width: number;
	height: number;
}

/**
 * Reads width and height from a PNG's IHDR chunk, which must come first:
 * signature (8 bytes), chunk length (4, = 13), chunk type "IHDR" (4), width (4), height (4).
 * Throws if the bytes are not a PNG.
 */
export function readPngHeader(bytes: Uint8Array): PngHeader {
	if (bytes.length < 24) throw new Error(`Kein PNG: nur ${bytes.length} Bytes.`);
	PNG_SIGNATURE.forEach((byte, index) => {
		if (bytes[index] !== byte) throw new Error('Kein PNG: Signatur stimmt nicht.');
	});
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const length = view.getUint32(8);
	const type = String.fromCharCode(...bytes.subarray(12, 16));
	if (type !== 'IHDR' || length !== 13) throw new Error(`Kein PNG: erster Block ist ${type} (${length} Bytes), nicht IHDR.`);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
