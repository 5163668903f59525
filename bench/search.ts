import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { phoneContext } from './chromium.ts';
import { serveCounting, type CountingServer, type ServedResponse } from './serve.ts';
import { searchPauseMs, searchResultCount, searchTiming } from '../src/lib/search/names.ts';
import { gzipSize, heading, kib, median, ms, note, table } from './util.ts';

export const searchQueries: readonly string[] = [
	'Selenskyj',
	'Zelensky',
	'Sicherheitsgarantien',
	'Garantie',
	'Truppen',
	'Kanzler',
	'Kreml',
	'Uschakow',
	'Ushakov',
	'Truth Social',
	'Macron',
	'Brief',
	'Melania',
	'bilaterales Treffen',
	'Rutte',
	'Moskau',
	'Optimismus',
	'Wahlversprechen',
	'Februar',
	'Anzug',
];

const PAGEFIND = '/pagefind/pagefind.js';
/** As many results' data as the header's panel shows (the site's own search shows as many). */
const RESULTS_SHOWN = searchResultCount.panel;

export interface QueryFigures {
	query: string;
	/** How many stories matched. */
	hits: number;
	/** Until the results are in the DOM and laid out. */
	ms: number;
	/** Until the next frame after that. */
	frameMs: number;
	/** The site's own search only: from the last keystroke until the results were laid out (its pause included). */
	sinceKeyMs?: number;
	bytes: number;
	requests: number;
	responses: ServedResponse[];
}

interface InPage {
	ms: number;
	frameMs: number;
	hits: number;
}

/**
 * One query as a search box would run it, measured inside the page:
 * from the keystroke (the query is complete) through Pagefind's search and
 * the data of the first results (as many as the header's panel shows) to
 * the next frame after they are in the DOM. The first call also loads
 * Pagefind (script, worker, WASM, index).
 */
function queryInPage(args: { query: string; module: string; shown: number }): Promise<InPage> {
	return (async () => {
		const started = performance.now();
		const scope = globalThis as unknown as {
			benchPagefind?: {
				search(query: string): Promise<{ results: Array<{ data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }> }>;
			};
		};
		if (!scope.benchPagefind) {
			const specifier: string = args.module;
			scope.benchPagefind = await import(specifier);
		}
		const search = await scope.benchPagefind!.search(args.query);
		const results = await Promise.all(search.results.slice(0, args.shown).map((result) => result.data()));
		let list = document.getElementById('bench-search-results');
		if (!list) {
			list = document.createElement('ol');
			list.id = 'bench-search-results';
			document.body.prepend(list);
		}
		list.innerHTML = results
			.map((result) => `<li><a href="${result.url}">${result.meta.title ?? result.url}</a><p>${result.excerpt}</p></li>`)
			.join('');
		void list.offsetHeight; // forces style and layout of the new results
		const laidOut = performance.now() - started;
		await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		return { ms: laidOut, frameMs: performance.now() - started, hits: search.results.length };
	})();
}

interface OwnSearch extends InPage {
	sinceKeyMs: number;
}

/** How long the bench waits for the site's own search to show its results before it gives up. */
const OWN_SEARCH_TIMEOUT_MS = 60_000;

/**
 * The site's own search of `query`, as a reader meets it, measured inside the page (set up before the
 * first keystroke): from the moment the site starts searching (its mark `started`, after the pause
 * that tells it the reader stopped typing) through Pagefind's search, the data of the results it lists
 * and its own work on them (the best section, the excerpt, the term card) until they are in the DOM and
 * laid out, and to the next frame after that, as for a query of the bench (`queryInPage`). The search
 * measured is the last that started for the whole word; `hits` is how many stories its count names.
 */
