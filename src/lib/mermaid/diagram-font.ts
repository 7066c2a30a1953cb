import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Diagrams are measured and drawn with this one web font, loaded both by the renderer and by
 * pages that show a diagram: a system font stack would be measured with the build machine's
 * fonts and overflow its boxes on a reader's machine.
 */
export const DIAGRAM_FONT_FAMILY = 'Inter';
const require = createRequire(import.meta.url);
/** Inter 400, Latin: the full font, which preview images use and the diagram font is cut from. */
export const DIAGRAM_FONT_SOURCE = require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff2');
/** The diagram font: only the characters in `diagram-font-characters.ts` (`npm run font:subset` writes it). */
export const DIAGRAM_FONT_FILE = fileURLToPath(new URL('../../assets/fonts/inter-diagram-400.woff2', import.meta.url));
/** Part of each diagram's cache key: a new font redraws every diagram. */
export const DIAGRAM_FONT_VERSION: string = createHash('sha256').update(readFileSync(DIAGRAM_FONT_FILE)).digest('hex').slice(0, 12);
