import { DIAGRAM_FONT_FAMILY } from './diagram-font';
import { DESKTOP_COLUMN_PX, LEGIBLE_TEXT_PX } from './legible-size';

/** The two Mermaid themes every diagram is drawn in; the page shows the one matching its theme. */
export const DIAGRAM_THEMES = ['default', 'dark'] as const;
export type DiagramTheme = (typeof DIAGRAM_THEMES)[number];

/** Maps a Mermaid theme to the Starlight theme (`html[data-theme]`) it is shown in. */
export const PAGE_THEME_OF: Record<DiagramTheme, 'light' | 'dark'> = { default: 'light', dark: 'dark' };

/** The font size of flowchart and state labels (node, edge and subgraph labels). */
const LABEL_FONT_SIZE = 15;
/** The font size of sequence diagram text: Mermaid's own, a little larger than flowchart labels. */
const SEQUENCE_FONT_SIZE = 16;

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
			// Mermaid's own actor box and least space between boxes; see COMPACT_LAYOUTS.
			width: 150,
			actorMargin: 50,
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

/**
 * Spacings a diagram is drawn with, roomiest first: the renderer keeps the first whose drawing a
 * laptop's text column shows with legible text, or the last, which then scrolls. A diagram that
 * fits keeps Mermaid's own spacing; a wide one is drawn more compactly before it has to scroll.
 * Each entry overrides the settings of one kind of diagram (by its key in the Mermaid config).
 * Sequence diagrams: five actors take 1,000 px with Mermaid's 150 px boxes 50 px apart, 800 px
 * with 130 and 30, and six actors 836 px with 120 and 20 (a 632 px column shows 842 px at 12 px).
 */
export const COMPACT_LAYOUTS = [{}, { sequence: { width: 130, actorMargin: 30 } }, { sequence: { width: 120, actorMargin: 20 } }];

/** The drawing width under which a drawing's text stays legible in the laptop column, per px of its smallest text. */
export const FIT = { columnPx: DESKTOP_COLUMN_PX, legiblePx: LEGIBLE_TEXT_PX };
