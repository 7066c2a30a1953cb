import { expect, search, test } from './fixtures';

test('a search for a term of the KMS page puts that page first', async ({ page }) => {
	await page.goto('/');
	await search(page, 'GenerateDataKey');
	const first = page.locator('pagefind-results a').first();
	await expect(first).toHaveAttribute('href', /\/security\/kms\//);
});

test('the search URL is shareable: ?q= opens search with that query', async ({ page }) => {
	await page.goto('/start-here/?q=GenerateDataKey');
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(page.locator('pagefind-results a').first()).toHaveAttribute('href', /\/security\/kms\//);
});

test('typing updates the address with ?q=, so it can be copied', async ({ page }) => {
	await page.goto('/');
	await search(page, 'rollback');
	await expect(page).toHaveURL(/[?&]q=rollback/);
});

test('a domain filter narrows the results to that domain', async ({ page }) => {
	await page.goto('/');
	// A task every domain has a page on, so the first results come from more than one domain.
	await search(page, 'cross-account');
	await expect(page.locator('pagefind-results a').first()).toBeVisible();
	const before = await page.locator('pagefind-results a[href]').evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).pathname));
	expect(new Set(before.map((p) => p.split('/')[1])).size).toBeGreaterThan(1);
	await page.locator('pagefind-filter-dropdown[filter="domain"]').getByRole('combobox').click();
	await page.getByRole('option', { name: /Security and Compliance/ }).click();
	await expect
		.poll(async () => page.locator('pagefind-results a[href]').evaluateAll((links) => [...new Set(links.map((l) => (l as HTMLAnchorElement).pathname.split('/')[1]))]))
		.toEqual(['security']);
});

test('arrow keys move through results and Enter opens one at the matching heading, with the term highlighted', async ({ page }) => {
	await page.goto('/');
	const input = await search(page, 'GenerateDataKey');
	await expect(page.locator('pagefind-results a').first()).toBeVisible();
	await input.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/security\/kms\/.*highlight=GenerateDataKey/i);
	const mark = page.locator('mark.pagefind-highlight').first();
	await expect(mark).toBeVisible();
	await expect(mark).toHaveText(/GenerateDataKey/i);
	expect(await page.locator('svg mark').count()).toBe(0);
});

test('one letter searches nothing; the second letter does', async ({ page }) => {
	const indexRequests: string[] = [];
	page.on('request', (request) => {
		if (/\.pf_(index|fragment)$/.test(request.url())) indexRequests.push(request.url());
	});
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).first().click();
	const input = page.getByRole('dialog').getByRole('searchbox').or(page.getByRole('dialog').getByRole('textbox')).first();
	await input.pressSequentially('k');
	await page.waitForTimeout(500);
	expect(indexRequests, 'index chunks or results fetched for one letter').toEqual([]);
	await expect(page.getByRole('dialog').locator('pagefind-results a')).toHaveCount(0);
	await input.pressSequentially('ms');
	// Polls the result list, so a failure shows what was listed instead. The first real search
	// starts Pagefind's WebAssembly and reads the index: on a busy CI machine that took over 5 s.
	await expect
		.poll(async () => page.getByRole('dialog').locator('pagefind-results a[href]').evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).pathname)), {
			message: 'result pages for "kms"',
			timeout: 15_000,
		})
		.toContain('/security/kms/');
});
