import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Small content folders for the load tests (tests/unit/content-load*.test.ts):
 * a folder from a list of files, removed after the test file, and a story and
 * a person file of the smallest valid shape.
 */
const folders: string[] = [];
afterAll(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder with these files (path below the folder → content); `null` makes a directory. */
export function contentFolder(files: Record<string, string | null>): string {
	const dir = mkdtempSync(join(tmpdir(), 'lagebild-load-'));
	folders.push(dir);
	for (const [path, content] of Object.entries(files)) {
		if (content === null) mkdirSync(join(dir, path), { recursive: true });
		else {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), content);
		}
	}
	return dir;
}

/** A story with one section in which Erika and Max Muster speak; an event and participants if given. */
export const contentArticle = (title: string, event?: string, participants: string[] = []) =>
	[
		'---',
		`title: "${title}"`,
		'description: "Vorspann."',
		'source:',
		'  statement: "Quelle."',
		...(event ? ['event:', `  date: ${event}`, '  place: Berlin'] : []),
		...(participants.length ? ['participants:', ...participants.map((id) => `  - id: ${id}`)] : []),
		'published: 2026-11-25T09:29+01:00',
		'---',
		'',
		'## Eins',
		'',
		'Erika Muster und Max Muster sprechen.',
		'',
	].join('\n');

/** A person file: name, role, organisation, and whatever else is given. */
export const contentPerson = (name: string, extra = '') => `name: ${name}\nrole: Testperson\norganisation: Testland\n${extra}`;
