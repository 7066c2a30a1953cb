import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { describe, expect, test } from 'vitest';
import { DIAGRAM_CHARACTERS, findMissingCharacters } from '../../../src/lib/mermaid/diagram-font-characters';
import { DIAGRAM_FONT_FILE, DIAGRAM_FONT_SOURCE } from '../../../src/lib/mermaid/diagram-font';

describe('the diagram font', () => {
	test('is the full font cut to exactly the allowed characters (run npm run font:subset after changing them)', async () => {
		const expected = await subsetFont(readFileSync(DIAGRAM_FONT_SOURCE), DIAGRAM_CHARACTERS, { targetFormat: 'woff2' });
		expect(Buffer.compare(readFileSync(DIAGRAM_FONT_FILE), expected)).toBe(0);
	});

	test('findMissingCharacters names each character outside the set once, ignoring white space', () => {
		expect(findMissingCharacters('A → B → C\tdone')).toEqual(['→']);
		expect(findMissingCharacters('Build, test & deploy (v2)')).toEqual([]);
	});
});
