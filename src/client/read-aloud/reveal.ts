/**
 * „Vorlesen“ on load: all that runs is this check. Where the browser can
 * speak German (a voice whose language is `de…`, now or once the voice list
 * arrives), the `<read-aloud>` controls show, and a press loads the player.
 * No speech synthesis or no German voice: the controls stay hidden.
 */
const synth = window.speechSynthesis;
const reveal = () => {
	if (synth.getVoices().some((voice) => voice.lang.startsWith('de'))) {
		for (const control of document.querySelectorAll<HTMLElement>('read-aloud')) {
			control.hidden = false;
			control.onclick = (event) => void import('./vorlesen.ts').then((player) => player.press(event.target));
		}
	}
};
if (synth && document.querySelector('read-aloud')) {
	reveal();
	synth.addEventListener('voiceschanged', reveal);
}
