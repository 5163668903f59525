/**
 * A function of one text, remembered: a build asks for the same few answers
 * again and again (a name's pattern, a date's wording, a style's hash). At
 * most `limit` answers are kept; when that many are, they are all let go and
 * the next ones kept, so a process that runs through thousands of stories
 * keeps only answers it may still be asked for.
 */
export function remembered<T>(
	limit: number,
	compute: (text: string) => T,
	keyOf: (text: string) => string = (text) => text,
): (text: string) => T {
	const answers = new Map<string, T>();
	return (text) => {
		if (answers.has(text)) return answers.get(text)!;
		const answer = compute(text);
		if (answers.size >= limit) answers.clear();
		answers.set(keyOf(text), answer);
		return answer;
	};
}
