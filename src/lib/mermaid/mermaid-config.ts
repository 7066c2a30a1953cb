import { DIAGRAM_FONT_FAMILY } from './diagram-font';

/** The two Mermaid themes every diagram is drawn in; the page shows the one matching its theme. */
export const DIAGRAM_THEMES = ['default', 'dark'] as const;
export type DiagramTheme = (typeof DIAGRAM_THEMES)[number];

/** Maps a Mermaid theme to the Starlight theme (`html[data-theme]`) it is shown in. */
export const PAGE_THEME_OF: Record<DiagramTheme, 'light' | 'dark'> = { default: 'light', dark: 'dark' };

/** The font size of flowchart and state labels (node, edge and subgraph labels). */
const LABEL_FONT_SIZE = 15;
/** The font size of sequence diagram text: Mermaid's own, a little larger than flowchart labels. */
const SEQUENCE_FONT_SIZE = 16;

/**
 * The narrowest a sequence diagram's actor boxes and message columns are (Mermaid's default); the
 * renderer widens them for a diagram with a longer word (see draw-in-page.js), because Mermaid
 * breaks a word that does not fit its line with a hyphen, and an API name cut in two misleads.
 */
const SEQUENCE_MIN_WIDTH = 150;
/** Mermaid's space between a line of sequence text and its box, which wrapping leaves free. */
const SEQUENCE_WRAP_PADDING = 10;

/** Mermaid settings shared by every diagram. */
export function getMermaidConfig(theme: DiagramTheme) {
	const fontFamily = `${DIAGRAM_FONT_FAMILY}, sans-serif`;
	return {
		startOnLoad: false,
		theme,
		fontFamily,
		themeVariables: { fontFamily, fontSize: `${LABEL_FONT_SIZE}px` },
		// SVG text instead of HTML labels in <foreignObject>: the page's own CSS (paragraph margins,
		// line heights) would otherwise leak into the labels and misplace them.
		htmlLabels: false,
		flowchart: { htmlLabels: false },
		sequence: {
			// Each kind of text names the font the page draws it in, and its size, so Mermaid sizes
			// boxes with the glyphs the reader sees (its defaults are Trebuchet and Open Sans).
			actorFontFamily: fontFamily,
			noteFontFamily: fontFamily,
			messageFontFamily: fontFamily,
			actorFontSize: SEQUENCE_FONT_SIZE,
			noteFontSize: SEQUENCE_FONT_SIZE,
			messageFontSize: SEQUENCE_FONT_SIZE,
			// Long messages, names and notes wrap instead of pushing the actors apart: unwrapped, a
			// diagram of five actors is 1,200 to 1,800 px wide, and scaled to the column its text is
			// 6 px. Wrapping also keeps a note over two actors inside its box, which Mermaid sizes by
			// the actors, not by the note.
			wrap: true,
			width: SEQUENCE_MIN_WIDTH,
			wrapPadding: SEQUENCE_WRAP_PADDING,
			// Mermaid's 50 px of blank margin each side would only make the text smaller.
			diagramMarginX: 8,
		},
		securityLevel: 'strict',
		// Some shapes are drawn with rough.js, which is random unless seeded: a fixed seed draws the
		// light and dark versions alike, so they can be merged into one drawing.
		handDrawnSeed: 1,
	};
}
