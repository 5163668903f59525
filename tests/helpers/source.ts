import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from './paths.ts';

/**
 * The source article as it reached us (a copy kept in the project), and what
 * the edition does with each line, as the source's README describes it.
 */
export const sourceLines = readFileSync(join(fixturesDir, 'source-article.txt'), 'utf8').split(/\r?\n/);

/** Lines of the source site's furniture: never article text. */
export const FURNITURE = ['Gerade lesen andere', 'Lesen Sie auch'];

/** Passages the edition translated (and says so in its notes). */
export const TRANSLATED: Record<string, string> = {
	'High-level attendance signals serious intent': 'Hochrangige Teilnahme signalisiert ernsthafte Absicht',
};

export const teaser = sourceLines[0]!;

/** The subheadings: short lines followed by a blank line. */
export const subheadings = sourceLines.filter((line, index) => line.trim() !== '' && sourceLines[index + 1] === '' && index > 2);

/**
 * Every line of article text after the teaser, in order, as the site must show
 * it: furniture and the duplicated teaser dropped, list markers taken off,
 * translated subheadings replaced by their translation.
 */
export const articleLines: string[] = sourceLines
	.slice(1)
	.filter((line) => line.trim() !== '' && !FURNITURE.includes(line.trim()) && line !== teaser)
	.map((line) => line.replace(/^- /, ''))
	.map((line) => TRANSLATED[line] ?? line);
