import { searchFilters, searchMeta, searchParams, searchPauseMs, searchResultCount, searchTiming, urlParams } from '../../lib/contract.ts';
import { de } from '../../i18n/de.ts';
import { buildExcerpt } from '../../lib/search/excerpt.ts';
import { foldFilterValue } from '../../lib/search/fold.ts';
import { suggestion, vocabularyPath } from '../../lib/search/suggest.ts';
import { sectionHit, sectionsNaming } from '../../lib/search/story-hit.ts';
import type { GlossaryRecord } from '../../lib/search/glossary-records.ts';
import { cardTerm } from '../../lib/search/term-card.ts';
import { paths } from '../../lib/urls.ts';
import { loadPagefind, type Pagefind, type PagefindResultData } from './pagefind.ts';

/**
 * Search as you type, for the header field (results in a panel) and for the
 * search page (results in place, filters, the query kept in the address).
 * Both show the same: the stories ranked by relevance, each at its best
 * section; above them, when the query names a glossary term, the term's card
 * („Begriff: Kreml – …“, the first stop of the arrow keys); and when a query
 * finds nothing but is one slip from exactly one known word, that word's
 * results („Ergebnisse für „Macron“ · Stattdessen suchen nach „Macorn““).
 * Everything the reader typed reaches the page as text nodes only.
 */

const MAX_QUERY = 200;
/** Once every word has this many characters, each keystroke has Pagefind load the index chunks of what is typed (shorter prefixes span too much of it). */
const PRELOAD_FROM = 3;

interface Elements {
	form: HTMLFormElement;
	input: HTMLInputElement;
	panel: HTMLElement;
	list: HTMLOListElement;
	count: HTMLElement;
	/**
	 * „Meinten Sie …?“ or „Ergebnisse für … · Stattdessen suchen nach …“: made here (no bytes in
	 * every page's HTML), after the count and looking like it, but not hidden from screen readers
	 * as the count is (its link must be reachable).
	 */
	suggestion: HTMLElement;
	/** The glossary term the query names, above the stories: made here too. */
	card: HTMLElement;
	status: HTMLElement;
	all: HTMLAnchorElement | null;
	/** The search page's filters: text fields with suggestions („Person“, „Artikel“) and selects („Monat“). */
	filters: FilterField[];
	notice: HTMLElement | null;
}

type FilterField = HTMLInputElement | HTMLSelectElement;

function elements(host: HTMLElement): Elements {
	const pick = <T extends Element>(selector: string) => {
		const found = host.querySelector<T>(selector);
		if (!found) throw new Error(`Suche: ${selector} fehlt`);
		return found;
	};
	return {
		form: pick<HTMLFormElement>('form'),
		input: pick<HTMLInputElement>('input[type=search]'),
		panel: pick<HTMLElement>('[data-search-panel]'),
		list: pick<HTMLOListElement>('[data-search-results]'),
		count: pick<HTMLElement>('[data-search-count]'),
		suggestion: Object.assign(document.createElement('p'), { className: 'count', hidden: true }),
		card: Object.assign(document.createElement('p'), { className: 'term-card', hidden: true }),
		status: pick<HTMLElement>('[data-search-status]'),
		all: host.querySelector<HTMLAnchorElement>('[data-search-all]'),
		filters: [...host.querySelectorAll<FilterField>('[data-search-filter]')],
		notice: host.querySelector<HTMLElement>('[data-search-notice]'),
	};
}

interface Target {
	url: string;
	title: string;
	context: string;
	/** The text the excerpt is cut from. */
	text: string;
}

/**
 * Where a story's hit leads: its search document (`/<article>/suchdokument/`)
 * is built for the index only, so the hit leads to the section the query
 * matched best (naming the filtered person, if any), or else to the long-read.
 */
function target(data: PagefindResultData, query: string, person: string | undefined): Target {
	const headline = data.filters[searchFilters.article]?.[0] ?? '';
	const article = data.url.split('/').filter(Boolean)[0] ?? '';
	const section = sectionHit(
		data,
		query,
		data.meta[searchMeta.terms],
		person ? sectionsNaming(data.meta[searchMeta.sectionPeople], person) : undefined,
	);
	// Found in no section (in the headline, say): the whole story.
	if (!section)
		return {
			url: paths.article(article),
			title: headline || (data.meta['title'] ?? ''),
			context: de.searchWholeArticle,
			text: data.content,
		};
	return {
		url: paths.section(article, section.id),
		title: section.title,
		context: section.others > 0 ? `${headline}${de.searchMoreSections(section.others)}` : headline,
		text: section.text,
	};
}

