/**
 * The one script every page loads, as small custom elements that enhance
 * server-rendered HTML: the search form (its code loads when used), the
 * share controls and the glossary definitions. Every page works without it.
 */
import './site-search.ts';
import './share.ts';
import './glossary.ts';
