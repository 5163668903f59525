/**
 * The one script every page loads, as small custom elements that enhance
 * server-rendered HTML: the search form (its code loads when used), the
 * share controls, the glossary definitions and the participant panel. Every
 * page works without it.
 */
import './site-search.ts';
import './share.ts';
import './glossary.ts';
import './side-panels.ts';
import './read-aloud/reveal.ts';
