import dictionary from 'dictionary-de';
import { dictionaryFromHunspell, type Lexicon } from '../lib/search/compounds.ts';

let lexicon: Lexicon | undefined;

/** The German Hunspell word list (npm `dictionary-de`), read once per build, for splitting compounds. */
export function germanWords(): Lexicon {
	lexicon ??= dictionaryFromHunspell(new TextDecoder().decode(dictionary.dic));
	return lexicon;
}
