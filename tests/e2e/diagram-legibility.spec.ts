import { resolve } from 'node:path';
import { READER_WIDTHS, readDiagramText } from '../../bench/diagram-text.ts';
import { listDiagramPages } from '../../bench/pick-pages.ts';
import { findOverflowingLabels } from './diagram-labels';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

const DIST = resolve(import.meta.dirname, '../..', process.env.KB_OUT_DIR ?? 'dist');
const DIAGRAM_PAGES = listDiagramPages(DIST);
/** The smallest on-screen text the issue accepts (the site aims at 12 px). */
const LEGIBLE_PX = 11;
// A sequence diagram of four actors: wider than a phone's column at its minimum scale.
const WIDE = { page: '/sdlc/codecommit/', figure: '#fig-cross-account-access-goes-through-a-role-in-the-repositorys-account-never-through-shared-credentials' };
// A state diagram narrower than any column.
const NARROW = { page: '/sdlc/codecommit/', figure: '#fig-a-pull-request-can-be-merged-only-once-its-approval-rules-are-satisfied-or-overridden' };

/** The hint under a figure whose drawing scrolls (generated text), or "none". */
const hintOf = (figure: Locator) => figure.evaluate((element) => getComputedStyle(element, '::after').content);

for (const [reader, width] of Object.entries(READER_WIDTHS)) {
	test(`on a ${width} px ${reader}, every diagram's text is at least ${LEGIBLE_PX} px on screen, and no page scrolls sideways`, async ({ page }) => {
		test.setTimeout(DIAGRAM_PAGES.length * 5_000);
		await page.setViewportSize({ width, height: 900 });
		const small: string[] = [];
		const pagesScrolling: string[] = [];
		let diagrams = 0;
		let scrolling = 0;
		for (const path of DIAGRAM_PAGES) {
			await page.goto(path);
			for (const diagram of await readDiagramText(page, path)) {
				diagrams++;
				if (diagram.scrolls) scrolling++;
				if (diagram.textPx < LEGIBLE_PX) small.push(`${path}#${diagram.figure}: ${diagram.textPx} px (drawn ${diagram.drawnPx} px wide in ${diagram.columnPx} px)`);
			}
			if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) pagesScrolling.push(path);
		}
		expect(small, 'diagrams with text under the legible size').toEqual([]);
		expect(pagesScrolling, 'pages wider than the window').toEqual([]);
		expect(diagrams).toBeGreaterThan(DIAGRAM_PAGES.length);
		// The pages hold diagrams wider than a phone: they scroll inside their figures instead of shrinking.
		if (reader === 'phone') expect(scrolling).toBeGreaterThan(0);
	});
}

test('no label of any built diagram sticks out of its shape', async ({ page }) => {
	test.setTimeout(DIAGRAM_PAGES.length * 5_000);
	await page.setViewportSize({ width: 1280, height: 900 });
	const overflowing: string[] = [];
	for (const path of DIAGRAM_PAGES) {
		await page.goto(path);
		await page.evaluate(() => document.fonts.ready);
		for (const label of await findOverflowingLabels(page)) overflowing.push(`${path}#${label.figure}: "${label.label}" is ${label.labelPx} px in a ${label.shapePx} px shape`);
	}
	expect(overflowing).toEqual([]);
});

test('on a phone, a wide diagram keeps its text legible and scrolls inside its figure: a tab stop named by its caption, with a hint', async ({ page }) => {
	await page.setViewportSize({ width: READER_WIDTHS.phone, height: 844 });
	await page.goto(WIDE.page);
	const figure = page.locator(WIDE.figure);
	const drawing = figure.locator('.kb-diagram__drawing:visible');
	await expect(drawing).toHaveAttribute('tabindex', '0');
	await expect(drawing).toHaveAccessibleName(/^Cross-account access goes through a role .* \(scrolls sideways\)$/);
	expect(await hintOf(figure)).toMatch(/^"Wider than the page: scroll sideways/);
	const [diagram] = await readDiagramText(page, WIDE.page).then((all) => all.filter((d) => `#${d.figure}` === WIDE.figure));
	expect(diagram!.textPx).toBeGreaterThanOrEqual(12);
	expect(diagram!.drawnPx).toBeGreaterThan(diagram!.columnPx);
	// Keyboard readers scroll it with the arrow keys once it has focus.
	await drawing.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => drawing.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(READER_WIDTHS.phone);
});

test('a diagram narrower than the column is drawn at its natural size, with no scrolling, tab stop or hint', async ({ page }) => {
	await page.setViewportSize({ width: READER_WIDTHS.laptop, height: 900 });
	await page.goto(NARROW.page);
	const figure = page.locator(NARROW.figure);
	const drawing = figure.locator('.kb-diagram__drawing:visible');
	const natural = await drawing.locator('svg').evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
	expect(await drawing.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width)).toBeCloseTo(natural, 0);
	await expect(drawing).not.toHaveAttribute('tabindex');
	expect(await hintOf(figure)).toBe('none');
});

test('printed, a wide diagram is whole again: scaled to the paper, not scrolled', async ({ page }) => {
	await page.setViewportSize({ width: READER_WIDTHS.phone, height: 844 });
	await page.goto(WIDE.page);
	await page.emulateMedia({ media: 'print' });
	const drawing = page.locator(WIDE.figure).locator('.kb-diagram__drawing:visible');
	expect(await hintOf(page.locator(WIDE.figure))).toBe('none');
	const { drawn, column, scrollable } = await drawing.evaluate((element) => ({
		drawn: element.querySelector('svg')!.getBoundingClientRect().width,
		column: element.clientWidth,
		scrollable: element.scrollWidth > element.clientWidth + 1,
	}));
	expect(scrollable).toBe(false);
	expect(drawn).toBeLessThanOrEqual(column);
});
