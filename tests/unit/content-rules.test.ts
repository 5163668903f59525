import { describe, expect, it } from 'vitest';
import { renderArticle } from '../helpers/markdown.ts';

const path = 'content/articles/kaputt.md';

/** Each broken article must fail with the file, the line and what is wrong. */
describe('content rules in the Markdown pipeline', () => {
	it.each([
		['an article without any ## section', 'Nur Text, keine Überschrift.\n', 'keinen Abschnitt'],
		['text before the first section', 'Vorweg.\n\n## Abschnitt\n\nText.\n', 'Text vor dem ersten Abschnitt'],
		['two sections whose slugs collide', '## Größe\n\nA.\n\n## Groesse\n\nB.\n', 'denselben Slug „groesse“'],
		['a pinned slug that collides', '## Eins {#gleich}\n\nA.\n\n## Zwei {#gleich}\n\nB.\n', 'denselben Slug „gleich“'],
		['a pinned slug that is not ASCII', '## Eins {#grüße}\n\nA.\n', 'Ungültiger Abschnitts-Slug „grüße“'],
		['a heading level that skips', '## Eins\n\n#### Zu tief\n\nA.\n', 'Überschriftenebene übersprungen: #### folgt auf ##'],
		['a # heading in the body', '# Zweite Schlagzeile\n\n## Eins\n\nA.\n', 'Ebene # ist im Artikeltext nicht erlaubt'],
		['raw <script>', '## Eins\n\n<script>alert(1)</script>\n', 'Rohes <script>'],
		['an inline event handler', '## Eins\n\n<img src="x.png" alt="" onerror="alert(1)">\n', 'Inline-Event-Handler (onerror)'],
		['a javascript: link', '## Eins\n\n[klick](javascript:alert(1))\n', 'javascript:'],
		['a javascript: link hidden by a tab', '## Eins\n\n<a href="java&#x09;script:alert(1)">klick</a>\n', 'javascript:'],
		['a section without text', '## Eins\n\nText.\n\n## Leer\n\n## Drei\n\nText.\n', 'Der Abschnitt „Leer“ hat keinen Text'],
		['a section slug the page layout uses', '## Main\n\nText.\n', 'Der Abschnitts-Slug „main“ ist für die Seite selbst reserviert'],
	])('refuses %s', async (_case, markdown, message) => {
		const failure = renderArticle(markdown, path);
		await expect(failure).rejects.toThrow(message);
		await expect(failure).rejects.toThrow(/^content\/articles\/kaputt\.md(:\d+:\d+)?: /);
	});

	it('accepts a well-formed article', async () => {
		await expect(renderArticle('## Eins\n\nText mit <abbr title="Nordatlantikpakt">NATO</abbr>.\n', path)).resolves.toBeDefined();
	});
});
