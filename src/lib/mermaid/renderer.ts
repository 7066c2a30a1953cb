import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../find-browser';
import { DIAGRAM_FONT_FAMILY, DIAGRAM_FONT_FILE } from './diagram-font';
import { COMPACT_LAYOUTS, FIT, getMermaidConfig, type DiagramTheme } from './mermaid-config';

const require = createRequire(import.meta.url);
const MERMAID_SCRIPT = require.resolve('mermaid/dist/mermaid.min.js');
const DRAW_SCRIPT = fileURLToPath(new URL('./draw-in-page.js', import.meta.url));
const WRAP_SCRIPT = fileURLToPath(new URL('./wrap-sequence-text.js', import.meta.url));

export interface RenderedDiagram {
	svg: string;
	/** Every piece of text drawn in the diagram, in document order, without repeats. */
	labels: string[];
	size: DrawingSize;
}

/** How big the drawing is, in its own units (SVG user units, which a page shows at 1 px each at natural size). */
export interface DrawingSize {
	/** The width of the viewBox. */
	width: number;
	/** The font size of its smallest text, scaled by any group it sits in; none when it has no text. */
	smallestText: number | undefined;
}

/** A diagram Mermaid could not parse; `line` counts from the first line of the diagram source. */
export class MermaidSyntaxError extends Error {
	constructor(
		message: string,
		readonly line: number | undefined,
	) {
		super(message);
		this.name = 'MermaidSyntaxError';
	}
}

/** How long the browser stays open with nothing to draw before it is closed. */
const IDLE_CLOSE_MS = 1500;

let session: Promise<{ browser: Browser; page: Page }> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let idleTimer: NodeJS.Timeout | undefined;

/**
 * Draws one diagram. Every diagram of a build goes through one long-lived browser page with
 * Mermaid loaded once: opening a tab and reloading Mermaid per file costs about 0.9 s, an extra
 * diagram in a prepared page about 70 ms. Calls are queued, because Mermaid renders one at a time.
 */
export function renderMermaid(source: string, theme: DiagramTheme, id: string): Promise<RenderedDiagram> {
	const task = queue.then(() => renderNow(source, theme, id));
	queue = task.catch(() => undefined);
	return task;
}

/** Closes the browser now (the build calls this when it is done). */
export async function closeRenderer(): Promise<void> {
	clearTimeout(idleTimer);
	const current = session;
	session = undefined;
	if (current) await (await current).browser.close().catch(() => undefined);
}

async function renderNow(source: string, theme: DiagramTheme, id: string): Promise<RenderedDiagram> {
	clearTimeout(idleTimer);
	session ??= openSession();
	const { page } = await session;
	try {
		// A string expression, not a function: bundlers may rewrite a function's source.
		const args = JSON.stringify({ source, id, config: getMermaidConfig(theme), layouts: COMPACT_LAYOUTS, fit: FIT });
		const result = (await page.evaluate(`window.kbDraw(${args})`)) as RenderedDiagram | { error: string; line?: number };
		if ('error' in result) throw new MermaidSyntaxError(result.error, result.line);
		return result;
	} finally {
		idleTimer = setTimeout(() => void closeRenderer(), IDLE_CLOSE_MS);
	}
}

async function openSession(): Promise<{ browser: Browser; page: Page }> {
	const { executablePath } = findBrowser();
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const page = await browser.newPage();
	const font = readFileSync(DIAGRAM_FONT_FILE).toString('base64');
	await page.setContent(
		`<!doctype html><html><head><style>@font-face{font-family:${DIAGRAM_FONT_FAMILY};` +
			`src:url(data:font/woff2;base64,${font}) format('woff2');font-weight:400;}</style></head><body></body></html>`,
	);
	await page.addScriptTag({ path: MERMAID_SCRIPT });
	await page.addScriptTag({ path: WRAP_SCRIPT });
	await page.addScriptTag({ path: DRAW_SCRIPT });
	// Mermaid measures text as it lays out: the font must be ready before the first diagram.
	await page.evaluate(`document.fonts.load('16px ${DIAGRAM_FONT_FAMILY}')`);
	return { browser, page };
}
