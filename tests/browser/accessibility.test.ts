import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from '../helpers/site.ts';
import { pageTypes } from '../helpers/page-types.ts';

const site = useSite();

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it.each(Object.entries(pageTypes))(`%s has no violations in the ${colorScheme} scheme`, async (_type, path) => {
			const { page } = await site.open(path, { colorScheme });
			expect(await axeViolations(page)).toEqual([]);
		});
	}

	it('the check itself catches a violation (a page whose language is removed)', async () => {
		const { page } = await site.open(pageTypes.section);
		await page.evaluate(() => document.documentElement.removeAttribute('lang'));
		expect((await axeViolations(page)).map((violation) => violation.id)).toContain('html-has-lang');
	});

	it.each([
		['section', pageTypes.section],
		['otherSection', pageTypes.otherSection],
		['otherLongRead', pageTypes.otherLongRead],
	])('%s has no violations at 320 px', async (_type, path) => {
		const { page } = await site.open(path, { viewport: { width: 320, height: 700 } });
		expect(await axeViolations(page)).toEqual([]);
	});
});
