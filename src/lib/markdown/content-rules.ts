import type { ElementContent, Root, RootContent } from 'hast';
import { isAbsolute, relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/**
 * Rules every article body must keep. Each rule reports through `file.fail`,
 * so the message names the Markdown file, the line and what is wrong.
 */

const HEADING = /^h([1-6])$/;

/**
 * Stops the pipeline with a message that names the file and the line, so an
 * editor sees „content/articles/x.md:12:1: …“ wherever the message ends up.
 */
export function fail(file: VFile, reason: string, place?: Node): never {
	const start = place?.position?.start;
	const name = file.path && isAbsolute(file.path) ? relative(file.cwd, file.path) : file.path || 'Artikel';
	const where = `${name}${start ? `:${start.line}:${start.column}` : ''}`;
	file.fail(`${where}: ${reason}`, place);
}

export function headingLevel(node: RootContent | ElementContent): number | undefined {
	if (node.type !== 'element') return undefined;
	const match = HEADING.exec(node.tagName);
	return match ? Number(match[1]) : undefined;
}

/**
 * The body starts at `##` (the page has the headline as its only `#`) and
 * never skips a level on the way down (`##` straight to `####`).
 */
export function checkHeadingOutline(tree: Root, file: VFile): void {
	let previous = 1;
	const walk = (nodes: Array<RootContent | ElementContent>) => {
		for (const node of nodes) {
			const level = headingLevel(node);
			if (level === 1) {
				fail(
					file,
					'Eine Überschrift der Ebene # ist im Artikeltext nicht erlaubt: Die Schlagzeile steht im Feld „title“, Abschnitte beginnen mit ##.',
					node,
				);
			}
			if (level !== undefined) {
				if (level > previous + 1) {
					fail(
						file,
						`Überschriftenebene übersprungen: ${'#'.repeat(level)} folgt auf ${'#'.repeat(previous)}. Jede Ebene darf nur eine Stufe tiefer gehen.`,
						node,
					);
				}
				previous = level;
			}
			if (node.type === 'element') walk(node.children);
		}
	};
	walk(tree.children);
}
