/**
 * Glossary terms show their definition on hover, keyboard focus and tap.
 * Without JavaScript a term is a link to its glossary entry; with it, the
 * definition (a popover the page already holds, and the term's
 * aria-describedby) opens beside the term. Escape or a tap elsewhere closes it.
 */

const definitionOf = (term: Element) => {
	const id = term.getAttribute('aria-describedby');
	const definition = id ? document.getElementById(id) : null;
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

function close(term: HTMLElement): void {
	const definition = definitionOf(term);
	if (definition?.matches(':popover-open') && !definition.matches(':hover') && !definition.contains(document.activeElement)) definition.hidePopover();
}

const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('a.glossary-term') : null);

document.addEventListener('pointerover', (event) => {
	const term = termOf(event.target);
	if (term && event.pointerType === 'mouse') open(term);
});
document.addEventListener('pointerout', (event) => {
	const term = termOf(event.target);
	if (term && event.pointerType === 'mouse') setTimeout(() => close(term), 300);
});
document.addEventListener('focusin', (event) => {
	const term = termOf(event.target);
	if (term) open(term);
});
document.addEventListener('focusout', (event) => {
	const term = termOf(event.target);
	if (term) setTimeout(() => close(term), 0);
});
document.addEventListener('click', (event) => {
	const term = termOf(event.target);
	if (!term || !(event instanceof PointerEvent) || event.pointerType !== 'touch') return;
	// A tap shows the definition (a tap elsewhere closes it); its own link leads on to the glossary.
	event.preventDefault();
	open(term);
});
