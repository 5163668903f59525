import { describe, expect, it } from 'vitest';
import { artefactFiles, isInsidePath, searchArtefactDir } from '../../src/lib/search/artefact.ts';

describe('the search artefact: what only the index reads, beside the output folder', () => {
	it('lies beside the output folder, named for it, so that each build folder has its own', () => {
		expect(searchArtefactDir('/projekt/dist')).toBe('/projekt/.dist-suche');
		expect(searchArtefactDir('/projekt/tests/.site/dist')).toBe('/projekt/tests/.site/.dist-suche');
		expect(searchArtefactDir('/tmp/bau/ausgabe')).toBe('/tmp/bau/.ausgabe-suche');
		// A trailing slash names the same folder.
		expect(searchArtefactDir('/projekt/dist/')).toBe('/projekt/.dist-suche');
	});

	it('holds the list that orders the index beside the documents', () => {
		expect(artefactFiles).toEqual(['suchindex.json']);
	});

	it('takes only paths that stay inside the folder they are relative to', () => {
		for (const path of ['gipfel/suchdokument/index.html', 'a.html', 'a/b..c/index.html']) expect(isInsidePath(path), path).toBe(true);
		for (const path of ['', '/etc/passwd', '../geheim/index.html', 'a/../../b.html', 'a/..', 3, null, undefined])
			expect(isInsidePath(path), String(path)).toBe(false);
	});
});
