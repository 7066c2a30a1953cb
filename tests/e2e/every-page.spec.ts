import AxeBuilder from '@axe-core/playwright';
import { expect, listBuiltPaths, test } from './fixtures';

// The exam map takes axe tens of seconds on 2 cores; a printable edition (up to 5 MB of HTML, a
// whole domain with its diagrams) takes Chromium that long to parse.
test.describe.configure({ timeout: 90_000 });

for (const path of listBuiltPaths()) {
	test(`${path} answers 200, logs no console error and has no axe violation`, async ({ page, consoleErrors }) => {
		if (path.startsWith('/print/')) test.setTimeout(240_000);
		const response = await page.goto(path);
		expect(response?.status(), `status of ${path}`).toBe(200);
		// Expressive Code makes overflowing code blocks keyboard-focusable from an idle callback after
		// layout; wait for it (a block that never gets a tab stop fails here) before axe looks.
		await page.waitForFunction(
			() => [...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')),
			null,
			{ timeout: 5000 },
		);
		// A print edition repeats its domain's pages, each checked at its own address: axe looks at the
		// edition's own parts and its first two pages (axe walks the whole document even where told
		// to exclude, and a large domain's edition takes it minutes).
		if (path.startsWith('/print/')) await page.locator('.kb-print__page').evaluateAll((pages) => pages.slice(2).forEach((p) => p.remove()));
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
		expect(summary, `axe violations on ${path}`).toEqual([]);
		expect(consoleErrors, `console errors on ${path}`).toEqual([]);
	});
}
