/**
 * One instance for each text a model repeats. An article's model holds the
 * same sentence several times (its block, its section's summary, the
 * sentences that name a person, a quote, the simple version), each computed
 * on its own, so each a string of its own in memory; the HTML of a section
 * twice. The content layer keeps every model for the whole build (at 10,000
 * stories, about a gigabyte of such repeats). Equal texts are equal values:
 * sharing one instance changes nothing a reader of the model can see.
 */

/** Replaces, in place, every string in `value`'s plain objects and arrays by the first equal one met; returns `value`. */
export function internStrings<T>(value: T): T {
	const seen = new Map<string, string>();
	const visit = (node: unknown): unknown => {
		if (typeof node === 'string') {
			const first = seen.get(node);
			if (first !== undefined) return first;
			seen.set(node, node);
			return node;
		}
		if (Array.isArray(node)) {
			for (let index = 0; index < node.length; index += 1) node[index] = visit(node[index]);
		} else if (node !== null && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
			const record = node as Record<string, unknown>;
			for (const key of Object.keys(record)) record[key] = visit(record[key]);
		}
		return node;
	};
	return visit(value) as T;
}

/**
 * A copy of `text` that does not keep a larger string alive: V8 keeps a matched or sliced substring as a
 * slice of the string it came from, so a short piece kept for long (in a cache, in a list for the build's
 * end) would hold its whole page.
 */
export function detached(text: string): string {
	return Buffer.from(text, 'utf8').toString('utf8');
}
