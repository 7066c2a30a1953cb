#!/usr/bin/env node
// Writes the diagram font: Inter 400 reduced to the characters diagram labels may use
// (src/lib/mermaid/diagram-font-characters.ts). Run it after changing that list:
//   npm run font:subset
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { DIAGRAM_CHARACTERS } from '../src/lib/mermaid/diagram-font-characters.ts';
import { DIAGRAM_FONT_FILE, DIAGRAM_FONT_SOURCE } from '../src/lib/mermaid/diagram-font.ts';

const subset = await subsetFont(readFileSync(DIAGRAM_FONT_SOURCE), DIAGRAM_CHARACTERS, { targetFormat: 'woff2' });
writeFileSync(DIAGRAM_FONT_FILE, subset);
console.log(`font:subset: ${DIAGRAM_FONT_FILE} (${subset.length} bytes, ${[...DIAGRAM_CHARACTERS].length} characters)`);
