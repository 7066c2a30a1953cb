import type { DrawingSize } from './renderer';

/**
 * The smallest a diagram's text may be drawn on screen, in CSS pixels. Page text is 16 px; below
 * about 12 px labels stop being readable on a phone held at reading distance.
 */
export const LEGIBLE_TEXT_PX = 12;

/**
 * The width of the text column on a 1280 px laptop, where Starlight shows the sidebar (18.75rem)
 * and the table of contents (18.75rem): 1280 - 2 × 300 leaves 680 px, less 1.5rem of padding on
 * each side. The widest a diagram is shown without scrolling on most desks.
 */
export const DESKTOP_COLUMN_PX = 632;

/** The narrowest the drawing may be shown so its smallest text is still legible; none without text. */
export function getMinimumWidth(size: DrawingSize): number | undefined {
	if (!size.smallestText) return undefined;
	return Math.ceil((size.width * LEGIBLE_TEXT_PX) / size.smallestText);
}

/** The size of the drawing's smallest text when it is scaled down to fit a column (never up). */
export function getTextSizeInColumn(size: DrawingSize, columnPx: number): number | undefined {
	if (!size.smallestText) return undefined;
	return size.smallestText * Math.min(1, columnPx / size.width);
}
