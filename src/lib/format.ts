const longDate = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** „18. August 2025“ */
export function formatDate(date: Date): string {
	return longDate.format(date);
}

/** `2025-08-18`, for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Page title: the page's own name, then the site's. */
export function pageTitle(parts: readonly string[], separator: string): string {
	return parts.filter(Boolean).join(separator);
}
