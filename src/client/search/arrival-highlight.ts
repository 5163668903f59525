import { urlParams } from '../../lib/contract.ts';
import { de } from '../../i18n/de.ts';

/**
 * Arriving from a search hit (`?hervorheben=…`), the section marks the words
 * with Pagefind's highlighter, and says so with a button to remove the marks.
 */

interface Highlighter {
	new (options: { highlightParam: string; addStyles: boolean; markContext: string; markOptions: { className: string } }): unknown;
}

const url = '/pagefind/pagefind-highlight.js';
const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as { default: Highlighter };
new PagefindHighlight({
	highlightParam: urlParams.highlight,
	addStyles: false,
	markContext: '[data-pagefind-body]',
	markOptions: { className: 'search-highlight' },
});

const body = document.querySelector<HTMLElement>('[data-pagefind-body]');
const heading = document.querySelector<HTMLElement>('main h1');
if (body && heading) {
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
