import { formatContentError } from '../content-error';
import { DESKTOP_COLUMN_PX, LEGIBLE_TEXT_PX, getTextSizeInColumn } from './legible-size';
import type { DrawingSize } from './renderer';

/**
 * `KB_STRICT_DIAGRAMS=1` turns the report of a diagram too wide for the desktop column from a
 * warning into a build error; CI sets it once no existing diagram is reported.
 */
export function isStrictAboutWidth(env: NodeJS.ProcessEnv = process.env): boolean {
	return env.KB_STRICT_DIAGRAMS === '1';
}

/** A diagram whose text, fitted to the desktop column, would be under the legible size. */
export interface WideDiagram {
	file: string | undefined;
	/** The line of the diagram's first line (after the fence). */
	line: number | undefined;
	/** The diagram's first word or two: `flowchart LR`, `sequenceDiagram`. */
	kind: string;
	width: number;
	smallestText: number;
	/** The smallest text's size in the desktop column. */
	textPx: number;
}

/** The report for this diagram when it is too wide to read in the desktop column, else undefined. */
export function findWideDiagram(source: string, size: DrawingSize, file: string | undefined, line: number | undefined): WideDiagram | undefined {
	const textPx = getTextSizeInColumn(size, DESKTOP_COLUMN_PX);
	if (textPx === undefined || textPx >= LEGIBLE_TEXT_PX) return undefined;
	const kind = /^\s*(?:%%.*\n\s*)*(\S+(?:[ \t]+(?:LR|RL|TB|TD|BT))?)/.exec(source)?.[1] ?? 'diagram';
	return { file, line, kind, width: size.width, smallestText: size.smallestText!, textPx };
}

/** `[kb:diagrams] docs/x.mdx:12 …` with the width it would need and the fix for its kind of diagram. */
export function formatWideDiagram(diagram: WideDiagram): string {
	const widest = Math.floor((DESKTOP_COLUMN_PX * diagram.smallestText) / LEGIBLE_TEXT_PX);
	return formatContentError(
		'diagrams',
		diagram.file,
		diagram.line,
		`this ${diagram.kind} is ${Math.round(diagram.width)} px wide: fitted to the ${DESKTOP_COLUMN_PX} px text column of a laptop, its text is ${diagram.textPx.toFixed(1)} px, under the legible ${LEGIBLE_TEXT_PX} px (readers must scroll it sideways).`,
		`${fixFor(diagram.kind)}; at most ${widest} px wide keeps it readable without scrolling.`,
	);
}

function fixFor(kind: string): string {
	if (/^(flowchart|graph)\s+(LR|RL)$/.test(kind)) return 'draw it top to bottom (flowchart TB), split it in two, or shorten the labels';
	if (/^(flowchart|graph)\b/.test(kind)) return 'keep it to about seven boxes across: split it in two, or shorten the labels';
	if (kind === 'sequenceDiagram') return 'split it in two, with fewer participants each, or shorten its longest word and names (every actor box is as wide as the longest word)';
	if (/^stateDiagram/.test(kind)) return 'draw it top to bottom (direction TB), split it in two, or shorten the labels';
	return 'split it in two, or shorten the labels';
}
