import { bare } from '../../src/lib/search/excerpt.ts';
import { foldForMatching } from '../../src/lib/search/fold.ts';

/**
 * How a text matches a search query, by the rule as it reads, word by word: the reference that the search's faster
 * code (src/lib/search/excerpt.ts, story-hit.ts) is compared with on made-up inputs. A word matches when, bare of
 * punctuation and folded, it begins with a word of the query or is the shown word of an index-only term
 * (`typed→shown`) whose typed form that query word begins. Returns how many of the query's words matched and the
 * matched words (bare, in the text's order).
 */
export function plainMatch(text: string, query: string, terms = ''): { queryWords: number; positions: string[] } {
	const words = text.split(/\s+/).filter(Boolean);
	const pairs = terms
		.split(/\s+/)
		.map((pair) => pair.split('→'))
		.filter((pair) => pair.length === 2 && pair[0]!.length > 0 && pair[1]!.length > 0)
		.map(([typed, shown]) => ({ typed: foldForMatching(typed!), shown: foldForMatching(shown!) }));
	const positions = new Set<number>();
	let queryWords = 0;
	for (const wanted of query
		.split(/\s+/)
		.map((word) => foldForMatching(bare(word)))
		.filter(Boolean)) {
		const targets = pairs.filter((term) => term.typed.startsWith(wanted)).map((term) => term.shown);
		let found = false;
		words.forEach((word, index) => {
			const folded = foldForMatching(bare(word));
			if (folded && (folded.startsWith(wanted) || targets.includes(folded))) {
				positions.add(index);
				found = true;
			}
		});
		if (found) queryWords += 1;
	}
	return { queryWords, positions: [...positions].sort((a, b) => a - b).map((index) => bare(words[index]!)) };
}
