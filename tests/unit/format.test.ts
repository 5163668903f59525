import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/lib/format.ts';

describe('page titles', () => {
	it('puts the page’s own name first, then the site’s, and leaves out empty parts', () => {
		expect(pageTitle(['Kanzlerwahl', 'Lagebild'], ' – ')).toBe('Kanzlerwahl – Lagebild');
		expect(pageTitle(['', 'Lagebild'], ' – ')).toBe('Lagebild');
	});
});
