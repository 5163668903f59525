/** What the read-aloud player needs to know of a voice (a `SpeechSynthesisVoice`). */
export interface VoiceInfo {
	lang: string;
	default: boolean;
	localService: boolean;
}

/** A voice for German: its language tag is German (`de`, `de-DE`, `de-AT`, `de_CH` on some systems). */
export const isGerman = (voice: Pick<VoiceInfo, 'lang'>) => /^de(?:$|[-_])/i.test(voice.lang);

/**
 * The voice to read German text with: German; of those, one for Germany
 * (the text is written in German German), then the system's default, then
 * one that works offline. Undefined without a German voice.
 */
export function germanVoice<Voice extends VoiceInfo>(voices: readonly Voice[]): Voice | undefined {
	const rank = (voice: Voice) => (/^de[-_]de$/i.test(voice.lang) ? 0 : 4) + (voice.default ? 0 : 2) + (voice.localService ? 0 : 1);
	return voices.filter(isGerman).sort((a, b) => rank(a) - rank(b))[0];
}
