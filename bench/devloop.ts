import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { astroBin, astroEnv, tail } from './build.ts';
import { childGroups, heading, killGroup, median, ms, note, projectRoot, seconds, sleep, table } from './util.ts';

/** The test content's frozen copy of the summit article: the benchmark edits a copy of the test content, never content/. */
const ARTICLE = 'gipfeltreffen';
const SECTION_ID = 'hochrangige-teilnahme';
const SECTION_PATH = `/${ARTICLE}/${SECTION_ID}/`;
const EDITS = 3;
const POLL_MS = 100;
const FETCH_TIMEOUT_MS = 60_000;
/** How long the browser may lag behind the fetch before we call it „no live reload“. */
const BROWSER_GRACE_MS = 10_000;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

async function fetchText(url: string): Promise<{ status: number; text: string } | undefined> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
		return { status: response.status, text: await response.text() };
	} catch {
		return undefined;
	}
}

/** The line of the section's first paragraph in the Markdown (the line after the heading, skipping blanks). */
function paragraphLine(lines: readonly string[]): number {
	const headingIndex = lines.findIndex((line) => line.startsWith('## ') && line.includes(`{#${SECTION_ID}}`));
	if (headingIndex < 0) throw new Error(`Abschnitt {#${SECTION_ID}} nicht im Artikel gefunden.`);
	for (let index = headingIndex + 1; index < lines.length; index += 1) {
		if (lines[index]!.trim() !== '') return index;
	}
	throw new Error(`Abschnitt {#${SECTION_ID}} hat keinen Absatz.`);
}

interface EditFigures {
	word: string;
	fetchMs: number | undefined;
	browserMs: number | undefined;
}

