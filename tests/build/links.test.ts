import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, siteOrigin } from '../helpers/dist.ts';
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';

/** Every internal link and `#anchor` on every page leads somewhere real. */
describe('internal links', () => {
	const origin = siteOrigin();
	const idsCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = idsCache.get(file);
		if (!ids) {
			const $ = load(readFileSync(file, 'utf8'));
			ids = new Set(
				$('[id]')
					.map((_index, element) => $(element).attr('id')!)
					.get(),
			);
			idsCache.set(file, ids);
		}
		return ids;
	};

	it('are checked on every page of the test site (61), including other article shapes and the depth pages', () => {
		const paths = builtPages().map((built) => built.path);
		expect(paths).toHaveLength(61);
		expect(paths).toEqual(
			expect.arrayContaining([
				'/kanzlerwahl/',
				'/kanzlerwahl/zwei-wahlgaenge-an-einem-tag/',
				'/kurzmeldung/',
				'/kurzmeldung/was-eine-kurzmeldung-ist/',
				'/personen/julia-kloeckner/',
			]),
		);
	});

	for (const current of builtPages()) {
		it(`resolve on ${current.path}`, () => {
			const { $ } = current;
			const targets = $('a[href], link[href], img[src], script[src], form[action]')
				.map((_index, element) => $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('action')!)
				.get();
			expect(targets.length).toBeGreaterThan(0);
			for (const target of targets) {
				const url = new URL(target, `${origin}${current.path}`);
				if (url.origin !== origin) continue;
				const file = fileForPath(url.pathname);
				expect(file, `${current.path}: ${target} führt ins Leere`).toBeDefined();
				if (url.hash && file!.endsWith('.html')) {
					const id = decodeURIComponent(url.hash.slice(1));
					expect(idsOf(file!).has(id), `${current.path}: ${target}: kein Element mit id="${id}"`).toBe(true);
				}
			}
		});
	}
});
