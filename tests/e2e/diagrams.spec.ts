import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const DIAGRAM_PAGE = '/security/kms/';

test('a diagram is inline SVG with its labels, and no Mermaid code is downloaded', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto(DIAGRAM_PAGE);
	const figure = page.locator('figure.kb-diagram', { hasText: 'GenerateDataKey' });
	const svg = figure.locator('.kb-diagram__drawing:visible svg');
	await expect(svg).toHaveCount(1);
	await expect(svg.locator('text').filter({ hasText: 'GenerateDataKey' }).first()).toBeVisible();
	await expect(figure.locator('figcaption')).not.toBeEmpty();
	expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
	const inlineMermaid = await page.locator('script').evaluateAll((nodes) => nodes.some((node) => /mermaid\.initialize|mermaid\.run/.test(node.textContent ?? '')));
	expect(inlineMermaid).toBe(false);
});

test('a diagram page asks for the diagram font from its head, fetches it once and draws with it', async ({ page }) => {
	const fontRequests: string[] = [];
	const warnings: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'font') fontRequests.push(new URL(request.url()).pathname);
	});
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	await page.goto(DIAGRAM_PAGE);
	const preload = page.locator('head link[rel="preload"][as="font"]');
	await expect(preload).toHaveCount(1);
	const href = new URL((await preload.getAttribute('href'))!, page.url()).pathname;
	await expect.poll(() => page.evaluate(() => document.fonts.check('15px Inter'))).toBe(true);
	// A preload without the right crossorigin is fetched a second time by the @font-face.
	expect(fontRequests).toEqual([href]);
	expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
});

test('a page without diagrams does not fetch the diagram font', async ({ page }) => {
	const fontRequests: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'font') fontRequests.push(request.url());
	});
	await page.goto('/glossary/');
	await expect(page.locator('head link[rel="preload"][as="font"]')).toHaveCount(0);
	await page.waitForLoadState('load');
	expect(fontRequests).toEqual([]);
});

test('switching the theme switches the diagram colours', async ({ page }) => {
	await page.goto(DIAGRAM_PAGE);
	const figure = page.locator('figure.kb-diagram').first();
	const select = page.locator('starlight-theme-select select').first();
	// A node's box: a light fill in the light theme, a dark one in the dark theme.
	const box = figure.locator('svg .node rect, svg rect.actor').first();
	const lightness = () => box.evaluate((rect) => (getComputedStyle(rect).fill.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, value) => sum + Number(value), 0) / 3);
	await select.selectOption('light');
	await expect(figure.locator('svg')).toHaveCount(1);
	await expect.poll(lightness).toBeGreaterThan(180);
	await select.selectOption('dark');
	await expect.poll(lightness).toBeLessThan(90);
});

test('a diagram has its own anchor and its text is on the page outside the SVG', async ({ page }) => {
	await page.goto(DIAGRAM_PAGE);
	const figure = page.locator('figure.kb-diagram', { hasText: 'GenerateDataKey' });
	const id = await figure.getAttribute('id');
	expect(id).toMatch(/^fig-/);
	await expect(figure.locator('figcaption a')).toHaveAttribute('href', `#${id}`);
	await figure.getByText('Text in this diagram').click();
	await expect(figure.locator('.kb-diagram__text li', { hasText: 'GenerateDataKey' }).first()).toBeVisible();
});

test('on a phone, the controls under every diagram are large enough to tap (axe target-size, WCAG 2.5.8)', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	// The heaviest diagram page: ten figures, captions long enough to wrap beside their controls.
	await page.goto('/sdlc/codedeploy-ec2/');
	const results = await new AxeBuilder({ page }).include('figure.kb-diagram figcaption').withRules(['target-size']).analyze();
	expect(results.passes.map((rule) => rule.id)).toContain('target-size');
	expect(results.violations.flatMap((rule) => rule.nodes.map((node) => node.target.join(' ')))).toEqual([]);
});
