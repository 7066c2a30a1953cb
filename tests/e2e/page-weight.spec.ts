import { resolve } from 'node:path';
import { KB, readBudgets } from '../../bench/budgets.ts';
import { kb } from '../../bench/format.ts';
import { measurePageWeight } from '../../bench/page-weight.ts';
import { findHeaviestDiagramPage } from '../../bench/pick-pages.ts';
import { expect, test } from './fixtures';

// The byte budgets of bench/budgets.json: deterministic for a given build, so they are tests too.
const budgets = readBudgets();
const DIST = resolve(import.meta.dirname, '../..', process.env.KB_OUT_DIR ?? 'dist');
const HEAVIEST = findHeaviestDiagramPage(DIST);
const PAGES = [
	['home page', '/'],
	['domain page', '/sdlc/'],
	['heaviest diagram page', HEAVIEST],
] as const;
const JS_LIMIT = budgets.jsBeforeInteraction.maxKB * KB;

// The service worker's precache downloads in the background after the page; it is not page weight.
test.use({ serviceWorkers: 'block' });

for (const [name, path] of PAGES) {
	test(`the ${name} (${path}) ships at most ${kb(JS_LIMIT)} of JavaScript before interaction, and no Mermaid`, async ({ page, baseURL }) => {
		const weight = await measurePageWeight(page, baseURL + path);
		const files = weight.scripts.map((script) => `${script.url} ${kb(script.bytes)}`).join(', ');
		expect(weight.jsBeforeInteraction, `JavaScript before interaction: ${files}`).toBeLessThanOrEqual(JS_LIMIT);
		expect(weight.mermaidRuntime, 'scripts that are Mermaid').toEqual([]);
	});
}

test(`the heaviest diagram page (${HEAVIEST}) weighs at most ${budgets.diagramPageTotal.maxKB} KB in total`, async ({ page, baseURL }) => {
	const { bytes } = await measurePageWeight(page, baseURL + HEAVIEST);
	const byKind = Object.entries(bytes).map(([kind, size]) => `${kind} ${kb(size)}`).join(', ');
	expect(bytes.total, `transferred: ${byKind}`).toBeLessThanOrEqual(budgets.diagramPageTotal.maxKB * KB);
});
