import { de } from '../../src/i18n/de.ts';
import type { TermForms } from '../../src/lib/glossary.ts';
import { renderArticleBody } from '../../src/lib/markdown/pipeline.ts';
import type { RenderedSection } from '../../src/lib/sections.ts';
import { definitionId, paths } from '../../src/lib/urls.ts';

export interface RenderOptions {
	/** The article's glossary entries: terms and their other spellings (none by default). */
	glossary?: readonly TermForms[];
}

export interface Rendered {
	sections: RenderedSection[];
	/** The long-read's body: each section's heading (with its anchor link) followed by its body. */
	html: string;
}

/**
 * An article body through the one Markdown pipeline the content loader runs
 * (`renderArticleBody`), with the site's labels. `markdown` is the body only;
 * line numbers in messages count from its first line.
 */
export async function renderArticle(markdown: string, path = 'content/articles/test.md', options: RenderOptions = {}): Promise<Rendered> {
	const { sections } = await renderArticleBody(markdown, path, {
		anchorLink: de.anchorLink,
		tableLabel: de.tableLabel,
		glossary: { entries: options.glossary ?? [], href: paths.glossaryTerm, definitionId },
	});
	return { sections, html: sections.map((section) => `${section.headingHtml}\n${section.bodyHtml}`).join('\n') };
}

/** The message a broken body fails with; the calling test fails if the body renders. */
export async function renderFailure(markdown: string, path = 'content/articles/test.md'): Promise<string> {
	try {
		await renderArticle(markdown, path);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error(`Erwartet war ein Fehler, aber der Text wurde angenommen:\n${markdown}`);
}
