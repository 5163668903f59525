/**
 * What Firefox and WebKit do with the site, written by hand after trying it
 * on this machine's Debian packages (Firefox ESR 153, WebKitGTK 2.50 under
 * automation), never detected by the tests: a test compares what
 * it sees with this table, so an engine (or the site) that changes shows up
 * as a failure, and the table is then corrected by hand. The README's table
 * says the same in German.
 */
export interface EngineExpectations {
	/** The Popover API (`showPopover`): glossary definitions and source notes open beside the term. All three. */
	popover: boolean;
	/** The CSS Custom Highlight API (`CSS.highlights`): „Vorlesen“ marks the sentence being read. All three. */
	highlights: boolean;
	/** Scroll-driven animations with `timeline-scope`: the long-read's table of contents marks the section being read. Not in Firefox 153 (behind a preference), so its TOC stays in view unmarked. */
	scrollDrivenAnimations: boolean;
	/** A share sheet (`navigator.share`): none of the three on Linux, so „Link teilen“ copies the link. */
	shareSheet: boolean;
	/** What „Link teilen“ says after a click: all three let a page write to the clipboard on a click, also under automation. */
	shareStatus: 'Link kopiert' | 'Kopieren nicht möglich – der Link steht in der Adresszeile.';
	/** A text-fragment link (`#:~:text=start,end`) to a passage inside a paragraph, or to a sentence followed by its source marker, is scrolled to and marked. All three (WebKitGTK 2.50 only since the marker has a space before it: it read „gemacht.Quelle“ as one word). */
	textFragments: boolean;
	/** The languages of the speech synthesis voices: none in headless Chromium and Firefox, four English voices (Flite) in WebKitGTK. No German one anywhere, so „Vorlesen“ stays hidden. */
	voices: readonly string[];
}

/**
 * The engines this suite runs every behaviour in. Chromium's are the Chromium
 * suite's (tests/browser/*.test.ts, in Chromium's headless shell, the same
 * engine): every page type from 320 to 1280 px without an error
 * (every-page-*.test.ts), without JavaScript (no-javascript.test.ts and the
 * build's crawl), search and its slip (search*.test.ts), popovers
 * (glossary-dismiss, depth, wcag22), sharing and text fragments
 * (sharing.test.ts), read-aloud (read-aloud.test.ts), the table of contents
 * (reading-aids.test.ts). Running them here a second time, in the whole
 * browser, cost the suite a sixth of its time. What only the whole Chromium
 * does (its own icon request, painting a page before it is parsed) is
 * tested here, in budgets.test.ts.
 */
export const crossEngines = ['firefox', 'webkit'] as const;
export type CrossEngine = (typeof crossEngines)[number];

export const expected: Record<CrossEngine, EngineExpectations> = {
	firefox: {
		popover: true,
		highlights: true,
		scrollDrivenAnimations: false,
		shareSheet: false,
		shareStatus: 'Link kopiert',
		textFragments: true,
		voices: [],
	},
	webkit: {
		popover: true,
		highlights: true,
		scrollDrivenAnimations: true,
		shareSheet: false,
		shareStatus: 'Link kopiert',
		textFragments: true,
		voices: ['en-US', 'en-US', 'en-US', 'en-US'],
	},
};
