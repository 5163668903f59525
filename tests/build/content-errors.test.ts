import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentDir, runAstro } from '../helpers/astro.ts';
import { fixturesDir } from '../helpers/paths.ts';

const cases = join(fixturesDir, 'content-cases');
const participants = join(cases, 'participants');

/**
 * Each broken article is a fixture; Astro loads it from a content folder of
 * its own and must stop with a message naming the file and what is wrong.
 */
const broken: Array<[file: string, command: 'sync' | 'build', expected: RegExp[]]> = [
	['missing-title.md', 'sync', [/missing-title/, /title: Die Schlagzeile \(title\) fehlt/]],
	['empty-title.md', 'sync', [/empty-title/, /title: Die Schlagzeile \(title\) darf nicht leer sein/]],
	['invalid-date.md', 'sync', [/invalid-date\.md:5: event\.date: „2025-02-30“ ist kein gültiges Datum/]],
	['not-a-date.md', 'sync', [/not-a-date/, /event\.date: Das Datum des Ereignisses ist kein gültiges Datum/]],
	['no-sections.md', 'sync', [/no-sections\.md: .*keinen Abschnitt/]],
	['slug-collision.md', 'sync', [/slug-collision\.md:15:1: Zwei Abschnitte haben denselben Slug „groesse-zaehlt“/]],
	['heading-skip.md', 'sync', [/heading-skip\.md:\d+:\d+: Überschriftenebene übersprungen: #### folgt auf ##/]],
	['raw-script.md', 'sync', [/raw-script\.md:15:1: Rohes <script>/]],
	['event-handler.md', 'sync', [/event-handler\.md:\d+:\d+: Inline-Event-Handler \(onclick\)/]],
	['unknown-participant.md', 'build', [/unknown-participant\.md: participants\[0\]\.id: Die Person „niemand-bekanntes“ gibt es nicht/]],
	['keypoint-unknown-section.md', 'build', [/keypoint-unknown-section\.md: keyPoints\[2\]\.section: Den Abschnitt „gibt-es-nicht“ gibt es nicht/]],
	['keypoints-too-few.md', 'sync', [/keypoints-too-few/, /keyPoints: Drei bis fünf Kernpunkte/]],
	['timeline-unknown-person.md', 'build', [/timeline-unknown-person\.md: timeline\[0\]\.participants\[1\]: Die Person „niemand-bekanntes“ gibt es nicht/]],
	['timeline-invalid-date.md', 'sync', [/timeline-invalid-date\.md:\d+: timeline\.date: „2025-02-30“ ist kein gültiges Datum/]],
	['timeline-no-time.md', 'sync', [/timeline-no-time/, /timeline\.0: Ein Ereignis braucht ein Datum oder eine Zeitangabe/]],
];

describe('bad content fails the build, naming file and problem', () => {
	it('a valid fixture article builds (the harness itself works)', async () => {
		const result = await runAstro('build', makeContentDir([join(cases, 'valid.md')], participants));
		expect(result.output).toContain('page(s) built');
		expect(result.code).toBe(0);
	}, 120_000);

	it.each(broken)('%s (astro %s)', async (file, command, expected) => {
		const result = await runAstro(command, makeContentDir([join(cases, file)], participants));
		expect(result.code, result.output).not.toBe(0);
		for (const pattern of expected) expect(result.output).toMatch(pattern);
	}, 120_000);
});
