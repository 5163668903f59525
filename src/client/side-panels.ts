/**
 * The participant list and the long-read's table of contents are each a
 * <details>: folded on phones, kept visible by CSS on wide screens. With
 * JavaScript they are also *open* there, so that assistive technology hears
 * the state the reader sees.
 */
const wide = matchMedia('(min-width: 64rem)');
const sync = () => {
	for (const panel of document.querySelectorAll<HTMLDetailsElement>(':is(aside.participants, .rail nav.toc) > details'))
		panel.open = wide.matches;
};
sync();
wide.onchange = sync;