function ownSearchInPage(args: { query: string; marks: { started: string; shown: string }; timeoutMs: number }): Promise<OwnSearch> {
	return new Promise((resolve, reject) => {
		const list = document.querySelector<HTMLElement>('site-search [data-search-results]');
		const count = document.querySelector('site-search [data-search-count]');
		if (!list || !count) {
			reject(new Error('Suche: Die Seite hat keine Trefferliste.'));
			return;
		}
		let lastKey = 0;
		document.addEventListener('input', () => (lastKey = performance.now()), true);
		// Each change of the list: when it was laid out, and when the next frame after that came.
		const changes: Array<{ laid: number; frame?: number }> = [];
		// Mutation records arrive once the code that changed the list has run: the list is whole then.
		new MutationObserver(() => {
			void list.offsetHeight; // forces style and layout of the new results
			const change: { laid: number; frame?: number } = { laid: performance.now() };
			changes.push(change);
			requestAnimationFrame(() => setTimeout(() => (change.frame = performance.now()), 0));
		}).observe(list, { childList: true });
		const timer = setTimeout(
			() => reject(new Error(`Suche „${args.query}“: nach ${args.timeoutMs} ms keine Treffer (keine Marke ${args.marks.shown}).`)),
			args.timeoutMs,
		);
		new PerformanceObserver((entries, observer) => {
			const shown = entries.getEntries().find((mark) => mark.name === args.marks.shown && (mark as PerformanceMark).detail === args.query);
			if (!shown) return;
			observer.disconnect();
			const started = (performance.getEntriesByName(args.marks.started) as PerformanceMark[])
				.filter((mark) => mark.detail === args.query && mark.startTime <= shown.startTime)
				.at(-1)?.startTime;
			const change = started === undefined ? undefined : changes.find((candidate) => candidate.laid >= started);
			if (started === undefined || !change) {
				clearTimeout(timer);
				reject(new Error(`Suche „${args.query}“: Treffer ohne Beginn der Suche oder ohne geänderte Liste.`));
				return;
			}
			const total = Number.parseInt(count.textContent ?? '', 10);
			const finish = () => {
				if (change.frame === undefined) {
					requestAnimationFrame(() => setTimeout(finish, 0));
					return;
				}
				clearTimeout(timer);
				resolve({
					ms: change.laid - started,
					frameMs: change.frame - started,
					sinceKeyMs: change.laid - lastKey,
					hits: Number.isNaN(total) ? list.children.length : total,
				});
			};
			finish();
		}).observe({ type: 'mark' });
	});
}

/**
 * At most this long between two keys when the bench types a word: 60 ms short of the site's pause
 * (`searchPauseMs`), so that no search of a part of the word starts between two keys.
 */
const MAX_KEY_MS = searchPauseMs - 60;

/** What the server sent from /pagefind/ since its list of responses was last emptied. */
function pagefindLoad(server: CountingServer): { bytes: number; requests: number; responses: ServedResponse[] } {
	const responses = server.responses.filter((response) => response.path.startsWith('/pagefind/'));
	return { bytes: responses.reduce((sum, response) => sum + response.bytes, 0), requests: responses.length, responses };
}

/**
 * The time a reader takes to type a word after focusing the field: the site starts
 * Pagefind on focus (`loadPagefind`), so its metadata and WebAssembly load meanwhile,
 * and from the third character on it preloads the index chunks of what is typed.
 */
export const TYPING_MS = 1_500;

/**
 * How many sessions a typed search's figure is the median of. One session varies by a third from the next on this
 * machine (at 1,000 stories a name took 75 to 112 ms in Pagefind alone, 93 to 145 ms in Lagebild); the ratios
 * compare medians, each side measured the same number of times.
 */
export const TYPED_SESSIONS = 5;

/** Every session's time, as measured: „93, 110, 123 ms“. */
export const sessionTimes = (times: readonly number[]) => `${times.map((time) => Math.round(time)).join(', ')} ms`;

/**
 * The first search typed into a fresh page (`measureSession` with `afterFocusMs: TYPING_MS`), in TYPED_SESSIONS
 * sessions: the session with the median time, and every session's time in the order measured. On Lagebild's page it
 * is the site's own search of the typed word (`ownSearchInPage`); with `bare`, the bench's query (`queryInPage`) once
 * Pagefind has started and preloaded the word, as the floors measure Pagefind alone.
 */
