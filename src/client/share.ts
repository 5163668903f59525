import { ids } from '../lib/contract.ts';
import { textFragment } from '../lib/text-fragment.ts';

/**
 * „Link teilen“: the system share sheet where the browser has one, otherwise
 * the section's canonical URL to the clipboard, said visibly and to screen
 * readers. Without JavaScript the control stays a plain link to the section.
 */

/** The pending clear of each status element's message. */
const clearing = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

async function shareOrCopy(data: { title: string; url: string }, status: HTMLElement, copied: string, failed: string): Promise<void> {
	if (typeof navigator.share === 'function') {
		try {
			await navigator.share(data);
			return;
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError') return;
		}
	}
	try {
		await navigator.clipboard.writeText(data.url);
		status.textContent = copied;
	} catch {
		status.textContent = failed;
	}
	// One timer per status: a second share within six seconds keeps its message for six seconds.
	clearTimeout(clearing.get(status));
	clearing.set(
		status,
		setTimeout(() => (status.textContent = ''), 6000),
	);
}

class ShareLink extends HTMLElement {
	connectedCallback(): void {
		const link = this.querySelector('a');
		const status = this.querySelector<HTMLElement>('[role=status]');
		if (!link || !status) return;
		link.addEventListener('click', (event) => {
			event.preventDefault();
			const { url = link.href, title = document.title, copied = '', failed = '' } = this.dataset;
			void shareOrCopy({ title, url }, status, copied, failed);
		});
	}
}

customElements.define('share-link', ShareLink);

/** „Zitat teilen“: selecting text in a section offers a link to that passage on the section page. */
let quoteButton: HTMLElement | undefined;

function quoteControl(): HTMLElement {
	if (quoteButton) return quoteButton;
	const template = document.getElementById(ids.quoteShareTemplate) as HTMLTemplateElement | null;
	const control = template?.content.firstElementChild?.cloneNode(true);
	if (!(control instanceof HTMLElement)) throw new Error('Zitat teilen: Vorlage fehlt');
	document.body.append(control);
	control.querySelector('button')?.addEventListener('click', () => {
		const { url = '', title = '' } = control.dataset;
		void shareOrCopy(
			{ title, url },
			control.querySelector<HTMLElement>('[role=status]')!,
			control.dataset['copied'] ?? '',
			control.dataset['failed'] ?? '',
		);
	});
	quoteButton = control;
	return control;
}

function sourceOf(node: Node | null): HTMLElement | null {
	const element = node instanceof HTMLElement ? node : node?.parentElement;
	return element?.closest<HTMLElement>('[data-share-url] .prose')?.closest<HTMLElement>('[data-share-url]') ?? null;
}

let pending: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('selectionchange', () => {
	clearTimeout(pending);
	pending = setTimeout(() => {
		const selection = document.getSelection();
		const quote = selection?.toString().trim() ?? '';
		const source = selection && selection.rangeCount > 0 ? sourceOf(selection.anchorNode) : null;
		const fits = quote.length >= 3 && quote.length <= 600 && source !== null && source === sourceOf(selection!.focusNode);
		if (!fits) {
			if (quoteButton && !quoteButton.contains(document.activeElement)) quoteButton.hidden = true;
			return;
		}
		if (!document.getElementById(ids.quoteShareTemplate)) return;
		const control = quoteControl();
		const rect = selection!.getRangeAt(0).getBoundingClientRect();
		control.dataset['url'] = `${source.dataset['shareUrl']}${textFragment(quote)}`;
		control.dataset['title'] = source.dataset['shareTitle'] ?? document.title;
		control.style.setProperty('--top', `${Math.round(rect.bottom + scrollY + 8)}px`);
		control.style.setProperty('--left', `${Math.round(Math.max(8, Math.min(rect.left + scrollX, innerWidth - 200)))}px`);
		control.hidden = false;
	}, 150);
});
