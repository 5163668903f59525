import { describe } from 'vitest';
import { checkEveryPage } from '../helpers/every-page.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { useSite } from '../helpers/site.ts';

/** The pages of an article, in both shapes of the test content: long-reads, section pages, „Einordnung“, Einfache Sprache. */
const site = useSite();
const { longRead, section, otherLongRead, otherSection, context, otherContext, simple } = pageTypes;

describe('every page of an article, in Chromium', () => {
	// Tables and sub-headings of the other shape, and a section page, at the narrowest width too.
	checkEveryPage(site, { longRead, section, otherLongRead, otherSection, context, otherContext, simple }, [
		'section',
		'otherSection',
		'otherLongRead',
	]);
});
