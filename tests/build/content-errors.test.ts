import { existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeContentDir, runAstro } from '../helpers/astro.ts';
import { loadFolder } from '../helpers/content.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { contentOptions } from '../../src/loaders/content-options.ts';
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
	[
		'unknown-participant.md',
		':7',
		'participants[0].id: Die Person „niemand-bekanntes“ gibt es nicht. Legen Sie participants/niemand-bekanntes.yaml an oder korrigieren Sie die Kennung.',
	],
	[
		'keypoint-quote-not-found.md',
		':12',
		'keyPoints[2].quote: „steht nirgends im Text“ steht nicht im Text. Kopieren Sie den Ausschnitt wörtlich aus einem Absatz (ohne Markdown-Zeichen wie ** oder -).',
	],
	['timeline-invalid-date.md', ':7', 'timeline[0].date: „2025-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).'],
	// The event on line 7 has neither date nor marker.
	['timeline-no-time.md', ':7', 'timeline[0]: Ein Ereignis braucht ein Datum (date) oder eine Zeitangabe (marker).'],
	['timeline-unknown-person.md', ':13', 'timeline[0].participants[1]: „niemand-bekanntes“ steht nicht in participants dieses Artikels.'],
	// The heading „Der erste Abschnitt des Tests“ stands on line 16.
	[
		'timeline-quote-in-heading.md',
		':12',
		'timeline[1].quote: „erste Abschnitt des“ steht in einer Zwischenüberschrift (Zeile 16). Eine Überschrift ist die Rahmung der Quelle, kein Beleg: Zitieren Sie einen Satz des Textes, der die Aussage trägt, oder streichen Sie den Eintrag.',
	],
	['glossary-duplicate-term.md', ':10', 'glossary[1].term: Den Begriff „Kreml“ gibt es im Glossar dieses Artikels schon.'],
	// The term on line 7 has no definition.
	['glossary-no-definition.md', ':7', 'glossary[0].definition: Die Erklärung fehlt.'],
];

/** Issue 26: editorial lines rest on the text and keep its attributions; the log is dated, ordered and points at a passage. */
const trustCases: Array<[file: string, where: string, message: string]> = [
	// The second fact (line 10) has neither quote nor extern.
	[
		'item-without-evidence.md',
		':10',
		'facts.known[1]: Jeder redaktionelle Eintrag beruht auf einem Beleg: einem wörtlichen Ausschnitt des Textes (quote) oder, für eine Tatsache von außerhalb, einer externen Quelle (extern mit title, url, supports).',
	],
	['extern-incomplete.md', ':9', 'timeline[0].extern.supports: Was die externe Quelle belegt (extern.supports) fehlt.'],
	// „Die Brücke werde im Mai gesperrt, sagte Erika Muster.“: the key point (line 9) drops her.
	[
		'attribution-speaker-missing.md',
		':9',
		'keyPoints[0]: „Die Brücke wird im Mai gesperrt.“ beruht auf einer zugeschriebenen Aussage (attributions[0]: Erika Muster, eigene-worte), sagt aber nicht, wer es sagt („Erika Muster“ oder „Muster“).',
	],
	// A media report: naming her is not enough, the line must say it comes through the Stadtfunk.
	[
		'attribution-medium-missing.md',
		':10',
		'facts.open[0]: „Erika Muster will zurücktreten.“ beruht auf einer zugeschriebenen Aussage (attributions[0]: Erika Muster, medienbericht, laut Stadtfunk), sagt aber nicht, über wen es kommt: „Stadtfunk“ oder eine Wendung der indirekten Rede („laut …“, „… zufolge“, „nach Angaben …“, „nach … Worten“; die Liste steht im README).',
	],
	[
		'attribution-clause-outside.md',
		':13',
		'attributions[0].clause: „doch Erika Muster betonte, die Pläne seien fertig“ steht nicht in dem Satz, den der Beleg zitiert („Der Rat vertagte sich, doch Erika Muster betonte, der Plan sei fertig.“). Kopieren Sie den Teil wörtlich aus diesem Satz.',
	],
	[
		'published-without-zone.md',
		':6',
		'published: Die Veröffentlichung (published): „2026-11-20T10:00“ hat keine Zeitzone. Ein Zeitpunkt braucht Datum, Uhrzeit und Zone, z. B. 2026-11-20T09:30+01:00 (MEZ) oder +02:00 (MESZ).',
	],
	// 08:30 UTC is 09:30 in Berlin, half an hour before 10:00+01:00.
	[
		'change-before-published.md',
		':8',
		'changes[0].at: 2026-11-20T08:30Z liegt vor der Veröffentlichung (published: 2026-11-20T10:00+01:00). Ein Eintrag kann erst danach kommen.',
	],
	[
		'changes-out-of-order.md',
		':11',
		'changes[1].at: 2026-11-21T10:00+01:00 liegt vor dem Eintrag davor (2026-11-22T10:00+01:00). Die Einträge stehen in zeitlicher Reihenfolge, der neueste zuletzt.',
	],
	// The entry starts on line 8; the field it lacks has no line of its own.
	['correction-without-before.md', ':8', 'changes[0].before: Eine Korrektur sagt, was vorher stand: before fehlt.'],
	[
		'correction-without-quote.md',
		':8',
		'changes[0].quote: Eine Korrektur zeigt, wo sie steht: quote (die korrigierte Stelle, wie sie jetzt steht) fehlt.',
	],
	[
		'change-quote-not-found.md',
		':12',
		'changes[0].quote: „Der Rat tagte am Mittag“ steht weder im Text noch in einem redaktionellen Eintrag. Kopieren Sie die geänderte Stelle wörtlich, wie sie jetzt steht.',
	],
	// Once in the text (line 24) and once in the first key point.
	[
		'change-quote-twice.md',
		':19',
		'changes[0].quote: „Der Rat tagte am Abend“ steht 2-mal (Zeile 24, keyPoints[0].text). Die geänderte Stelle muss genau einmal vorkommen: Nehmen Sie mehr Wörter dazu.',
	],
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
	[
		'slug-collision.md',
		':13:1',
		'Zwei Abschnitte haben denselben Slug „groesse-zaehlt“: „Größe zählt“ und „Groesse zaehlt“. Ändern Sie eine Überschrift oder legen Sie den Slug mit {#…} fest.',
	],
	['heading-skip.md', ':11:1', 'Überschriftenebene übersprungen: #### folgt auf ##. Jede Ebene darf nur eine Stufe tiefer gehen.'],
];

