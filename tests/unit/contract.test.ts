import { describe, expect, it } from 'vitest';
import { definitionId, ids, reservedIdPrefix, searchFilters, searchMeta, searchParams, urlParams } from '../../src/lib/contract.ts';

/** The names the build writes and the browser reads (src/lib/contract.ts; the search index's names come from src/lib/search/names.ts through it). */
describe('names the build and the browser share', () => {
	it('reads the query from `?q=` and the words to mark from `?hervorheben=`', () => {
		// README: „/suche/?q=…“; src/lib/search/highlight-terms.ts: „?hervorheben=…“.
		expect(urlParams).toEqual({ query: 'q', highlight: 'hervorheben' });
		// Read by the search code alone, so kept out of the script every page runs.
		expect(searchParams).toEqual({ exact: 'genau' });
	});

	it('uses German names for the search filters and metadata', () => {
		expect(searchFilters).toEqual({ article: 'artikel', person: 'person', month: 'monat' });
		expect(searchMeta).toEqual({ terms: 'suchbegriffe', sectionPeople: 'abschnittspersonen' });
	});

	it('gives a definition an id per section and term, joined by „--“, under the reserved prefix', () => {
		expect(definitionId('die-wahl', 'kreml')).toBe('lb-def-die-wahl--kreml');
		expect(definitionId('die-wahl', 'kreml').startsWith(reservedIdPrefix)).toBe(true);
		expect(reservedIdPrefix).toBe('lb-');
	});
});

describe('ids the page layout uses', () => {
	it('are distinct and non-empty, and all but the skip link’s target carry the reserved prefix', () => {
		const values = Object.values(ids);
		expect(new Set(values).size).toBe(values.length);
		expect(ids.main).toBe('main');
		for (const [name, id] of Object.entries(ids))
			if (name !== 'main') expect(id.startsWith(reservedIdPrefix) && id.length > reservedIdPrefix.length).toBe(true);
	});
});