function resultLink(data: PagefindResultData, query: string, person?: string): HTMLLIElement {
	const goal = target(data, query, person);
	const excerpt = buildExcerpt(goal.text, query, data.meta[searchMeta.terms]);
	const url = new URL(goal.url, location.origin);
	for (const word of excerpt.marked) url.searchParams.append(urlParams.highlight, word);
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = url.pathname + url.search + url.hash;
	const title = document.createElement('span');
	title.className = 'result-title';
	title.textContent = goal.title;
	const article = document.createElement('span');
	article.className = 'result-article';
	article.textContent = goal.context;
	const text = document.createElement('span');
	text.className = 'result-excerpt';
	for (const piece of excerpt.pieces) {
		if (piece.marked) {
			const mark = document.createElement('mark');
			mark.textContent = piece.text;
			text.append(mark);
		} else {
			text.append(piece.text);
		}
	}
	link.append(title, article, text);
	item.append(link);
	return item;
}

/**
 * A made-up story, its data as Pagefind gives it: the result code runs once on it while the reader types (`warmUp`).
 * It has what real results have: two sections, a word with an umlaut, ß and an accent, an index-only term.
 */
const SAMPLE: PagefindResultData = {
	url: '/a/suchdokument/',
	content: 'Eins. Straße, Café „Wörter“. Zwei. Wort und Worte.',
	meta: { [searchMeta.terms]: 'woerter→Wörter' },
	filters: { [searchFilters.article]: ['A'] },
	anchors: [
		{ element: 'h2', id: 'eins', text: 'Eins', location: 0 },
		{ element: 'h2', id: 'zwei', text: 'Zwei', location: 4 },
	],
	sub_results: [{ title: 'Zwei', url: '/a/#zwei', locations: [5] }],
};

/**
 * The first run of the result code compiles it (its functions, its patterns of Unicode letters): on a phone the first
 * result took three to six times as long as each after it. So it runs once on SAMPLE when the search has loaded, while
 * the reader types, and a search typed after that finds it compiled (a search that runs as the code loads, from an
 * address with a query, comes first). The query „woe“ meets a word and the index-only term. Nothing it makes is kept.
 */
function warmUp(): void {
	try {
		resultLink(SAMPLE, 'woe');
	} catch {
		// Only a head start: a real search shows its own errors.
	}
}

/** A glossary term for the card: its name, its definition and its entry. */
interface Term {
	term: string;
	definition: string;
	url: string;
}

/** The glossary's terms (`/suche/begriffe.json`), fetched once with Pagefind; none when they cannot be loaded (the stories still show). */
let glossaryTerms: Promise<GlossaryRecord[]> | undefined;
const loadTerms = () =>
	(glossaryTerms ??= fetch(paths.searchTerms())
		.then((response) => (response.ok ? (response.json() as Promise<GlossaryRecord[]>) : []))
		.catch(() => []));

/** The term the query names (src/lib/search/term-card.ts), if any: its card. */
async function namedTerm(query: string): Promise<Term | undefined> {
	const terms = await loadTerms();
	const index = cardTerm(query, terms);
	const found = index === undefined ? undefined : terms[index];
	return found && { term: found.term, definition: found.definition, url: paths.glossaryTerm(found.slug) };
}

/** The card's link: „Begriff: Kreml – Festungsanlage …“, to the term's entry in the glossary. */
function termLink(found: Term): HTMLAnchorElement {
	const link = document.createElement('a');
	link.href = found.url;
	const name = document.createElement('strong');
	name.className = 'term-name';
	name.textContent = de.searchTerm(found.term);
	link.append(name, ` – ${found.definition}`);
	return link;
}

/** The status's sentences, in order: a full stop between two unless the first has its own mark. */
const sentences = (...parts: Array<string | undefined>) =>
	parts
		.filter((part): part is string => Boolean(part))
		.reduce((said, part) => (said === '' ? part : `${said}${/[.?!]$/.test(said) ? '' : '.'} ${part}`), '');

/** The site's names and terms, fetched once, when a search first finds nothing. */
let vocabulary: Promise<string[]> | undefined;
const loadVocabulary = () =>
	(vocabulary ??= fetch(vocabularyPath)
		.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
		.catch(() => []));

/**
 * A text filter's values, fetched once per filter when its field is first used;
 * they become the field's suggestions (its `<datalist>`). Folded value → value;
 * undefined when they could not be loaded (tried again on the next use; meanwhile
 * a committed text is taken as typed).
 */
