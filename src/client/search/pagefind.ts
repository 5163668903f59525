/** The part of Pagefind's browser API the site uses. */
export interface PagefindResultData {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	sub_results?: Array<{ title: string; url: string; locations?: number[] }>;
	/** Headings with an id in the indexed text, with their word positions. */
	anchors?: Array<{ element: string; id: string; text: string; location: number }>;
}

export interface PagefindSearch {
	/** Best first. A result that matched in a field weighed 0 alone (a glossary definition) scores 0. */
	results: Array<{ id: string; score: number; data(): Promise<PagefindResultData> }>;
}

/** Values by filter name, or Pagefind's `not`, `any`, `all` and `none` over such filters. */
export interface PagefindFilters {
	[name: string]: string | string[] | PagefindFilters | PagefindFilters[];
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	/** Starts Pagefind's worker, which loads the index's metadata and the WebAssembly (not awaited inside). */
	init(): Promise<void>;
	search(query: string, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
	/** Loads the index chunks a search for `query` needs, without searching. */
	preload(query: string, options?: { filters?: PagefindFilters }): Promise<void>;
}

let loaded: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind from the built site, once, and starts it: the controller
 * calls this when the reader focuses a search field, so the metadata and the
 * WebAssembly load while the first word is typed, not after it.
 */
export function loadPagefind(): Promise<Pagefind> {
	loaded ??= (async () => {
		const url = '/pagefind/pagefind.js';
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ excerptLength: 30 });
		await pagefind.init();
		return pagefind;
	})();
	return loaded;
}
