import type { Browser, Page } from 'playwright-core';
import { median } from './stats.ts';

/** The widths issue 12 measures at: a phone and a laptop (CSS pixels). */
export const READER_WIDTHS = { phone: 390, laptop: 1280 } as const;
export type ReaderWidth = keyof typeof READER_WIDTHS;

/** One diagram as a reader sees it at one window width. */
export interface DiagramText {
	page: string;
	/** The figure's anchor (`fig-…`). */
	figure: string;
	/** The smallest label as drawn on screen: its font size times the drawing's scale, in CSS pixels. */
	textPx: number;
	/** The drawing's width on screen, and the width of the figure's column. */
	drawnPx: number;
	columnPx: number;
	/** Whether the drawing is wider than its column, so the figure scrolls sideways. */
	scrolls: boolean;
}

export interface DiagramTextSummary {
	width: number;
	diagrams: number;
	smallestPx: number;
	medianPx: number;
	/** Diagrams whose every label is at least 11 px on screen, and those among them that fit without scrolling. */
	legible: number;
	legibleWithoutScrolling: number;
	/** The five smallest, for the report. */
	worst: DiagramText[];
}

/** The size under which a label counts as illegible in the figures (issue 12 tests at 11 px). */
export const LEGIBLE_IN_TESTS_PX = 11;

/** Measures every diagram of the page already loaded in `page`, with the drawing its theme shows. */
export function readDiagramText(page: Page, path: string): Promise<DiagramText[]> {
	return page.evaluate((path) => {
		const diagrams: DiagramText[] = [];
		for (const figure of document.querySelectorAll<HTMLElement>('figure.kb-diagram')) {
			const drawing = [...figure.querySelectorAll<HTMLElement>('.kb-diagram__drawing')].find((element) => element.getClientRects().length > 0);
			const svg = drawing?.querySelector('svg');
			if (!drawing || !svg) continue;
			let textPx = Infinity;
			for (const text of svg.querySelectorAll('text')) {
				if (!text.textContent?.trim() || text.getClientRects().length === 0) continue;
				// The screen matrix carries the viewBox scaling and any transform of the groups above.
				const matrix = text.getScreenCTM();
				if (!matrix) continue;
				textPx = Math.min(textPx, Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b));
			}
			diagrams.push({
				page: path,
				figure: figure.id,
				textPx: Math.round(textPx * 10) / 10,
				drawnPx: Math.round(svg.getBoundingClientRect().width),
				columnPx: drawing.clientWidth,
				scrolls: drawing.scrollWidth > drawing.clientWidth + 1,
			});
		}
		return diagrams;
	}, path);
}

/** Loads each page at the given window width in a fresh context and measures its diagrams. */
export async function measureDiagramText(browser: Browser, origin: string, paths: string[], width: number): Promise<DiagramText[]> {
	const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const diagrams: DiagramText[] = [];
		for (const path of paths) {
			await page.goto(origin + path);
			// Labels are measured with the web font; sizes do not depend on it, but widths do.
			await page.evaluate(() => document.fonts.ready);
			diagrams.push(...(await readDiagramText(page, path)));
		}
		return diagrams;
	} finally {
		await context.close();
	}
}

export function summariseDiagramText(diagrams: DiagramText[], width: number): DiagramTextSummary {
	const sizes = diagrams.map((diagram) => diagram.textPx);
	const legible = diagrams.filter((diagram) => diagram.textPx >= LEGIBLE_IN_TESTS_PX);
	return {
		width,
		diagrams: diagrams.length,
		smallestPx: Math.min(...sizes),
		medianPx: median(sizes) ?? 0,
		legible: legible.length,
		legibleWithoutScrolling: legible.filter((diagram) => !diagram.scrolls).length,
		worst: [...diagrams].sort((a, b) => a.textPx - b.textPx).slice(0, 5),
	};
}
