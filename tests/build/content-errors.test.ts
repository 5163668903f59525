import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeContentDir, runAstro } from '../helpers/astro.ts';
import { loadFolder } from '../helpers/content.ts';
import { fixturesDir, projectRoot } from '../helpers/paths.ts';

const cases = join(fixturesDir, 'content-cases');
const participants = join(cases, 'participants');

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A content folder of its own (in the temp dir) with one fixture article and a participants folder. */
function folderWith(article: string, people = participants): string {
	const dir = makeContentDir([join(cases, article)], people);
	folders.push(dir);
	return dir;
}

/** A file of that folder as messages name it: relative to the project, like the loader does. */
const shown = (dir: string, ...parts: string[]) => relative(projectRoot, join(dir, ...parts));

/** The message the content load stops with (the same load the site's loader runs, without Astro). */
async function loadFailure(dir: string): Promise<string> {
	try {
		await loadFolder(dir);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error(`Erwartet war ein Inhaltsfehler, aber ${dir} wurde geladen.`);
}

const ALLOWED =
	'erlaubt sind Absätze, Überschriften ab <h2>, Listen, Tabellen, Zitate, <figure>, Links und Auszeichnungen wie <em>, <strong>, <abbr>, <q>, <sup>, <sub>, <span lang>, <time>';
const notAllowed = (tag: string) => `Das Element <${tag}> ist im Artikeltext nicht erlaubt (${ALLOWED}).`;
const UNKNOWN = 'Tippfehler? Die erlaubten Felder stehen in der Feldreferenz im README.';

/**
 * Each broken fixture with where the message must point: `:line` for front
 * matter (then `field: reason`), `:line:column` for the body. Every number is
 * counted by hand in the fixture file (line 1 is its opening `---`).
 */
const frontmatterCases: Array<[file: string, where: string, message: string]> = [
	// No title at all: the message points at the start of the front matter.
	['missing-title.md', ':2', 'title: Die Schlagzeile (title) fehlt.'],
	['empty-title.md', ':2', 'title: Die Schlagzeile (title) darf nicht leer sein.'],
	['invalid-date.md', ':5', 'event.date: „2025-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).'],
	['not-a-date.md', ':5', 'event.date: Das Datum des Ereignisses: erwartet wird JJJJ-MM-TT.'],
	['unknown-field.md', ':3', `Unbekanntes Feld „descripton“: ${UNKNOWN}`],
	['source-url-not-http.md', ':6', 'source.url: Nur http- oder https-Adressen.'],
	['unknown-participant.md', ':7', 'participants[0].id: Die Person „niemand-bekanntes“ gibt es nicht. Legen Sie participants/niemand-bekanntes.yaml an oder korrigieren Sie die Kennung.'],
	['keypoint-unknown-section.md', ':12', 'keyPoints[2].section: Den Abschnitt „gibt-es-nicht“ gibt es nicht. Abschnitte: erster-abschnitt.'],
	['timeline-invalid-date.md', ':7', 'timeline[0].date: „2025-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).'],
	// The event on line 7 has neither date nor marker.
	['timeline-no-time.md', ':7', 'timeline[0]: Ein Ereignis braucht ein Datum (date) oder eine Zeitangabe (marker).'],
	['timeline-unknown-person.md', ':13', 'timeline[0].participants[1]: „niemand-bekanntes“ steht nicht in participants dieses Artikels.'],
	['timeline-unknown-section.md', ':12', 'timeline[1].section: Den Abschnitt „letzter-abschnitt“ gibt es nicht. Abschnitte: erster-abschnitt.'],
	['glossary-duplicate-term.md', ':10', 'glossary[1].term: Den Begriff „Kreml“ gibt es im Glossar dieses Artikels schon.'],
	// The term on line 7 has no definition.
	['glossary-no-definition.md', ':7', 'glossary[0].definition: Die Erklärung fehlt.'],
];

/** A field whose value is a block on the lines below (`keyPoints:` and its items) is reported at its own line. */
const blockFieldLines: Array<[file: string, where: string, message: string]> = [
	// `keyPoints:` on line 6, one item.
	['keypoints-too-few.md', ':6', 'keyPoints: Drei bis fünf Kernpunkte, oder keine.'],
	// `keyPoints:` on line 6, six items.
	['keypoints-too-many.md', ':6', 'keyPoints: Drei bis fünf Kernpunkte, oder keine.'],
];

const bodyCases: Array<[file: string, where: string, message: string]> = [
	// Nothing to point at: the file has no ## heading at all.
	['no-sections.md', '', 'Der Artikel hat keinen Abschnitt: Mindestens eine ##-Überschrift ist nötig.'],
	['slug-collision.md', ':12:1', 'Zwei Abschnitte haben denselben Slug „groesse-zaehlt“: „Größe zählt“ und „Groesse zaehlt“. Ändern Sie eine Überschrift oder legen Sie den Slug mit {#…} fest.'],
	['heading-skip.md', ':10:1', 'Überschriftenebene übersprungen: #### folgt auf ##. Jede Ebene darf nur eine Stufe tiefer gehen.'],
];

/** Issue 10: each kind of unsafe HTML fails naming file, line and the element or attribute. */
const unsafeHtmlCases: Array<[file: string, where: string, message: string]> = [
	['unsafe-meta-refresh.md', ':12:1', notAllowed('meta')],
	// In the second section (line 12), two lines below its heading.
	['unsafe-iframe.md', ':14:1', notAllowed('iframe')],
	['unsafe-object.md', ':12:1', notAllowed('object')],
	// Inside a paragraph: „Ein Video: “ is 11 characters.
	['unsafe-embed.md', ':12:12', notAllowed('embed')],
	// The <form> (line 12) is refused before the password <input> inside it (line 13).
	['unsafe-form-password.md', ':12:1', notAllowed('form')],
	['unsafe-style.md', ':12:1', notAllowed('style')],
	['unsafe-base.md', ':12:1', notAllowed('base')],
	// The <svg> (with onload and a <script> inside) after another paragraph.
	['unsafe-svg.md', ':14:1', notAllowed('svg')],
	['unsafe-script.md', ':12:1', notAllowed('script')],
	['unsafe-onclick.md', ':12:1', 'Das Attribut onclick an <p> ist im Artikeltext nicht erlaubt.'],
	// Inside a paragraph: „Mehr dazu “ is 10 characters.
	['unsafe-javascript-href.md', ':12:11', 'Die Adresse „javascript:alert(document.cookie)“ an <a href> ist nicht erlaubt: nur http, https, mailto oder relative Links.'],
];

describe('bad content stops the content load, naming file, line and problem', () => {
	it.each(frontmatterCases)('%s → %s', async (file, where, message) => {
		const dir = folderWith(file);
		expect(await loadFailure(dir)).toBe(`${shown(dir, 'articles', file)}${where}: ${message}`);
	});

	it.each(blockFieldLines)('%s → %s (the field’s own line)', async (file, where, message) => {
		const dir = folderWith(file);
		expect(await loadFailure(dir)).toBe(`${shown(dir, 'articles', file)}${where}: ${message}`);
	});

	it.each(bodyCases)('%s → %s', async (file, where, message) => {
		const dir = folderWith(file);
		expect(await loadFailure(dir)).toBe(`${shown(dir, 'articles', file)}${where}: ${message}`);
	});

	it.each(unsafeHtmlCases)('%s → %s', async (file, where, message) => {
		const dir = folderWith(file);
		expect(await loadFailure(dir)).toBe(`${shown(dir, 'articles', file)}${where}: ${message}`);
	});

	it.each([
		// name (1), organisation (2), aliases (3): no role at all; the message points at the file's start.
		['participants-missing-role', ':1', 'role: Die Rolle fehlt.'],
		['participants-unknown-field', ':4', `Unbekanntes Feld „partei“: ${UNKNOWN}`],
	])('an invalid participant file (%s) → %s', async (folder, where, message) => {
		const dir = folderWith('valid.md', join(cases, folder));
		expect(await loadFailure(dir)).toBe(`${shown(dir, 'participants', 'erika-muster.yaml')}${where}: ${message}`);
	});

	it('loads the valid fixture (the cases fail for their own reason only)', async () => {
		const { articles, people } = await loadFolder(folderWith('valid.md'));
		expect(articles.map((article) => [article.slug, article.title, article.event])).toEqual([['valid', 'Ein gültiger Artikel', { date: '2025-08-18', place: 'Berlin' }]]);
		expect(people.map((person) => [person.id, person.appearances.map((appearance) => [appearance.article, appearance.group])])).toEqual([['erika-muster', [['valid', 'Befragt']]]]);
	});
});

/** The same load inside Astro: three real runs of the CLI. */
describe('Astro runs the same checks', () => {
	it('builds the valid fixture', async () => {
		const result = await runAstro('build', folderWith('valid.md'));
		expect(result.output).toContain('page(s) built');
		expect(result.code, result.output).toBe(0);
	}, 180_000);

	it('stops `astro sync` at a front-matter error, naming file, line and field', async () => {
		const dir = folderWith('invalid-date.md');
		const result = await runAstro('sync', dir);
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toContain(`${shown(dir, 'articles', 'invalid-date.md')}:5: event.date: „2025-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).`);
	}, 120_000);

	it('stops `astro sync` at disallowed HTML, naming file, line and element', async () => {
		const dir = folderWith('unsafe-iframe.md');
		const result = await runAstro('sync', dir);
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toContain(`${shown(dir, 'articles', 'unsafe-iframe.md')}:14:1: ${notAllowed('iframe')}`);
	}, 120_000);
});