/** Issue 10: each kind of unsafe HTML fails naming file, line and the element or attribute. */
const unsafeHtmlCases: Array<[file: string, where: string, message: string]> = [
	['unsafe-meta-refresh.md', ':13:1', notAllowed('meta')],
	// In the second section (line 13), two lines below its heading.
	['unsafe-iframe.md', ':15:1', notAllowed('iframe')],
	['unsafe-object.md', ':13:1', notAllowed('object')],
	// Inside a paragraph: „Ein Video: “ is 11 characters.
	['unsafe-embed.md', ':13:12', notAllowed('embed')],
	// The <form> (line 13) is refused before the password <input> inside it (line 14).
	['unsafe-form-password.md', ':13:1', notAllowed('form')],
	['unsafe-style.md', ':13:1', notAllowed('style')],
	['unsafe-base.md', ':13:1', notAllowed('base')],
	// The <svg> (with onload and a <script> inside) after another paragraph.
	['unsafe-svg.md', ':15:1', notAllowed('svg')],
	['unsafe-script.md', ':13:1', notAllowed('script')],
	['unsafe-onclick.md', ':13:1', 'Das Attribut onclick an <p> ist im Artikeltext nicht erlaubt.'],
	// Inside a paragraph: „Mehr dazu “ is 10 characters.
	[
		'unsafe-javascript-href.md',
		':13:11',
		'Die Adresse „javascript:alert(document.cookie)“ an <a href> ist nicht erlaubt: nur http, https, mailto oder relative Links.',
	],
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

	it.each(trustCases)('%s → %s', async (file, where, message) => {
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
	])('an invalid person file (%s) → %s', async (folder, where, message) => {
		const dir = folderWith('valid.md', join(cases, folder));
		expect(await loadFailure(dir)).toBe(`${shown(dir, 'participants', 'erika-muster.yaml')}${where}: ${message}`);
	});

	it('a line that names the speaker passes the attribution rule (the failing case differs only there)', async () => {
		const { articles } = await loadFolder(folderWith('attribution-speaker-named.md'));
		expect(articles[0]!.keyPoints[0]!.text).toBe('Laut Muster wird die Brücke im Mai gesperrt.');
	});

	it('warns, with file and line, of a sentence that reads as a statement but has no attribution', async () => {
		const dir = folderWith('valid.md');
		const { articles } = await loadFolder(dir);
		// „Erika Muster sagt etwas.“ on line 17, and no attributions at all.
		expect(articles[0]!.warnings).toEqual([
			`${shown(dir, 'articles', 'valid.md')}:17: Der Satz „Erika Muster sagt etwas.“ klingt nach einer zugeschriebenen Aussage („sagt“), aber kein Eintrag in attributions nennt seine Quelle.`,
		]);
	});

	it('leaves out a draft unchecked and holds back a story scheduled after the build, saying why', async () => {
		const dir = makeContentDir([join(cases, 'valid.md'), join(cases, 'draft.md'), join(cases, 'scheduled.md')], participants);
		folders.push(dir);
		const { articles, heldBack } = await loadFolder(dir);
		expect(articles.map((article) => article.slug)).toEqual(['valid']);
		expect(heldBack).toEqual([
			{ file: shown(dir, 'articles', 'draft.md'), reason: 'Entwurf (draft: true)' },
			{ file: shown(dir, 'articles', 'scheduled.md'), reason: 'geplant für 1. Januar 2099, 08:00 Uhr' },
		]);
	});

	it('publishes a scheduled story in a build after its time', async () => {
		const dir = folderWith('scheduled.md');
		const { articles, heldBack } = await loadContent({ ...contentOptions(dir, projectRoot), now: new Date('2099-01-01T07:00:00Z') });
		expect(articles.map((article) => article.slug)).toEqual(['scheduled']);
		expect(heldBack).toEqual([]);
		const before = await loadContent({ ...contentOptions(dir, projectRoot), now: new Date('2099-01-01T06:59:59Z') });
		expect(before.articles).toEqual([]);
	});

	it('loads the valid fixture (the cases fail for their own reason only)', async () => {
		const { articles, people } = await loadFolder(folderWith('valid.md'));
		expect(articles.map((article) => [article.slug, article.title, article.event])).toEqual([
			['valid', 'Ein gültiger Artikel', { date: '2025-08-18', place: 'Berlin' }],
		]);
		expect(people.map((person) => [person.id, person.appearances.map((appearance) => [appearance.article, appearance.group])])).toEqual([
			['erika-muster', [['valid', 'Befragt']]],
		]);
	});
});

