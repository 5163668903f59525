import { describe, expect, it } from 'vitest';
import { sentencesOf, utterancesOf } from '../../src/lib/read-aloud/utterances.ts';
import { germanVoice, isGerman } from '../../src/lib/read-aloud/voice.ts';

/** What a sentence covers in the original text: the mark must show exactly this. */
const covered = (text: string) => sentencesOf(text).map((sentence) => text.slice(sentence.start, sentence.end));

describe('read aloud: sentences of a block', () => {
	it('one per sentence, with the place each takes in the text', () => {
		const text = 'Der Bundestag hat gewählt. Merz erhielt 325 Stimmen.';
		expect(sentencesOf(text)).toEqual([
			{ text: 'Der Bundestag hat gewählt.', start: 0, end: 26 },
			{ text: 'Merz erhielt 325 Stimmen.', start: 27, end: 52 },
		]);
	});

	it('says the text with whitespace collapsed, and marks the text as the page holds it (line breaks, double spaces)', () => {
		const text = '\n  Erst im zweiten\n  Wahlgang erreichte Merz  die Mehrheit. Danach\tsprach Klöckner. ';
		expect(sentencesOf(text).map((sentence) => sentence.text)).toEqual([
			'Erst im zweiten Wahlgang erreichte Merz die Mehrheit.',
			'Danach sprach Klöckner.',
		]);
		expect(covered(text)).toEqual(['Erst im zweiten\n  Wahlgang erreichte Merz  die Mehrheit.', 'Danach\tsprach Klöckner.']);
	});

	it('keeps dates, ordinals, initials and quotes inside their sentence', () => {
		expect(
			sentencesOf('Am 6. Mai 2025 wählte der Bundestag. Der Bundestag der 21. Wahlperiode hat 630 Mitglieder.').map(
				(sentence) => sentence.text,
			),
		).toEqual(['Am 6. Mai 2025 wählte der Bundestag.', 'Der Bundestag der 21. Wahlperiode hat 630 Mitglieder.']);
		expect(sentencesOf('„Der Bundeskanzler wird gewählt.“ So steht es da.').map((sentence) => sentence.text)).toEqual([
			'„Der Bundeskanzler wird gewählt.“',
			'So steht es da.',
		]);
	});

	it('ends a sentence after a number where the next word can only begin one („316. Damit“)', () => {
		const text = 'Im ersten Wahlgang erhielt Merz 310 Stimmen, sechs weniger als die erforderlichen 316. Damit war er nicht gewählt.';
		expect(sentencesOf(text)).toEqual([
			{ text: 'Im ersten Wahlgang erhielt Merz 310 Stimmen, sechs weniger als die erforderlichen 316.', start: 0, end: 86 },
			{ text: 'Damit war er nicht gewählt.', start: 87, end: 114 },
		]);
		// „Dampfer“ begins like „Da…“ but is a noun: the ordinal stays.
		expect(sentencesOf('Sie fuhren mit dem 3. Dampfer.').map((sentence) => sentence.text)).toEqual(['Sie fuhren mit dem 3. Dampfer.']);
		expect(sentencesOf('Es war der 3. Dieselzug.').map((sentence) => sentence.text)).toEqual(['Es war der 3. Dieselzug.']);
	});

	// Every word of the list that may begin a sentence after „316.“ (articles, pronouns, conjunctions, adverbs;
	// written out by hand from the list in utterances.ts): each one must end the sentence before it.
	it.each([
		'Der',
		'Die',
		'Das',
		'Den',
		'Dem',
		'Des',
		'Ein',
		'Eine',
		'Einen',
		'Einem',
		'Einer',
		'Eines',
		'Er',
		'Sie',
		'Es',
		'Wir',
		'Ich',
		'Man',
		'Dies',
		'Diese',
		'Dieser',
		'Dieses',
		'Diesen',
		'Diesem',
		'Damit',
		'Dabei',
		'Danach',
		'Dann',
		'Daher',
		'Darauf',
		'Deshalb',
		'Dennoch',
		'Doch',
		'Aber',
		'Und',
		'Oder',
		'Auch',
		'Also',
		'So',
		'Nun',
		'Zudem',
		'Außerdem',
		'Trotzdem',
		'Jedoch',
		'Allerdings',
		'Später',
		'Zuvor',
	])('ends a sentence after „316.“ when „%s“ follows', (word) => {
		expect(sentencesOf(`Nötig waren 316. ${word} kam es anders.`).map((sentence) => sentence.text)).toEqual([
			'Nötig waren 316.',
			`${word} kam es anders.`,
		]);
	});

	it('reads names and foreign words as written, nothing replaced', () => {
		expect(sentencesOf('Der Titel heißt Federal Chancellor; Selenskyj und Zelensky.').map((sentence) => sentence.text)).toEqual([
			'Der Titel heißt Federal Chancellor; Selenskyj und Zelensky.',
		]);
	});

	it('says nothing for text without words', () => {
		expect(sentencesOf('  \n ')).toEqual([]);
		expect(sentencesOf('–')).toEqual([]);
	});
});

describe('read aloud: the queue', () => {
	it('all sentences of all blocks in order, each with its block', () => {
		expect(utterancesOf(['Zwei Wahlgänge', '', 'Erster Satz. Zweiter Satz.', '310'])).toEqual([
			{ text: 'Zwei Wahlgänge', start: 0, end: 14, block: 0 },
			{ text: 'Erster Satz.', start: 0, end: 12, block: 2 },
			{ text: 'Zweiter Satz.', start: 13, end: 26, block: 2 },
			{ text: '310', start: 0, end: 3, block: 3 },
		]);
	});
});

describe('read aloud: the voice', () => {
	const voice = (name: string, lang: string, extra: { default?: boolean; localService?: boolean } = {}) => ({
		name,
		lang,
		default: false,
		localService: false,
		...extra,
	});

	it('knows German language tags', () => {
		expect(['de', 'de-DE', 'de-AT', 'DE-ch', 'de_DE'].every((lang) => isGerman({ lang }))).toBe(true);
		expect(['en-US', 'dsb', 'den', ''].some((lang) => isGerman({ lang }))).toBe(false);
	});

	it('is not fooled by „de“ later in the tag: English or Low German for Germany is not German', () => {
		expect(isGerman({ lang: 'en-DE' })).toBe(false);
		expect(isGerman({ lang: 'nds-DE' })).toBe(false);
	});

	it('no German voice: none', () => {
		expect(germanVoice([voice('English', 'en-US', { default: true, localService: true })])).toBeUndefined();
		expect(germanVoice([])).toBeUndefined();
	});

	it('prefers German for Germany, then the default voice, then an offline one', () => {
		const austrian = voice('Österreich', 'de-AT', { default: true, localService: true });
		const online = voice('Deutsch online', 'de-DE');
		const offline = voice('Deutsch lokal', 'de-DE', { localService: true });
		const standard = voice('Deutsch Standard', 'de_DE', { default: true });
		expect(germanVoice([voice('English', 'en-US', { default: true }), austrian, online])?.name).toBe('Deutsch online');
		expect(germanVoice([austrian, online, offline])?.name).toBe('Deutsch lokal');
		expect(germanVoice([online, offline, standard])?.name).toBe('Deutsch Standard');
		expect(germanVoice([austrian])?.name).toBe('Österreich');
	});
});