export async function typedSearch(
	browser: Browser,
	server: CountingServer,
	query: string,
	session: Omit<SessionOptions, 'afterFocusMs'> = {},
): Promise<{ median: QueryFigures; all: number[] }> {
	const runs: QueryFigures[] = [];
	const { focus, ...rest } = session;
	// Only the first session reports what focusing loaded: the later ones load the same.
	for (let run = 0; run < TYPED_SESSIONS; run += 1) {
		const options: SessionOptions = run === 0 && focus ? { ...rest, focus, afterFocusMs: TYPING_MS } : { ...rest, afterFocusMs: TYPING_MS };
		runs.push((await measureSession(browser, server, 4, [query], options))[0]!);
	}
	const all = runs.map((figures) => figures.ms);
	const middle = median(all);
	return { median: runs.find((figures) => figures.ms === middle) ?? runs[0]!, all };
}

export interface SessionOptions {
	/**
	 * Focus the site's search and type the first query into it in this many ms: that query's figures are the
	 * site's own search of it (the other queries are not run). With `bare`: start Pagefind, preload the first
	 * query, wait this long, then run the queries.
	 */
	afterFocusMs?: number;
	/** Filled with what focusing loaded: bytes and requests under /pagefind/. */
	focus?: { bytes: number; requests: number };
	/** A site without Lagebild's search field (part 6): instead of focusing it, start Pagefind and preload the first query, as that field does. */
	bare?: boolean;
}

export async function measureSession(
	browser: Browser,
	server: CountingServer,
	cpuSlowdown: number,
	queries: readonly string[] = searchQueries,
	session: SessionOptions = {},
): Promise<QueryFigures[]> {
	const context = await browser.newContext(phoneContext);
	try {
		const page = await context.newPage();
		const client = await context.newCDPSession(page);
		await client.send('Network.enable');
		await client.send('Network.setCacheDisabled', { cacheDisabled: true });
		await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
		if (cpuSlowdown > 1) await client.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		if (session.afterFocusMs !== undefined) {
			server.responses.length = 0;
			// As a reader does: focus the site's search field (it loads the search code, which starts Pagefind)
			// and type the first query into it, a key every afterFocusMs / length ms (the site preloads
			// the index chunks of what is typed). What is measured is the site's own search of the
			// whole word, which starts once the reader pauses (SiteSearch's controller).
			// On a phone the field opens with a tap on „Suche“ in the bar.
			const word = queries[0] ?? '';
			const recordFocus = () => {
				const { bytes, requests } = pagefindLoad(server);
				if (session.focus) Object.assign(session.focus, { bytes, requests });
			};
			if (session.bare) {
				await page.evaluate(
					async (args) => {
						const pagefind = (await import(args.module)) as { init(): Promise<void>; preload(query: string): Promise<void> };
						await pagefind.init();
						await pagefind.preload(args.word);
					},
					{ module: PAGEFIND, word },
				);
				await page.waitForTimeout(session.afterFocusMs);
				recordFocus();
			} else {
				const field = page.locator('site-search input[type=search]').first();
				if (!(await field.isVisible())) await page.locator('[data-search-toggle]').first().click();
				await field.focus();
				const shown = page.evaluate(ownSearchInPage, { query: word, marks: searchTiming, timeoutMs: OWN_SEARCH_TIMEOUT_MS });
				shown.catch(() => undefined); // awaited below; a failure before that is not unhandled
				const keyMs = Math.min(MAX_KEY_MS, session.afterFocusMs / Math.max(1, word.length));
				// A short word: the reader takes the rest of the time before typing it.
				await page.waitForTimeout(Math.max(0, session.afterFocusMs - keyMs * word.length));
				await page.keyboard.type(word.slice(0, -1), { delay: keyMs });
				recordFocus();
				server.responses.length = 0;
				await page.keyboard.type(word.slice(-1));
				const own = await shown;
				return [{ query: word, ...own, ...pagefindLoad(server) }];
			}
		}
		const figures: QueryFigures[] = [];
		for (const query of queries) {
			server.responses.length = 0;
			const result = await page.evaluate(queryInPage, { query, module: PAGEFIND, shown: RESULTS_SHOWN });
			figures.push({ query, ...result, ...pagefindLoad(server) });
		}
		return figures;
	} finally {
		await context.close();
	}
}

