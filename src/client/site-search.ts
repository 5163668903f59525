import { urlParams } from '../lib/contract.ts';
/**
 * The only script every page loads: it enhances the server-rendered search
 * form. The search itself (Pagefind and the result list) is loaded when the
 * reader starts searching: on focus or on the first key press in the field.
 */

class SiteSearch extends HTMLElement {
	#ready: Promise<void> | undefined;

	connectedCallback(): void {
		const input = this.querySelector('input');
		if (!input) return;
		const start = () => void this.activate();
		input.addEventListener('focus', start, { once: true });
		input.addEventListener('keydown', start, { once: true });
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

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
	const input = document.querySelector<HTMLInputElement>('site-search input');
	if (!input) return;
	event.preventDefault();
	input.focus();
});

if (new URLSearchParams(location.search).has(urlParams.highlight) && document.querySelector('[data-pagefind-body]')) {
	void import('./search/arrival-highlight.ts');
}
