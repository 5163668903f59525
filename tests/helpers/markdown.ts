import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { de } from '../../src/i18n/de.ts';
import { articleRehypePlugins } from '../../src/lib/markdown/pipeline.ts';
import { definitionId, paths } from '../../src/lib/urls.ts';
import type { ArticleSection } from '../../src/lib/sections.ts';

/** The article pipeline as Astro runs it (remark → rehype with raw HTML allowed → our plugins). */
export async function renderArticle(markdown: string, path = 'content/articles/test.md', frontmatter: Record<string, unknown> = {}) {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });
	for (const plugin of articleRehypePlugins({ anchorLink: de.anchorLink, glossary: { href: paths.glossaryTerm, definitionId } })) {
		if (Array.isArray(plugin)) processor.use(plugin[0] as never, plugin[1] as never);
		else processor.use(plugin as never);
	}
	processor.use(rehypeStringify);
	const file = await processor.process(new VFile({ value: markdown, path, data: { astro: { frontmatter } } }));
	const data = file.data as { astro: { frontmatter: { sections: ArticleSection[] } } };
	return { html: String(file), sections: data.astro.frontmatter.sections };
}
