import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PAGE = '/sdlc/codecommit/';
const FIGURE = '#fig-cross-account-access-goes-through-a-role-in-the-repositorys-account-never-through-shared-credentials';
const CAPTION = "Cross-account access goes through a role in the repository's account, never through shared credentials";

function parts(page: Page) {
	const figure = page.locator(FIGURE);
	const dialog = page.getByRole('dialog', { name: CAPTION });
	return {
		figure,
		open: figure.getByRole('button', { name: `Full screen: ${CAPTION}` }),
		dialog,
		viewport: dialog.getByRole('group', { name: /^Drawing/ }),
		level: dialog.locator('output'),
	};
}

/** The drawing's width on screen. */
const drawnWidth = (viewport: Locator) => viewport.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
/** The average of the red, green and blue of an element's computed colour property. */
const lightness = (locator: Locator, property: 'fill' | 'backgroundColor') =>
	locator.evaluate((element, name) => (getComputedStyle(element)[name].match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).reduce((sum, value) => sum + Number(value), 0) / 3, property);

test('a diagram opens full screen from the keyboard at its natural size, zooms with + and -, pans with the arrow keys and closes with Escape', async ({ page, consoleErrors }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto(PAGE);
	const { figure, open, dialog, viewport, level } = parts(page);
	const id = await figure.locator('svg').getAttribute('id');
	// The viewer's code is fetched when a reader opens a diagram, not with the page.
	expect(scripts.filter((path) => /diagram-viewer/.test(path))).toEqual([]);
	await open.focus();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeVisible();
	await expect(viewport).toBeFocused();
	expect(scripts.filter((path) => /diagram-viewer/.test(path))).toHaveLength(1);
	// The page's own drawing, moved into the dialog: one copy, no Mermaid, no second download of it.
	await expect(page.locator(`svg#${id}`)).toHaveCount(1);
	await expect(viewport.locator(`svg#${id}`)).toBeVisible();
	expect(scripts.filter((path) => /mermaid/i.test(path))).toEqual([]);
	const natural = await viewport.locator('svg').evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
	await expect(level).toHaveText('100 %');
	expect(await drawnWidth(viewport)).toBeCloseTo(natural, 0);

	await page.keyboard.press('+');
	await expect(level).toHaveText('125 %');
	expect(await drawnWidth(viewport)).toBeCloseTo(natural * 1.25, 0);
	await page.keyboard.press('-');
	await page.keyboard.press('-');
	await expect(level).toHaveText('80 %');
	await page.keyboard.press('0');
	await expect(level).toHaveText('100 %');
	await dialog.getByRole('button', { name: 'Zoom in' }).click();
	await expect(level).toHaveText('125 %');

	// Zoomed in past the window, the arrow keys move around the drawing.
	await viewport.focus();
	for (let press = 0; press < 3; press++) await page.keyboard.press('+');
	await expect(level).toHaveText('244 %');
	const scroll = () => viewport.evaluate((element): [number, number] => [element.scrollLeft, element.scrollTop]);
	const [left, top] = await scroll();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowDown');
	await expect.poll(async () => (await scroll())[0]).toBeGreaterThan(left);
	expect((await scroll())[1]).toBeGreaterThan(top);

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(open).toBeFocused();
	// Back in its figure, at the size the page draws it.
	await expect(figure.locator(`.kb-diagram__drawing svg#${id}`)).toBeVisible();
	expect(await figure.locator('svg').evaluate((svg) => (svg as SVGSVGElement).style.width)).toBe('');
	expect(consoleErrors).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a diagram opens full screen by touch, zooms with a pinch, pans with a drag and closes with its Close button', async ({ page }) => {
		await page.goto(PAGE);
		const { open, dialog, viewport, level } = parts(page);
		await open.tap();
		await expect(dialog).toBeVisible();
		await expect(level).toHaveText('100 %');
		const box = (await viewport.boundingBox())!;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		const cdp = await page.context().newCDPSession(page);
		// Fingers 16 ms apart, as a screen samples them; each gesture ends by resting its fingers a
		// moment, or the browser would take the drag for a fling and the next tap would only stop it.
		let clock = Date.now() / 1000;
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][], wait = 0.016) =>
			cdp.send('Input.dispatchTouchEvent', { type, timestamp: (clock += wait), touchPoints: points.map(([px, py], id) => ({ x: px, y: py, id })) });

		const width = await drawnWidth(viewport);
		await touch('touchStart', [[x - 40, y], [x + 40, y]]);
		for (let step = 1; step <= 8; step++) await touch('touchMove', [[x - 40 - step * 10, y], [x + 40 + step * 10, y]]);
		await touch('touchEnd', [], 0.5);
		// The fingers end three times as far apart: the drawing is about three times as large.
		await expect.poll(() => drawnWidth(viewport)).toBeGreaterThan(width * 2.5);
		await expect(level).not.toHaveText('100 %');

		const scroll = () => viewport.evaluate((element): [number, number] => [element.scrollLeft, element.scrollTop]);
		const [left, top] = await scroll();
		await touch('touchStart', [[x, y]]);
		for (let step = 1; step <= 5; step++) await touch('touchMove', [[x - step * 20, y - step * 10]]);
		await touch('touchMove', [[x - 100, y - 50]], 0.5);
		await touch('touchEnd', [], 0.1);
		await expect.poll(async () => (await scroll())[0]).toBeGreaterThan(left + 50);
		expect((await scroll())[1]).toBeGreaterThan(top + 25);

		await dialog.getByRole('button', { name: 'Close' }).tap();
		await expect(dialog).toBeHidden();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});
});

for (const theme of ['light', 'dark'] as const) {
	test(`in the ${theme} theme, the full-screen view follows the theme and has no axe violation`, async ({ page }) => {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto(PAGE);
		const { open, dialog, viewport } = parts(page);
		await open.click();
		await expect(dialog).toBeVisible();
		const [background, box] = [await lightness(dialog, 'backgroundColor'), await lightness(viewport.locator('svg rect.actor').first(), 'fill')];
		if (theme === 'light') expect([background, box].every((value) => value > 180)).toBe(true);
		else expect([background, box].every((value) => value < 90)).toBe(true);
		const results = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
	});
}

test("a diagram's anchor link still copies its address", async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(PAGE);
	await page.locator(FIGURE).locator('a.kb-diagram__anchor').click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${PAGE}${FIGURE}$`));
});