/** [fast, slow] and [fast, slow] → [fast layout, fast frame, slow layout, slow frame]. */
function interleave(layout: string[], frame: string[]): string[] {
	return [layout[0]!, frame[0]!, layout[1]!, frame[1]!];
}

function fileKind(path: string): string {
	const name = path.slice('/pagefind/'.length);
	if (name === 'pagefind.js') return 'pagefind.js';
	if (name === 'pagefind-worker.js') return 'Worker';
	if (name === 'pagefind-entry.json') return 'Eintrag';
	if (name.endsWith('.pagefind')) return 'WASM';
	if (name.endsWith('.pf_meta')) return 'Meta';
	if (name.startsWith('index/')) return 'Index';
	if (name.startsWith('fragment/')) return 'Fragmente';
	if (name.startsWith('filter/')) return 'Filter';
	return 'Sonstige';
}

/** Part 3: Pagefind in Chromium: bytes for the first query, time per query. */
export async function runSearch(outDir: string, browser: Browser): Promise<void> {
	heading('3. Suche (Pagefind-JS-API in Chromium)');
	if (!existsSync(join(outDir, 'pagefind', 'pagefind.js')))
		throw new Error(`${join(outDir, 'pagefind', 'pagefind.js')} fehlt: Wurde der Pagefind-Index gebaut?`);
	const server = await serveCounting(outDir);
	let fast: QueryFigures[];
	let slow: QueryFigures[];
	let fastTyped: QueryFigures[];
	let slowTyped: QueryFigures[];
	const focus = { bytes: 0, requests: 0 };
	try {
		fast = await measureSession(browser, server, 1);
		slow = await measureSession(browser, server, 4);
		fastTyped = await measureSession(browser, server, 1, searchQueries.slice(0, 1), { afterFocusMs: TYPING_MS });
		slowTyped = await measureSession(browser, server, 4, searchQueries.slice(0, 1), { afterFocusMs: TYPING_MS, focus });
	} finally {
		await server.close();
	}
	note(`Je Anfrage: Zeit vom Tastendruck (Anfrage vollständig) durch pagefind.search() und data() der ersten ${RESULTS_SHOWN} Treffer`);
	note('bis die Treffer im DOM stehen und gelayoutet sind („Layout“), und bis zum nächsten Frame danach („Frame“, ≈ sichtbar);');
	note(
		'die erste getippte Suche ist die der Seite selbst: von ihrem Beginn (ihre Marke nach der Tipppause) über Pagefind, die Daten der Treffer ihrer Liste und ihre eigene Arbeit daran (bester Abschnitt, Auszug, Begriffskarte) bis ebendahin;',
	);
	note('gemessen mit performance.now() in der Seite, Anfragen nacheinander in einer Sitzung je Drosselung (Cache aus).');
	note('„CPU 4×“: Chromiums CPU-Drosselung (Emulation.setCPUThrottlingRate) wie bei Lighthouse mobil; Pagefind sucht in einem Web Worker.');
	note('„geladen“: Bytes (ohne HTTP-Header) aller Antworten unter /pagefind/ für diese Anfrage, am Server gezählt.');
	const rows = fast.map((figures, index) => [
		figures.query,
		String(figures.hits),
		ms(figures.ms, 1),
		ms(figures.frameMs, 1),
		ms(slow[index]?.ms, 1),
		ms(slow[index]?.frameMs, 1),
		kib(figures.bytes),
		String(figures.requests),
	]);
	console.log(table(['Anfrage', 'Treffer', 'Layout', 'Frame', 'Layout CPU 4×', 'Frame CPU 4×', 'geladen', 'Anfragen'], rows));
	const first = fast[0]!;
	const kinds = new Map<string, { bytes: number; gzip: number; files: number }>();
	for (const response of first.responses) {
		const kind = fileKind(response.path);
		const entry = kinds.get(kind) ?? { bytes: 0, gzip: 0, files: 0 };
		entry.bytes += response.bytes;
		const file = join(outDir, decodeURIComponent(response.path));
		// A host compresses only where it helps: Pagefind's index and fragments are compressed already.
		entry.gzip += existsSync(file) ? Math.min(response.bytes, gzipSize(readFileSync(file))) : response.bytes;
		entry.files += 1;
		kinds.set(kind, entry);
	}
	const gzipTotal = [...kinds.values()].reduce((sum, entry) => sum + entry.gzip, 0);
	note('');
	note(`Erste Anfrage („${first.query}“): ${first.bytes} Bytes = ${kib(first.bytes)} aus /pagefind/ in ${first.requests} Anfragen`);
	note(`(mit gzip -9 ausgeliefert, wo es hilft, wären es ${kib(gzipTotal)}; Index und Fragmente sind schon komprimiert), davon:`);
	console.log(
		table(
			['Datei', 'Anzahl', 'geladen', 'gzip -9'],
			[...kinds].map(([kind, entry]) => [kind, String(entry.files), kib(entry.bytes), kib(entry.gzip)]),
			['l', 'r', 'r', 'r'],
		),
	);
	note('');
	const pick = (list: QueryFigures[], key: 'ms' | 'frameMs') => list.map((figures) => figures[key]);
	const both = (key: 'ms' | 'frameMs', summarise: (values: number[]) => number) => [
		ms(summarise(pick(fast, key)), 1),
		ms(summarise(pick(slow, key)), 1),
	];
	const medianOf = (values: number[]) => median(values);
	console.log(
		table(
			['Kennzahl', 'Layout', 'Frame', 'Layout CPU 4×', 'Frame CPU 4×'],
			[
				[
					'erste Anfrage (mit Laden von Pagefind)',
					...interleave(
						both('ms', (values) => values[0]!),
						both('frameMs', (values) => values[0]!),
					),
				],
				[
					`erste Suche der Seite, das Wort in ${TYPING_MS} ms ins Feld getippt: ab ihrem Beginn (nach der Tipppause)`,
					...interleave([ms(fastTyped[0]!.ms, 1), ms(slowTyped[0]!.ms, 1)], [ms(fastTyped[0]!.frameMs, 1), ms(slowTyped[0]!.frameMs, 1)]),
				],
				[`Median aller ${fast.length} Anfragen`, ...interleave(both('ms', medianOf), both('frameMs', medianOf))],
				[
					'Median ohne die erste',
					...interleave(
						both('ms', (values) => median(values.slice(1))),
						both('frameMs', (values) => median(values.slice(1))),
					),
				],
				[
					'langsamste Anfrage',
					...interleave(
						both('ms', (values) => Math.max(...values)),
						both('frameMs', (values) => Math.max(...values)),
					),
				],
			],
		),
	);
	note(
		`Bis zum letzten Tastendruck (Fokus und Tippen, CPU 4×) geladen: ${kib(focus.bytes)} in ${focus.requests} Anfragen; die Suche der Seite danach: ${kib(slowTyped[0]!.bytes)} in ${slowTyped[0]!.requests}, ${slowTyped[0]!.hits} Treffer; vom letzten Tastendruck bis zu ihnen (mit der Pause, nach der die Seite sucht): ${ms(fastTyped[0]!.sinceKeyMs, 1)}, CPU 4× ${ms(slowTyped[0]!.sinceKeyMs, 1)}.`,
	);
	note(
		`Geladen für alle ${fast.length} Anfragen zusammen: ${kib(fast.reduce((sum, figures) => sum + figures.bytes, 0))} in ${fast.reduce((sum, figures) => sum + figures.requests, 0)} Anfragen.`,
	);
}
