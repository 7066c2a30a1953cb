import { expect, test } from './fixtures';

test('a short link /go/<alias>/ lands on the page that claims it', async ({ page }) => {
	await page.goto('/go/kms/');
	await expect(page).toHaveURL(/\/security\/kms\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('KMS');
});

test('the services index lists services A to Z and each service its pages', async ({ page }) => {
	await page.goto('/services/');
	const links = page.locator('.kb-service-list a');
	const names = await links.allTextContents();
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
	await page.getByRole('link', { name: 'CodeDeploy', exact: true }).click();
	await expect(page).toHaveURL(/\/services\/codedeploy\/$/);
	await expect(page.locator('.kb-card__title[href="/sdlc/codedeploy/"]')).toBeVisible();
});

test('a service on a page links to its entry in the services index', async ({ page }) => {
	await page.goto('/security/kms/');
	await page.locator('.kb-page-meta').getByRole('link', { name: 'KMS', exact: true }).click();
	await expect(page).toHaveURL(/\/services\/kms\/$/);
	await expect(page.locator('.kb-card__title', { hasText: 'KMS' }).first()).toBeVisible();
});

test('a page lists the pages that link to it under "Referenced by"', async ({ page }) => {
	await page.goto('/security/kms/');
	const backlinks = page.getByRole('region', { name: 'Referenced by' });
	const links = backlinks.getByRole('link');
	expect(await links.count()).toBeGreaterThan(0);
	// Each page listed there really links here, in its text or its related pages. Read as served
	// (no rendering): a widely linked page lists dozens of pages, each one long.
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		const html = await (await page.request.get(href)).text();
		const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
		expect(main, `${href} links to /security/kms/`).toMatch(/<a [^>]*href="\/security\/kms\/[^"]*"/);
	}
});

test('the first use of a glossary term shows its definition on keyboard focus', async ({ page }) => {
	await page.goto('/resilience/disaster-recovery/');
	const term = page.locator('.kb-term', { has: page.locator('a', { hasText: /^RPO$/ }) }).first();
	const tip = term.getByRole('tooltip');
	await expect(tip).toBeHidden();
	await term.getByRole('link').focus();
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('Recovery point objective');
	await expect(term.getByRole('link')).toHaveAttribute('href', '/glossary/#rpo');
	await page.goto('/glossary/#rpo');
	await expect(page.locator('#rpo')).toContainText('Recovery point objective');
});

test('a heading anchor copies the link to the clipboard and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/sdlc/codedeploy/');
	const heading = page.locator('.sl-heading-wrapper', { has: page.locator('h2#deployment-configurations') });
	await heading.locator('a.sl-anchor-link').click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/sdlc\/codedeploy\/#deployment-configurations$/);
	await expect(page).toHaveURL(/#deployment-configurations$/);
});

test('the page "Copy link" button copies the page address', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/security/kms/?highlight=x');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/security\/kms\/$/);
});

test('a page has link-preview metadata with a drawn image', async ({ page, request }) => {
	await page.goto('/security/kms/');
	const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
	expect(await meta('og:title')).toContain('KMS');
	expect(await meta('og:description')).toBeTruthy();
	const image = new URL((await meta('og:image'))!);
	expect(image.pathname).toBe('/og/security/kms.png');
	const response = await request.get(image.pathname);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/security\/kms\/$/);
});

test('robots.txt names the sitemap, and the sitemap lists the pages', async ({ request }) => {
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	expect(sitemap).toContain('/security/kms/</loc>');
});