/** Part 5: `astro dev` against a copy of the content; time from saving the Markdown to a page with the new word. */
export async function runDevLoop(browser: Browser): Promise<void> {
	heading('5. Entwicklungsschleife (astro dev, Änderung im Markdown bis sichtbar)');
	const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-dev-'));
	cpSync(join(projectRoot, 'tests/fixtures/site/articles'), join(dir, 'articles'), { recursive: true });
	cpSync(join(projectRoot, 'tests/fixtures/site/participants'), join(dir, 'participants'), { recursive: true });
	const file = join(dir, 'articles', `${ARTICLE}.md`);
	const original = readFileSync(file, 'utf8');
	const lines = original.split('\n');
	const lineIndex = paragraphLine(lines);

	const port = await freePort();
	const started = performance.now();
	const child = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: projectRoot,
		env: astroEnv({ contentDir: dir }),
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (child.pid) childGroups.add(child.pid);
	let output = '';
	const collect = (chunk: Buffer) => {
		output = (output + chunk.toString('utf8')).slice(-64 * 1024);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	let exited = false;
	const exit = new Promise<void>((resolve) =>
		child.once('exit', () => {
			exited = true;
			resolve();
		}),
	);

	const context = await browser.newContext();
	try {
		// Wait for the server's address in its output, then for the section page to answer.
		let origin: string | undefined;
		const deadline = performance.now() + 120_000;
		while (!origin) {
			if (exited) throw new Error(`astro dev beendet sich beim Start:\n${tail(output)}`);
			if (performance.now() > deadline) throw new Error(`astro dev startet nicht binnen 120 s:\n${tail(output)}`);
			const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
			if (match) origin = `http://127.0.0.1:${match[1]}`;
			else await sleep(POLL_MS);
		}
		const listening = performance.now();
		let first: { status: number; text: string } | undefined;
		while (!first || first.status !== 200) {
			if (exited) throw new Error(`astro dev beendet sich:\n${tail(output)}`);
			if (performance.now() > deadline)
				throw new Error(
					`${SECTION_PATH} antwortet nicht mit 200 binnen 120 s (zuletzt ${first?.status ?? 'keine Antwort'}):\n${tail(output)}`,
				);
			first = await fetchText(origin + SECTION_PATH);
			if (!first || first.status !== 200) await sleep(POLL_MS);
		}
		const firstPage = performance.now();

		const page = await context.newPage();
		await page.goto(origin + SECTION_PATH, { waitUntil: 'load' });
		await sleep(1_000);

		const edits: EditFigures[] = [];
		for (let edit = 1; edit <= EDITS; edit += 1) {
			const word = `Messwort${edit}${Date.now().toString(36)}`;
			const edited = [...lines];
			edited[lineIndex] = `${edited[lineIndex]} ${word}`;
			const saved = performance.now();
			writeFileSync(file, edited.join('\n'));

			let fetchMs: number | undefined;
			let browserMs: number | undefined;
			const browserPoll = (async () => {
				while (browserMs === undefined) {
					const limit = fetchMs === undefined ? FETCH_TIMEOUT_MS : fetchMs + BROWSER_GRACE_MS;
					if (performance.now() - saved > limit) return;
					const found = await page.evaluate((text) => document.body?.innerText.includes(text) ?? false, word).catch(() => false); // navigating (live reload): try again
					if (found) browserMs = performance.now() - saved;
					else await sleep(POLL_MS);
				}
			})();
			while (fetchMs === undefined && performance.now() - saved < FETCH_TIMEOUT_MS) {
				const round = performance.now();
				const answer = await fetchText(origin + SECTION_PATH);
				if (answer?.status === 200 && answer.text.includes(word)) fetchMs = performance.now() - saved;
				else await sleep(Math.max(0, POLL_MS - (performance.now() - round)));
			}
			await browserPoll;
			edits.push({ word, fetchMs, browserMs });
			await sleep(1_000);
		}
		writeFileSync(file, original);

		note(
			`Dev-Server: Adresse nach ${seconds((listening - started) / 1000)}, erste Antwort von ${SECTION_PATH} nach ${seconds((firstPage - started) / 1000)} (ab Prozessstart).`,
		);
		note(`Je Änderung: ein neues Wort am Ende des ersten Absatzes von ${SECTION_PATH}, Datei gespeichert →`);
		note(
			`„Abruf“: die Seite, alle ${POLL_MS} ms neu abgerufen, enthält das Wort; „Browser“: die in Chromium offene Seite zeigt es (Live-Reload).`,
		);
		console.log(
			table(
				['Änderung', 'Wort', 'Abruf', 'Browser'],
				edits.map((figures, index) => [
					String(index + 1),
					figures.word,
					figures.fetchMs === undefined ? `> ${FETCH_TIMEOUT_MS / 1000} s` : ms(figures.fetchMs),
					figures.browserMs === undefined ? 'nicht aktualisiert' : ms(figures.browserMs),
				]),
				['r', 'l', 'r', 'r'],
			),
		);
		const fetched = edits.flatMap((figures) => (figures.fetchMs === undefined ? [] : [figures.fetchMs]));
		const shown = edits.flatMap((figures) => (figures.browserMs === undefined ? [] : [figures.browserMs]));
		note(
			`Median aus ${EDITS} Änderungen: Abruf ${ms(median(fetched))}${fetched.length < EDITS ? ` (nur ${fetched.length} sichtbar)` : ''}, Browser ${shown.length > 0 ? ms(median(shown)) : '–'}${shown.length < EDITS ? ` (nur ${shown.length} aktualisiert)` : ''}`,
		);
		if (fetched.length === 0) throw new Error(`Keine Änderung wurde sichtbar.\n${tail(output)}`);
	} finally {
		await context.close();
		if (child.pid) {
			if (!exited) {
				killGroup(child.pid, 'SIGTERM');
				if ((await Promise.race([exit.then(() => 'exited'), sleep(5_000).then(() => 'timeout')])) === 'timeout')
					killGroup(child.pid, 'SIGKILL');
			}
			childGroups.delete(child.pid);
		}
		rmSync(dir, { recursive: true, force: true });
	}
}
