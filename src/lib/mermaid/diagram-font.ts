import { createRequire } from 'node:module';

/**
 * Diagrams are measured and drawn with this one web font, loaded both by the renderer and by
 * pages that show a diagram: a system font stack would be measured with the build machine's
 * fonts and overflow its boxes on a reader's machine.
 */
export const DIAGRAM_FONT_FAMILY = 'Inter';
const require = createRequire(import.meta.url);
export const DIAGRAM_FONT_FILE = require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff2');
export const DIAGRAM_FONT_VERSION: string = require('@fontsource/inter/package.json').version;