/** The same load inside Astro: three real runs of the CLI. */
describe('Astro runs the same checks', () => {
	it('builds the valid fixture, says which stories it held back and warns of an unattributed statement', async () => {
		const dir = makeContentDir([join(cases, 'valid.md'), join(cases, 'draft.md'), join(cases, 'scheduled.md')], participants);
		folders.push(dir);
		const result = await runAstro('build', dir);
		expect(result.output).toContain('page(s) built');
		expect(result.code, result.output).toBe(0);
		expect(result.output).toContain(`Zurückgehalten: ${shown(dir, 'articles', 'draft.md')} (Entwurf (draft: true))`);
		expect(result.output).toContain(`Zurückgehalten: ${shown(dir, 'articles', 'scheduled.md')} (geplant für 1. Januar 2099, 08:00 Uhr)`);
		expect(result.output).toContain(
			`${shown(dir, 'articles', 'valid.md')}:17: Der Satz „Erika Muster sagt etwas.“ klingt nach einer zugeschriebenen Aussage`,
		);
		expect(existsSync(join(dir, 'dist', 'valid', 'index.html'))).toBe(true);
		expect(existsSync(join(dir, 'dist', 'draft'))).toBe(false);
		expect(existsSync(join(dir, 'dist', 'scheduled'))).toBe(false);
	}, 180_000);

	it('stops `astro sync` at a front-matter error, naming file, line and field', async () => {
		const dir = folderWith('invalid-date.md');
		const result = await runAstro('sync', dir);
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toContain(
			`${shown(dir, 'articles', 'invalid-date.md')}:5: event.date: „2025-02-30“ ist kein gültiges Datum (JJJJ-MM-TT).`,
		);
	}, 120_000);

	it('stops `astro sync` at disallowed HTML, naming file, line and element', async () => {
		const dir = folderWith('unsafe-iframe.md');
		const result = await runAstro('sync', dir);
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toContain(`${shown(dir, 'articles', 'unsafe-iframe.md')}:15:1: ${notAllowed('iframe')}`);
	}, 120_000);
});
