import AxeBuilder from '@axe-core/playwright';
import { expect, listBuiltPaths, test } from './fixtures';

for (const path of listBuiltPaths()) {
	test(`${path} answers 200, logs no console error and has no axe violation`, async ({ page, consoleErrors }) => {
		const response = await page.goto(path);
		expect(response?.status(), `status of ${path}`).toBe(200);
		// Expressive Code makes overflowing code blocks keyboard-focusable from an idle callback after
		// layout; wait for it (a block that never gets a tab stop fails here) before axe looks.
		await page.waitForFunction(
			() => [...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')),
			null,
			{ timeout: 5000 },
		);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
		expect(summary, `axe violations on ${path}`).toEqual([]);
		expect(consoleErrors, `console errors on ${path}`).toEqual([]);
	});
}
