import { highlightArea, urlParams } from '../../lib/contract.ts';
import { de } from '../../i18n/de.ts';
import { highlightTerms } from '../../lib/search/highlight-terms.ts';

/**
 * Arriving from a search hit (`?hervorheben=…`), the section marks the words
 * with Pagefind's highlighter, and says so with a button to remove the marks:
 * only when something was marked. The terms come from the address, so they
 * are capped first (see highlightTerms); the highlighter reads the cleaned
 * address.
 */

interface Highlighter {
	new (options: { highlightParam: string; addStyles: boolean; markContext: string; markOptions: { className: string } }): unknown;
}

/*
 * One async function, not top-level await: a module with top-level await turns off the bundler's
 * chunk optimisation for the whole build, and the names this code shares with the page's script
 * would then load as a chunk of their own on every page.
 */
async function markArrival(): Promise<void> {
	const requested = new URLSearchParams(location.search).getAll(urlParams.highlight);
	const terms = highlightTerms(requested);
	if (terms.length !== requested.length || terms.some((term, index) => term !== requested[index])) {
		const capped = new URL(location.href);
		capped.searchParams.delete(urlParams.highlight);
		for (const term of terms) capped.searchParams.append(urlParams.highlight, term);
		history.replaceState(history.state, '', capped);
	}

	const url = '/pagefind/pagefind-highlight.js';
	const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as { default: Highlighter };
	if (terms.length > 0) {
		new PagefindHighlight({
			highlightParam: urlParams.highlight,
			addStyles: false,
			markContext: `[${highlightArea}]`,
			markOptions: { className: 'search-highlight' },
		});
	}

	const body = document.querySelector<HTMLElement>(`[${highlightArea}]`);
	const heading = document.querySelector<HTMLElement>('main h1');
	if (body && heading && body.querySelector('mark.search-highlight')) {
		const notice = document.createElement('p');
		notice.className = 'highlight-notice';
		notice.setAttribute('role', 'status');
		notice.setAttribute('data-pagefind-ignore', '');
		const message = document.createElement('span');
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = de.highlightRemove;
		notice.append(message, ' ', button);
		(heading.closest('header') ?? heading).after(notice);
		// A live region is read when its text changes after it is in the page.
		requestAnimationFrame(() => (message.textContent = de.highlightNotice));
		button.addEventListener('click', () => {
			for (const mark of body.querySelectorAll('mark.search-highlight')) mark.replaceWith(...mark.childNodes);
			body.normalize();
			notice.remove();
			const clean = new URL(location.href);
			clean.searchParams.delete(urlParams.highlight);
			history.replaceState(history.state, '', clean);
			heading.setAttribute('tabindex', '-1');
			heading.focus();
		});
	}
}

void markArrival();
