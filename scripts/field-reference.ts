/**
 * `npm run docs`: writes the editors' field reference (generated from the
 * schemas in src/lib/content/schema.ts) and the table of settings (from
 * src/lib/settings.ts) into README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fieldReference, withGenerated, withReference } from '../src/lib/content/field-reference.ts';
import { settingsTable } from '../src/lib/settings.ts';

const readme = new URL('../README.md', import.meta.url);
const before = readFileSync(readme, 'utf8');
const after = withGenerated(withReference(before, fieldReference()), 'einstellungen', settingsTable());
writeFileSync(readme, after);
console.log(
	before === after
		? 'README.md: Feldreferenz und Einstellungen unverändert.'
		: 'README.md: Feldreferenz und Einstellungen neu geschrieben.',
);
