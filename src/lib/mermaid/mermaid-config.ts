import { DIAGRAM_FONT_FAMILY } from './diagram-font';

/** The two Mermaid themes every diagram is drawn in; the page shows the one matching its theme. */
export const DIAGRAM_THEMES = ['default', 'dark'] as const;
export type DiagramTheme = (typeof DIAGRAM_THEMES)[number];

/** Maps a Mermaid theme to the Starlight theme (`html[data-theme]`) it is shown in. */
export const PAGE_THEME_OF: Record<DiagramTheme, 'light' | 'dark'> = { default: 'light', dark: 'dark' };

/** Mermaid settings shared by every diagram. */
export function getMermaidConfig(theme: DiagramTheme) {
	const fontFamily = `${DIAGRAM_FONT_FAMILY}, sans-serif`;
	return {
		startOnLoad: false,
		theme,
		fontFamily,
		themeVariables: { fontFamily, fontSize: '15px' },
		// SVG text instead of HTML labels in <foreignObject>: the page's own CSS (paragraph margins,
		// line heights) would otherwise leak into the labels and misplace them.
		htmlLabels: false,
		flowchart: { htmlLabels: false },
		securityLevel: 'strict',
		// Some shapes are drawn with rough.js, which is random unless seeded: a fixed seed draws the
		// light and dark versions alike, so they can be merged into one drawing.
		handDrawnSeed: 1,
	};
}
