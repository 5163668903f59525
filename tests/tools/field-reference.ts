/**
 * `npm run docs`: writes the editors' field reference (generated from the
 * schemas in src/lib/content/schema.ts) into README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fieldReference, withReference } from '../../src/lib/content/field-reference.ts';

const readme = new URL('../../README.md', import.meta.url);
const before = readFileSync(readme, 'utf8');
const after = withReference(before, fieldReference());
writeFileSync(readme, after);
console.log(before === after ? 'README.md: Feldreferenz unverändert.' : 'README.md: Feldreferenz neu geschrieben.');
