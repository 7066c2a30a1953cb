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
 * A sequence diagram's actor box and the least space between two boxes (Mermaid: 150 and 50).
 * Five actors then take 800 px, which a laptop's 632 px column shows with 12 px text; Mermaid's
 * own sizes need 1,000. Names and messages wrap to fit (wrap-sequence-text.js).
 */
const SEQUENCE_ACTOR_WIDTH = 130;
const SEQUENCE_ACTOR_MARGIN = 30;
/** Mermaid's space between a line of sequence text and its box. */
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
			// Long names, messages and notes are wrapped before Mermaid sees them, at word boundaries
			// (wrap-sequence-text.js): unwrapped, a diagram of five actors is 1,200 to 1,800 px wide
			// and its text 6 px in the column. Mermaid's own wrapping stays off: it gives every actor
			// the width of the longest word, or cuts the word with a hyphen.
			wrap: false,
			width: SEQUENCE_ACTOR_WIDTH,
			actorMargin: SEQUENCE_ACTOR_MARGIN,
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
