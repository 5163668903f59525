/**
 * Glossary terms (and source markers, src/components/AttributionNotes.astro) show their definition on hover, keyboard focus and tap.
 * Without JavaScript a term is a link to its glossary entry; with it, the
 * definition (a popover the page already holds, and the term's
 * aria-describedby) opens beside the term. As WCAG 1.4.13 asks, it stays
 * while the pointer is on the term or on the definition and while either
 * has focus; Escape (the popover's own light dismiss) closes it without
 * moving focus, and so does a tap elsewhere.
 */

const definitionOf = (term: Element) => {
	const definition = document.getElementById(term.getAttribute('aria-describedby') ?? '');
	return definition && 'showPopover' in definition ? definition : null;
};

function open(term: HTMLElement): void {
	const definition = definitionOf(term);
	if (!definition || definition.matches(':popover-open')) return;
	definition.showPopover();
	// Below the term where it fits, otherwise above it; always inside the viewport.
	const rect = term.getBoundingClientRect();
	const { width, height } = definition.getBoundingClientRect();
	const below = rect.bottom + 6;
	const top = below + height <= innerHeight - 8 ? below : Math.max(8, rect.top - 6 - height);
	definition.style.setProperty('--top', `${Math.round(top)}px`);
	definition.style.setProperty('--left', `${Math.round(Math.max(8, Math.min(rect.left, innerWidth - width - 8)))}px`);
}

/** Closes the definition unless the pointer or the focus is on the term or on the definition. */
function close(term: HTMLElement): void {
	const definition = definitionOf(term);
	if (
		definition?.matches(':popover-open') &&
		![term, definition].some((element) => element.matches(':hover') || element.contains(document.activeElement))
	)
		definition.hidePopover();
}

/** The term an event concerns: the term itself, or the term whose definition it is in. */
const termOf = (target: EventTarget | null) => {
	// Pointer, focus and click events target elements (closest is missing only on the document itself).
	const element = target as Element;
	const definition = element.closest?.('.note');
	return definition
		? document.querySelector<HTMLElement>(`a[aria-describedby="${definition.id}"]`)
		: element.closest?.<HTMLElement>('a[aria-describedby]');
};

const on = (type: string, act: (term: HTMLElement, event: PointerEvent) => unknown) =>
	document.addEventListener(type, (event) => {
		const term = termOf(event.target);
		if (term) act(term, event as PointerEvent);
	});
const mouse = (event: PointerEvent) => event.pointerType === 'mouse';
on('pointerover', (term, event) => mouse(event) && open(term));
// A moment's grace: the pointer crosses the gap between term and definition.
on('pointerout', (term, event) => mouse(event) && setTimeout(close, 300, term));
on('focusin', open);
on('focusout', (term) => setTimeout(close, 0, term));
on('click', (term, event) => {
	// A tap on the term shows the definition (a tap elsewhere closes it); the definition's own link leads on to the glossary.
	if (event.pointerType === 'touch' && term.contains(event.target as Node)) {
		event.preventDefault();
		open(term);
	}
});
