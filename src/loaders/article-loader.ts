import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { findInvalidDates } from '../lib/frontmatter-dates.ts';
import { RESERVED_SLUGS, isSlug, slugify } from '../lib/slug.ts';

/**
 * The glob loader for article Markdown, made strict: an entry's id is the
 * ASCII slug of its file name, an impossible date in the front matter is
 * refused, and an article whose Markdown fails the content rules stops the
 * build (the glob loader alone only logs it).
 */
export function articleLoader(options: { base: string }): Loader {
	const inner = glob({
		pattern: '**/*.md',
		base: options.base,
		generateId: ({ entry }) => slugify(basename(entry, extname(entry))),
	});
	return {
		name: 'lagebild-articles',
		load: async (context: LoaderContext) => {
			await inner.load(context);
			for (const entry of context.store.values()) {
				const file = entry.filePath ?? entry.id;
				if (!isSlug(entry.id) || RESERVED_SLUGS.has(entry.id)) {
					throw new Error(`${file}: Der Dateiname ergibt den Artikel-Slug „${entry.id}“, der als Adresse nicht taugt oder für eine Seite der Website reserviert ist.`);
				}
				const source = await readFile(new URL(file, context.config.root), 'utf8');
				const [badDate] = findInvalidDates(source);
				if (badDate) {
					throw new Error(`${file}:${badDate.line}: ${badDate.field}: „${badDate.value}“ ist kein gültiges Datum (JJJJ-MM-TT).`);
				}
				if (!entry.rendered) await surfaceRenderError(context, file, entry.body ?? '', lineOffset(source, entry.body ?? ''));
			}
		},
	};
}

/** Lines before the body (the front matter): Markdown positions count from the body, editors from the file. */
function lineOffset(source: string, body: string): number {
	const at = body ? source.indexOf(body) : -1;
	return at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
}

async function surfaceRenderError(context: LoaderContext, file: string, body: string, offset: number): Promise<never> {
	try {
		await context.renderMarkdown(body, { fileURL: new URL(file, context.config.root) });
	} catch (error) {
		const reason = (error instanceof Error ? error.message : String(error)).replace(
			/(\.md):(\d+):(\d+)/g,
			(_match, extension: string, line: string, column: string) => `${extension}:${Number(line) + offset}:${column}`,
		);
		throw new Error(`${file}: ${reason}`);
	}
	throw new Error(`${file}: Der Artikel konnte nicht gerendert werden.`);
}
