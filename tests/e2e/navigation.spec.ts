import { DOMAINS } from '../../src/lib/domains';
import { expect, listBuiltPaths, test } from './fixtures';

test('the sidebar lists the six exam domains in exam order', async ({ page }) => {
	await page.goto('/start-here/');
	const groups = page.locator('#starlight__sidebar details > summary');
	await expect(groups).toHaveText(DOMAINS.map((domain) => new RegExp(`${domain.number}\\. ${domain.title}`)));
});

test('each domain group of the sidebar links every page of the domain and marks the current one', async ({ page }) => {
	await page.goto('/sdlc/codebuild/');
	const group = page.locator('#starlight__sidebar details', { has: page.locator('summary', { hasText: 'SDLC Automation' }) });
	await expect(group).toHaveAttribute('open', '');
	const links = group.getByRole('link');
	const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
	const sdlcPages = listBuiltPaths().filter((path) => path.startsWith('/sdlc/'));
	expect(new Set(hrefs)).toEqual(new Set(sdlcPages));
	await expect(group.getByRole('link', { name: 'AWS CodeBuild' })).toHaveAttribute('aria-current', 'page');
	// Other domains' groups hold their own pages, not these (loaded when the group opens).
	const security = page.locator('#starlight__sidebar details', { has: page.locator('summary', { hasText: 'Security and Compliance' }) });
	await security.locator('summary').click();
	await expect(security.getByRole('link', { name: /KMS/ })).toHaveCount(1);
	await expect(security.getByRole('link', { name: 'AWS CodeBuild' })).toHaveCount(0);
});

test("the sidebar keeps the current page's domain open and the others collapsed, one click away", async ({ page }) => {
	const group = (title: string) => page.locator('#starlight__sidebar details', { has: page.locator('summary', { hasText: title }) });
	const hrefsOf = (title: string) => group(title).locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	// Pages outside the domains open none; a domain's landing page is in its own group, with all its pages.
	await page.goto('/glossary/');
	await expect(page.locator('#starlight__sidebar details')).toHaveCount(DOMAINS.length);
	await expect(page.locator('#starlight__sidebar details[open]')).toHaveCount(0);
	await page.goto('/sdlc/');
	await expect(group('SDLC Automation')).toHaveAttribute('open', '');
	const sdlcLinks = await hrefsOf('SDLC Automation');
	expect(sdlcLinks.length).toBeGreaterThan(10);
	await page.goto('/security/kms/');
	await expect(group('Security and Compliance')).toHaveAttribute('open', '');
	for (const domain of DOMAINS.filter((d) => d.slug !== 'security')) await expect(group(domain.title)).not.toHaveAttribute('open');
	// A collapsed group carries only its landing page; opening it brings the rest, as its own pages show them.
	expect(await hrefsOf('SDLC Automation')).toEqual(['/sdlc/']);
	const codebuild = group('SDLC Automation').getByRole('link', { name: 'AWS CodeBuild' });
	await group('SDLC Automation').locator('summary').click();
	await expect(codebuild).toBeVisible();
	expect(await hrefsOf('SDLC Automation')).toEqual(sdlcLinks);
	await codebuild.click();
	await expect(page).toHaveURL(/\/sdlc\/codebuild\/$/);
	await expect(group('SDLC Automation')).toHaveAttribute('open', '');
});

test('a tab names the page, then the site, and the home page names the site once', async ({ page }) => {
	await page.goto('/security/kms/');
	await expect(page).toHaveTitle(/^AWS KMS.* \| AWS DevOps Knowledge Base$/);
	await page.goto('/');
	await expect(page).toHaveTitle('AWS DevOps Knowledge Base: DOP-C02 study notes');
});

test('a domain landing page shows its weight and a card per page', async ({ page }) => {
	await page.goto('/sdlc/');
	await expect(page.getByText('22 %', { exact: false }).first()).toBeVisible();
	const card = page.locator('.kb-card', { has: page.getByRole('link', { name: /CodeDeploy/ }) }).first();
	await expect(card).toBeVisible();
	await expect(card.locator('.kb-card__description')).not.toBeEmpty();
});

test('a page shows its domain, services and sources under the title', async ({ page }) => {
	await page.goto('/security/kms/');
	const meta = page.locator('.kb-page-meta');
	await expect(meta.getByRole('link', { name: 'Domain 6: Security and Compliance' })).toHaveAttribute('href', '/security/');
	await expect(meta).toContainText('KMS');
	await meta.getByText(/Based on/).click();
	await expect(meta).toContainText('Developer Associate 2019 study notes');
});

test('a page ends with a self-check whose answers open on demand', async ({ page }) => {
	await page.goto('/security/kms/');
	const selfCheck = page.getByRole('region', { name: 'Self-check' });
	const firstAnswer = selfCheck.locator('details').first();
	// The answer, then its explanation (one paragraph or more).
	await expect(firstAnswer.locator('p').first()).toBeHidden();
	await firstAnswer.getByText('Show answer').click();
	await expect(firstAnswer.locator('p').first()).toBeVisible();
});

test('the 404 page answers unknown addresses with status 404 and a way back', async ({ page }) => {
	const response = await page.goto('/no-such-topic/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('link', { name: 'Domain 1: SDLC Automation' }).click();
	await expect(page).toHaveURL(/\/sdlc\/$/);
});

test('every "changed since the notes" aside is listed on /changes/ with its page', async ({ page }) => {
	await page.goto('/security/kms/');
	const onPage = await page.locator('[data-kb-changed]').count();
	expect(onPage).toBeGreaterThan(0);
	await page.goto('/changes/');
	const rows = page.locator('tr', { has: page.getByRole('link', { name: 'AWS KMS and envelope encryption' }) });
	await expect(rows).toHaveCount(onPage);
	await expect(rows.filter({ hasText: 'Customer Master Key' })).toContainText('2026-11');
});

for (const width of [320, 390]) {
	test(`on a ${width} px phone the header shows the short site title whole, clear of the buttons`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/sdlc/codebuild/');
		const title = page.getByRole('link', { name: 'AWS DevOps KB', exact: true });
		await expect(title).toBeVisible();
		const text = title.locator('span').filter({ visible: true });
		await expect(text).toHaveText('AWS DevOps KB');
		expect(await text.evaluate((span) => span.scrollWidth <= span.clientWidth), 'the title is cut off').toBe(true);
		const titleBox = (await text.boundingBox())!;
		const searchBox = (await page.getByRole('button', { name: 'Search' }).first().boundingBox())!;
		expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(searchBox.x);
	});
}

test('on a wide screen the header shows the full site title', async ({ page }) => {
	await page.goto('/sdlc/codebuild/');
	await expect(page.getByRole('link', { name: 'AWS DevOps Knowledge Base', exact: true })).toBeVisible();
});
