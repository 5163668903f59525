import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from '../helpers/site.ts';
import { pageTypes } from '../helpers/page-types.ts';

/** axe runs on every page type (every-page-*.test.ts); here, that the check sees a violation when there is one. */
const site = useSite();

describe('accessibility checks (axe-core)', () => {
	it('catch a violation (a page whose language is removed)', async () => {
		const { page } = await site.open(pageTypes.section);
		await page.evaluate(() => document.documentElement.removeAttribute('lang'));
		expect((await axeViolations(page)).map((violation) => violation.id)).toContain('html-has-lang');
	});
});
