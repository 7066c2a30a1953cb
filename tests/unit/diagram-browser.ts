import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, findBrowser } from '../../src/lib/find-browser';
import { DIAGRAM_FONT_FAMILY, DIAGRAM_FONT_FILE } from '../../src/lib/mermaid/diagram-font';
import { closeRenderer } from '../../src/lib/mermaid/renderer';

/** The diagram font as an inline @font-face, so a test page draws labels in the font the site uses. */
export const diagramFontFace = `@font-face{font-family:${DIAGRAM_FONT_FAMILY};src:url(data:font/woff2;base64,${readFileSync(DIAGRAM_FONT_FILE).toString('base64')})}`;

/**
 * A real Chromium for the test file, launched before its tests and closed after them with the
 * Mermaid renderer they drew with. Returns a getter: the browser exists only once beforeAll ran.
 */
export function useDiagramBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: findBrowser().executablePath, args: CHROMIUM_ARGS });
	});
	afterAll(async () => {
		await browser?.close();
		await closeRenderer();
	});
	return () => browser!;
}