const filterValues = new Map<string, Promise<Map<string, string> | undefined>>();
function valuesOf(field: HTMLInputElement): Promise<Map<string, string> | undefined> {
	let values = filterValues.get(field.name);
	if (!values) {
		values = fetch(paths.searchFilterValues(field.name))
			.then((response) => (response.ok ? (response.json() as Promise<string[]>) : undefined))
			.catch(() => undefined)
			.then((list) => {
				if (!list) {
					filterValues.delete(field.name);
					return undefined;
				}
				field.list?.replaceChildren(...list.map((value) => Object.assign(document.createElement('option'), { value })));
				return new Map(list.map((value) => [foldFilterValue(value), value]));
			});
		filterValues.set(field.name, values);
	}
	return values;
}

/** What a search found for one query. */
interface Answer {
	query: string;
	items: HTMLLIElement[];
	/** How many stories matched. */
	total: number;
	term: Term | undefined;
}

export async function mountSearch(host: HTMLElement): Promise<void> {
	const ui = elements(host);
	ui.suggestion.dataset['searchSuggestion'] = '';
	ui.card.dataset['searchTerm'] = '';
	ui.count.after(ui.suggestion, ui.card);
	const popup = host.dataset['mode'] !== 'page';
	let searchId = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** A query to search as written (`?genau=1`, from „Stattdessen suchen nach …“): no other spelling is taken for it. */
	let exact: string | undefined;

	/**
	 * The reader closed the panel (Escape, or the focus left the search): results that come in afterwards wait in
	 * the closed panel until the reader types again or comes back to the field.
	 */
	let dismissed = false;
	const setOpen = (open: boolean) => {
		if (popup) ui.panel.hidden = !open || dismissed;
	};

	/** The filters in effect, by name: a field's value once it names one of the field's values. */
	const applied = new Map<string, string>();
	const filters = () => Object.fromEntries(applied);
	/** Per field, the committed text that names no value: the notice says so, the field is marked invalid. */
	const unknown = new Map<FilterField, string>();

	const say = () => {
		if (!ui.notice) return;
		ui.notice.textContent = unknown.size > 0 ? de.searchFilterUnknown([...unknown.values()]) : '';
		ui.notice.hidden = unknown.size === 0;
		for (const field of ui.filters) {
			if (unknown.has(field)) {
				field.setAttribute('aria-invalid', 'true');
				field.setAttribute('aria-describedby', ui.notice.id);
			} else {
				field.removeAttribute('aria-invalid');
				field.removeAttribute('aria-describedby');
			}
		}
	};

	/**
	 * Reads a filter field into `applied`; whether the filters in effect changed. While the reader
	 * types, a text that names no value yet changes nothing; once committed (Enter, leaving the
	 * field, a value in the address), it is reported as unknown and the search runs without it.
	 */
	const take = async (field: FilterField, committed: boolean, text = field.value): Promise<boolean> => {
		const before = applied.get(field.name);
		const typed = text.trim();
		let value: string | undefined = typed || undefined;
		if (typed && field instanceof HTMLInputElement) {
			const values = await valuesOf(field);
			// Without the list (it could not be loaded), a text counts once it is committed.
			value = values ? values.get(foldFilterValue(typed)) : committed ? typed : undefined;
			if (!value && !committed) return false;
		} else if (typed && field.value !== typed) {
			// A select takes only its options' values: what it did not take is unknown.
			value = undefined;
		}
		if (typed && !value) unknown.set(field, typed);
		else unknown.delete(field);
		if (value) applied.set(field.name, value);
		else applied.delete(field.name);
		return applied.get(field.name) !== before;
	};

	/** The search page's address for a query, with the filters in effect. */
	const searchUrl = (query: string, asTyped = false) => {
		const url = new URL(ui.form.action);
		url.searchParams.set(urlParams.query, query);
		if (asTyped) url.searchParams.set(searchParams.exact, '1');
		for (const [name, value] of Object.entries(filters())) url.searchParams.set(name, value);
		return url;
	};

	const keepInAddress = (query: string) => {
		if (popup) return;
		const url = new URL(location.href);
		url.search = '';
		if (query) url.searchParams.set(urlParams.query, query);
		if (query && query === exact) url.searchParams.set(searchParams.exact, '1');
		for (const [name, value] of Object.entries(filters())) url.searchParams.set(name, value);
		history.replaceState(history.state, '', url);
	};

	/** A link to a search, for the line under the count. */
	const searchLink = (query: string, asTyped = false) => {
		const url = searchUrl(query, asTyped);
		const link = document.createElement('a');
		link.href = url.pathname + url.search;
		link.textContent = query;
		return link;
	};

	const clear = () => {
		ui.list.replaceChildren();
		ui.suggestion.hidden = true;
		ui.suggestion.replaceChildren();
		ui.card.hidden = true;
		ui.card.replaceChildren();
	};

	/**
	 * Shows what a search found for what was typed: `found` itself, or (`corrected`) the
	 * results of the one close spelling, or (`offer`) nothing with „Meinten Sie …?“.
	 */
	const show = (typed: string, found: Answer, extra: { corrected?: boolean; offer?: string } = {}) => {
		clear();
		ui.list.replaceChildren(...found.items);
		if (found.term) {
			ui.card.replaceChildren(termLink(found.term));
			ui.card.hidden = false;
		}
		const message = found.total === 0 || extra.corrected ? de.searchNoResults(typed) : de.searchResults(found.total, typed);
		ui.count.textContent = message;
		let said = message;
		if (extra.corrected) {
			ui.suggestion.replaceChildren(`${de.searchCorrected(found.query)} · ${de.searchInstead} „`, searchLink(typed, true), '“');
			said = sentences(message, de.searchResults(found.total, found.query));
		} else if (extra.offer) {
			ui.suggestion.replaceChildren(`${de.searchSuggest} „`, searchLink(extra.offer), '“?');
			said = sentences(message, ui.suggestion.textContent ?? '');
		}
		ui.suggestion.hidden = ui.suggestion.childNodes.length === 0;
		said = sentences(said, found.term && de.searchTermStatus(found.term.term));
		ui.status.textContent = ui.notice && !ui.notice.hidden ? `${ui.notice.textContent} ${said}` : said;
		if (ui.all) {
			const more = found.total > found.items.length;
			ui.all.hidden = !more;
			ui.all.textContent = more ? de.searchShowAll(found.total) : '';
			ui.all.href = searchUrl(found.query).href;
		}
		setOpen(true);
		performance.mark(searchTiming.shown, { detail: typed });
	};

	/**
	 * One query's stories and term: one search in Pagefind, whose pages are the stories only,
	 * and the card's rule over the glossary's terms beside it.
	 */
	const answer = async (pagefind: Pagefind, query: string, current: () => boolean): Promise<Answer> => {
		const chosen = filters();
		const [stories, term] = await Promise.all([pagefind.search(query, { filters: chosen }), namedTerm(query)]);
		const results = stories?.results ?? [];
		// Equal scores come in the order the index read the stories: newest first (src/lib/search/index-order.ts).
		const count = popup ? searchResultCount.panel : searchResultCount.page;
		const person = chosen[searchFilters.person];
		// Each result's link is made as soon as its data is in, while Pagefind loads the next ones. A search that is
		// over asks for no data (once it has asked, the data still comes) and makes no links: the newer one needs the phone.
		const links = current()
			? await Promise.all(
					results.slice(0, count).map((result) => result.data().then((data) => (current() ? resultLink(data, query, person) : undefined))),
				)
			: [];
		const items = links.filter((item): item is HTMLLIElement => item !== undefined);
		return { query, items, total: results.length, term };
	};

	/** What the reader typed, as it is searched for. */
	const typedQuery = () => ui.input.value.trim().slice(0, MAX_QUERY);

	const run = async () => {
		const query = typedQuery();
		const id = ++searchId;
		// The flag holds for the query it came with; a changed query may be corrected again.
		if (exact !== undefined && exact !== query) exact = undefined;
		keepInAddress(query);
		if (!query) {
			clear();
			ui.count.textContent = '';
			// Without a query, what the reader hears is the notice about an unknown filter, if any.
			ui.status.textContent = ui.notice && !ui.notice.hidden ? (ui.notice.textContent ?? '') : '';
			setOpen(false);
			return;
		}
		// The marks of the last search only: a page searched often keeps no list of them.
		performance.clearMarks(searchTiming.started);
		performance.clearMarks(searchTiming.shown);
		performance.mark(searchTiming.started, { detail: query });
		// A search is over once another one starts or the reader has typed on (the field no longer holds its query),
		// and stays over should the field hold it again: it asks for no more results' data and shows nothing.
		let over = false;
		const current = () => !(over ||= id !== searchId || typedQuery() !== query);
		try {
			const pagefind = await loadPagefind();
			const found = await answer(pagefind, query, current);
			if (!current()) return;
			if (found.total > 0) return show(query, found);
			// Nothing found: a name or term a slip away? Its results at once when it is the only
			// one, one edit away (and the reader did not ask for this spelling); else „Meinten Sie …?“.
			const close = suggestion(query, await loadVocabulary());
			if (!current()) return;
			if (close?.certain && exact !== query) {
				const corrected = await answer(pagefind, close.query, current);
				if (!current()) return;
				if (corrected.total > 0) return show(query, corrected, { corrected: true });
			}
			show(query, found, close ? { offer: close.query } : {});
		} catch (error) {
			if (!current()) return;
			clear();
			ui.count.textContent = de.searchFailed;
			ui.status.textContent = de.searchFailed;
			setOpen(true);
			console.warn('Suche fehlgeschlagen', error);
		}
	};

	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), searchPauseMs);
	};

	/** The arrow keys' stops: the term's card first, as it stands first, then the stories. */
	const links = () => [...ui.card.querySelectorAll<HTMLAnchorElement>('a'), ...ui.list.querySelectorAll<HTMLAnchorElement>('a')];
	const hasResults = () => links().length > 0;
	const moveFocus = (from: Element | null, step: number) => {
		const all = links();
		if (all.length === 0) return;
		const at = from instanceof HTMLAnchorElement ? all.indexOf(from) : -1;
		const next = at + step;
		if (next < 0) ui.input.focus();
		else all[Math.min(next, all.length - 1)]!.focus();
	};

	/** While the reader types, Pagefind loads the index chunks the query will need: the search after the pause finds them there. */
	const preload = () => {
		const query = typedQuery();
		if (!query || query.split(/\s+/).some((word) => word.length < PRELOAD_FROM)) return;
		void loadPagefind()
			.then((pagefind) => pagefind.preload(query, { filters: filters() }))
			.catch(() => undefined);
	};

	ui.input.addEventListener('input', () => {
		dismissed = false;
		preload();
		schedule();
	});
	for (const field of ui.filters) {
		const update = async (committed: boolean) => {
			const wasUnknown = unknown.has(field);
			const changed = await take(field, committed);
			if (changed || unknown.has(field) !== wasUnknown) say();
			if (changed || (committed && unknown.has(field))) void run();
		};
		if (field instanceof HTMLInputElement) {
			field.addEventListener('focus', () => void valuesOf(field));
			// Focusing this field may be what loaded the search: its focus came before the listener.
			if (document.activeElement === field) void valuesOf(field);
			field.addEventListener('input', () => void update(false));
		}
		field.addEventListener('change', () => void update(true));
	}
	ui.form.addEventListener('submit', (event) => {
		if (popup) return;
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	host.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (event.target !== ui.input && !(event.target instanceof HTMLAnchorElement)) return;
			event.preventDefault();
			if (popup && ui.panel.hidden && hasResults()) {
				dismissed = false;
				setOpen(true);
			}
			moveFocus(event.target === ui.input ? null : (event.target as Element), event.key === 'ArrowDown' ? 1 : -1);
		} else if (event.key === 'Escape') {
			if (popup && !ui.panel.hidden) {
				event.preventDefault();
				// Focus first: the field's focus handler would open the panel again after closing it.
				ui.input.focus();
				dismissed = true;
				setOpen(false);
			} else if (event.target === ui.input && ui.input.value) {
				event.preventDefault();
				ui.input.value = '';
				void run();
			}
		}
	});
	host.addEventListener('focusout', (event) => {
		if (popup && !host.contains(event.relatedTarget as Node | null)) {
			dismissed = true;
			setOpen(false);
		}
	});
	ui.input.addEventListener('focus', () => {
		dismissed = false;
		if (popup && hasResults()) setOpen(true);
	});

	if (!popup) {
		// Filters from the address: a value no field offers (a stale or hand-written link) is not
		// dropped silently; the page says that it searches without it. A field without a value
		// there keeps what the reader may have typed while the search code loaded.
		const params = new URLSearchParams(location.search);
		if (params.has(searchParams.exact)) exact = (params.get(urlParams.query) ?? '').trim().slice(0, MAX_QUERY);
		await Promise.all(
			ui.filters.map((field) => {
				const wanted = params.get(field.name);
				if (wanted === null) return field.value ? take(field, false) : false;
				field.value = wanted;
				return take(field, true, wanted);
			}),
		);
		say();
	}
	if (ui.input.value.trim()) await run();
	void loadPagefind();
	void loadTerms();
	// Not in an idle callback: while the reader types, a phone may have no idle time before the first search.
	setTimeout(warmUp, 0);
}
