/** Page title: the page's own name, then the site's. */
export function pageTitle(parts: readonly string[], separator: string): string {
	return parts.filter(Boolean).join(separator);
}
