import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { projectRoot, testContentDir } from '../helpers/paths.ts';

/**
 * The content loaders (src/loaders/content-loader.ts) against stand-ins for
 * Astro's loader contexts: the article models a build reuses come from the
 * article collection's store, whichever of the two loaders Astro starts first.
 */

type Entry = { id: string; data: Record<string, unknown>; digest?: string | number };

/** As Astro's store does: an entry set again with the same digest is left as it is (`false`), and does not count as a change. */
function context(entries: Map<string, Entry>, messages: string[], changed: string[] = []): LoaderContext {
	return {
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: Entry) => {
				if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
				entries.set(entry.id, entry);
				changed.push(`set ${entry.id}`);
				return true;
			},
			keys: () => entries.keys(),
			delete: (id: string) => (entries.delete(id), changed.push(`delete ${id}`)),
			clear: () => (entries.clear(), changed.push('clear')),
		},
		logger: { info: (message: string) => messages.push(message), warn: () => {}, error: () => {}, debug: () => {} },
		config: { root: new URL(`file://${projectRoot}`) },
		generateDigest: (data: unknown) => JSON.stringify(data).length.toString(),
	} as unknown as LoaderContext;
}

const loaders = () => import('../../src/loaders/content-loader.ts');

describe('content loaders', () => {
	it('reuse the last build’s models even when the people’s loader starts well before the articles’', async () => {
		// A first build: nothing to reuse.
		const first = await loaders();
		const articles = new Map<string, Entry>();
		const firstLog: string[] = [];
		await Promise.all([
			first.articleLoader(testContentDir).load(context(articles, firstLog)),
			first.personLoader(testContentDir).load(context(new Map(), [])),
		]);
		// The test content: three stories published, a draft (left out unread) and one scheduled for 2099 (built, held back).
		expect([...articles.keys()].sort()).toEqual(['gipfeltreffen', 'kanzlerwahl', 'kurzmeldung']);
		const heldBack = [
			'Zurückgehalten: tests/fixtures/site/articles/entwurf.md (Entwurf (draft: true))',
			'Zurückgehalten: tests/fixtures/site/articles/geplant.md (geplant für 1. Januar 2099, 08:00 Uhr)',
		];
		expect(firstLog).toEqual(['0 Artikel aus dem letzten Bau übernommen, 4 neu gebaut', ...heldBack]);

		// The next build, in a new process (fresh modules), with the articles' store as the first build left it;
		// the people's loader asks for the content first, the articles' loader only 50 ms later.
		vi.resetModules();
		const next = await loaders();
		const nextLog: string[] = [];
		const people = new Map<string, Entry>();
		const peopleLoad = next.personLoader(testContentDir).load(context(people, []));
		await new Promise((resolve) => setTimeout(resolve, 50));
		// The store as the first build left it, and an entry of a story deleted since.
		const kept = new Map([...articles, ['geloescht', { id: 'geloescht', data: {}, digest: 'alt' }]]);
		const changes: string[] = [];
		await next.articleLoader(testContentDir).load(context(kept, nextLog, changes));
		await peopleLoad;
		// The store keeps only what was published: the scheduled story is built again until its time.
		expect(nextLog).toEqual(['3 Artikel aus dem letzten Bau übernommen, 1 neu gebaut', ...heldBack]);
		expect(people.size).toBeGreaterThan(10);
		// Nothing changed but the deleted story: its entry goes, the others stay as they were (a store without changes is not written again).
		expect(changes).toEqual(['delete geloescht']);
		expect([...kept.keys()].sort()).toEqual(['gipfeltreffen', 'kanzlerwahl', 'kurzmeldung']);
	}, 60_000);
});
