import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../helpers/dist.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements as <meta …/>; both forms are valid HTML.
		'void-style': 'off',
		// A search-snippet heuristic, not validity: a news headline plus the section needs more than 70 characters.
		'long-title': 'off',
	},
});

describe('HTML validation (html-validate, recommended rules)', () => {
	for (const current of builtPages()) {
		it(`${current.path} has no errors`, async () => {
			const report = await validator.validateString(current.html, current.path);
			const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
			expect(messages).toEqual([]);
		});
	}
});
