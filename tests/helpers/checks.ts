import type { Page } from 'playwright-core';

/**
 * Checks a browser test runs on a page as it stands, shared by the tests of
 * every page type and those that show the check itself fails.
 */

/** The search page with results: waits until they are shown (other paths need no wait). */
export async function settled(page: Page, path: string): Promise<void> {
	if (path.includes('?q=')) {
		await page.waitForFunction(() => (document.querySelector('site-search.page [data-search-count]')?.textContent ?? '') !== '', null, {
			timeout: 15_000,
		});
	}
}

/** How far the page is wider than the window (0 or less: no sideways scrolling). */
export function overflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
}

/**
 * 2.5.8 target size (minimum): each target at least 24 × 24 CSS px, or spaced
 * so that a 24 px circle centred on it meets no other target and no other
 * undersized target's circle. Exempt, as the criterion allows: links inside
 * sentences (the article text, and links on a line with other words).
 */
export async function undersized(page: Page): Promise<{ measured: number; failures: string[] }> {
	return page.evaluate(() => {
		const selector = 'a[href], button, summary, input:not([type=hidden]), select, textarea, [tabindex="0"]';
		const visible = (element: Element) => {
			const style = getComputedStyle(element);
			const rect = element.getBoundingClientRect();
			return style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0 && element.closest('[hidden], [inert]') === null;
		};
		const inRunningText = (element: Element) => {
			if (element.closest('.prose')) return true;
			if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
			const block = element.parentElement?.closest('p, li, dd, td, th, figcaption, blockquote');
			if (!block) return false;
			const words = [...block.childNodes]
				.filter((node) => node !== element && !(node instanceof Element && node.matches('a, button')))
				.map((node) => node.textContent ?? '')
				.join(' ');
			return /\p{L}/u.test(words);
		};
		const targets = [...document.querySelectorAll(selector)].filter((element) => visible(element) && !element.closest('.skip-link'));
		const measured = targets.filter((element) => !inRunningText(element));
		const name = (element: Element) =>
			`${element.tagName.toLowerCase()} „${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40)}“`;
		const small = measured.filter((element) => {
			const rect = element.getBoundingClientRect();
			return rect.width < 24 || rect.height < 24;
		});
		const centreOf = (element: Element) => {
			const rect = element.getBoundingClientRect();
			return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
		};
		const distanceToRect = (point: { x: number; y: number }, rect: DOMRect) => {
			const dx = Math.max(rect.left - point.x, 0, point.x - rect.right);
			const dy = Math.max(rect.top - point.y, 0, point.y - rect.bottom);
			return Math.hypot(dx, dy);
		};
		const failures: string[] = [];
		for (const element of small) {
			const centre = centreOf(element);
			const clash = targets.find((other) => {
				if (other === element || other.contains(element) || element.contains(other)) return false;
				if (distanceToRect(centre, other.getBoundingClientRect()) < 12) return true;
				if (!small.includes(other)) return false;
				const otherCentre = centreOf(other);
				return Math.hypot(centre.x - otherCentre.x, centre.y - otherCentre.y) < 24;
			});
			if (clash) {
				const rect = element.getBoundingClientRect();
				failures.push(`${name(element)} ${Math.round(rect.width)}×${Math.round(rect.height)} neben ${name(clash)}`);
			}
		}
		return { measured: measured.length, failures };
	});
}
