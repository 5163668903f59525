import { highlightArea, urlParams } from '../lib/contract.ts';
/**
 * Enhances the server-rendered search form and the header's „Suche“ link.
 * The search itself (Pagefind and the result list) is loaded when the reader
 * starts searching: on focus or on the first key press in one of its fields.
 */

class SiteSearch extends HTMLElement {
	#ready: Promise<void> | undefined;

	connectedCallback(): void {
		const input = this.querySelector('input');
		if (!input) return;
		// activate() loads the search once, however often it is called: on focus in any of its fields
		// (the query, the search page's filters) or a key pressed there.
		const start = () => void this.activate();
		this.addEventListener('focusin', start);
		this.addEventListener('keydown', start);
		if (this.dataset['mode'] === 'page') {
			const query = new URLSearchParams(location.search).get(urlParams.query);
			if (query) {
				input.value = query;
				start();
			}
		}
	}

	activate(): Promise<void> {
		this.#ready ??= import('./search/controller.ts').then(({ mountSearch }) => mountSearch(this));
		return this.#ready;
	}
}

customElements.define('site-search', SiteSearch);

/*
 * „Suche“ in the header bar is a link to the search page. With JavaScript one
 * tap shows the header's field in place (phones hide it until then) and puts
 * the focus in it; on the search page it focuses that page's field. (Should a
 * page have no field, the handler stops before preventDefault and the link
 * leads on.) There is no single-key shortcut (WCAG 2.1.4).
 */
document.querySelector('[data-search-toggle]')?.addEventListener('click', (event) => {
	const host = document.querySelector('site-search')!;
	host.classList.add('open');
	host.querySelector('input')!.focus();
	event.preventDefault();
});

if (new URLSearchParams(location.search).has(urlParams.highlight) && document.querySelector(`[${highlightArea}]`)) {
	void import('./search/arrival-highlight.ts');
}
