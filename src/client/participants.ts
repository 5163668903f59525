/**
 * The participant sidebar is a <details> that CSS keeps visible on wide
 * screens; with JavaScript it is also *open* there, so that assistive
 * technology hears the state the reader sees.
 */
const wide = matchMedia('(min-width: 64rem)');
const sync = () => {
	for (const panel of document.querySelectorAll<HTMLDetailsElement>('aside.participants details')) panel.open = wide.matches;
};
sync();
wide.onchange = sync;
