/**
 * The characters diagram labels may use: printable ASCII and the typographic apostrophe. The
 * diagram font holds these glyphs only (half the size of the full Latin font; dashes alone would
 * add 1 KB), so a label with another character fails the build instead of showing a fallback
 * glyph Mermaid did not measure.
 * To allow one more, add it here and run `npm run font:subset`.
 */
export const DIAGRAM_CHARACTERS = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~’';

/** Characters of `text` that the diagram font does not have, each once. */
export function findMissingCharacters(text: string): string[] {
	return [...new Set([...text].filter((char) => !/\s/.test(char) && !DIAGRAM_CHARACTERS.includes(char)))];
}
