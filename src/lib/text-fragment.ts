/**
 * A URL text fragment (`#:~:text=…`) that makes the browser scroll to and
 * highlight a quoted passage on arrival. Long passages are given by their
 * first and last words (`textStart,textEnd`), as the syntax allows.
 */

const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

export function textFragment(quote: string, edgeWords = 5): string {
	const words = quote.replace(/\s+/g, ' ').trim().split(' ');
	if (words.length <= edgeWords * 2 + 1) return `#:~:text=${encode(words.join(' '))}`;
	return `#:~:text=${encode(words.slice(0, edgeWords).join(' '))},${encode(words.slice(-edgeWords).join(' '))}`;
}
