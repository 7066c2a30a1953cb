import { expect, test } from './fixtures';

test('pages come with the security headers, and their policy allows no inline script it does not know', async ({ page, request }) => {
	const response = await request.get('/sdlc/codebuild/');
	const headers = response.headers();
	const policy = headers['content-security-policy'] ?? '';
	const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
	expect(scriptSrc).toContain("'self'");
	expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
	expect(scriptSrc).not.toContain('unsafe-inline');
	expect(policy).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

	// The page's own scripts run (the theme picker works); an injected inline script does not.
	await page.goto('/sdlc/codebuild/');
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
	await expect(page.locator('starlight-theme-select select').first()).toBeVisible();
	const blocked = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
				const script = document.createElement('script');
				script.textContent = 'window.kbInjected = true';
				document.body.append(script);
			}),
	);
	expect(blocked).toMatch(/^script-src/);
	expect(await page.evaluate(() => (window as { kbInjected?: boolean }).kbInjected)).toBeUndefined();
});

test('links to other sites open without giving them a handle on the page', async ({ page }) => {
	await page.goto('/sdlc/deployment-strategies/');
	const external = page.locator('main a[href^="https://"]');
	expect(await external.count()).toBeGreaterThan(0);
	for (const rel of await external.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('rel') ?? ''))) {
		expect(rel).toContain('noopener');
	}
});
