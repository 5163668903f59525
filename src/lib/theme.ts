/**
 * Reads the light theme's colours from the design tokens (src/styles/tokens.css),
 * for what cannot use CSS: preview images and the `theme-color` meta tag.
 */
export interface ThemeColours {
	bg: string;
	surface: string;
	text: string;
	muted: string;
	accent: string;
	border: string;
}

/** `--color-<name>: #hex;` in the first `:root { … }` block (the light scheme). */
export function lightColours(tokensCss: string): ThemeColours {
	const root = /:root\s*\{([^}]*)\}/.exec(tokensCss)?.[1];
	if (!root) throw new Error('tokens.css: kein :root-Block gefunden.');
	const colour = (name: keyof ThemeColours) => {
		const value = new RegExp(`--color-${name}\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(root)?.[1];
		if (!value) throw new Error(`tokens.css: --color-${name} fehlt oder ist keine Hex-Farbe.`);
		return value;
	};
	return {
		bg: colour('bg'),
		surface: colour('surface'),
		text: colour('text'),
		muted: colour('muted'),
		accent: colour('accent'),
		border: colour('border'),
	};
}
