import { expect, test } from './fixtures';

test('picking a self-check choice says whether it is right and opens the answer', async ({ page }) => {
	await page.goto('/security/kms/');
	const question = page.locator('kb-question', { has: page.locator('input[type="radio"]') }).first();
	const [answer] = JSON.parse((await question.getAttribute('data-answers'))!) as string[];
	const wrongValue = await question.locator('input[type="radio"]').evaluateAll((inputs, right) => (inputs as HTMLInputElement[]).find((i) => i.value !== right)!.value, answer);
	await question.getByLabel(wrongValue, { exact: true }).check();
	await expect(question.locator('[data-kb-feedback]')).toHaveText(`Not quite: the answer is “${answer}”.`);
	await expect(question.locator('details')).toHaveAttribute('open', '');
	await question.getByLabel(answer!, { exact: true }).check();
	await expect(question.locator('[data-kb-feedback]')).toHaveText('Right.');
});

test('a flashcard round can be played with the keyboard and ends with a score', async ({ page }) => {
	await page.goto('/practice/sdlc/');
	const total = await page.locator('[data-kb-card]').count();
	expect(total).toBeGreaterThan(10);
	await expect(page.locator('[data-kb-progress]')).toHaveText(`Card 1 of ${total} · 0 known so far`);
	await expect(page.locator('[data-kb-card]:visible')).toHaveCount(1);
	for (let i = 0; i < total; i++) {
		await page.keyboard.press(' ');
		await expect(page.locator('[data-kb-card]:visible [data-kb-answer]')).toHaveAttribute('open', '');
		await page.keyboard.press(i % 2 === 0 ? 'y' : 'n');
	}
	await expect(page.locator('[data-kb-score]')).toHaveText(
		`Round over: you knew ${Math.ceil(total / 2)} of ${total}. The ${Math.floor(total / 2)} you missed are due again today.`,
	);
});

test('each flashcard links back to the page that explains it', async ({ page }) => {
	await page.goto('/practice/sdlc/');
	await page.keyboard.press(' ');
	const link = page.locator('[data-kb-card]:visible .kb-flashcard__source a');
	const href = await link.getAttribute('href');
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href!.split('#')[0]!.replace(/\//g, '\\/')}`));
});

test('the practice page shows the question count of each domain', async ({ page }) => {
	await page.goto('/practice/');
	await expect(page.locator('.kb-card', { hasText: 'Domain 1: SDLC Automation' })).toContainText(/\d+ questions/);
});

test('a page marked as reviewed counts in its domain progress, across a reload, and can be reset', async ({ page }) => {
	await page.goto('/sdlc/codebuild/');
	await page.getByRole('button', { name: 'Mark as reviewed' }).click();
	await expect(page.getByRole('button', { name: 'Reviewed ✓' })).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Reviewed ✓' })).toBeVisible();
	await page.goto('/sdlc/');
	await expect(page.locator('kb-domain-progress [data-kb-count]').first()).toHaveText('1');
	await page.goto('/practice/');
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Reset progress' }).click();
	await expect(page.locator('kb-domain-progress [data-kb-count]').first()).toHaveText('0');
});

test('progress can be exported as a JSON file', async ({ page }) => {
	await page.goto('/sdlc/codebuild/');
	await page.getByRole('button', { name: 'Mark as reviewed' }).click();
	await page.goto('/practice/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress (JSON)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('aws-devops-kb-progress.json');
	const text = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
	expect(Object.keys(JSON.parse(text).reviewed)).toEqual(['/sdlc/codebuild/']);
});

test('the printable edition of a domain holds every page of the domain, diagrams included', async ({ page }) => {
	// The smallest domain's edition is still 1.5 MB of HTML, which takes Chromium seconds to parse.
	test.setTimeout(120_000);
	await page.goto('/incident-response/');
	const titles = await page.locator('.kb-cards .kb-card__title').allTextContents();
	expect(titles.length).toBeGreaterThan(3);
	await page.getByRole('link', { name: 'Printable edition' }).click();
	await expect(page).toHaveURL(/\/print\/incident-response\/$/);
	// The print edition is one long document: let it arrive whole.
	await page.waitForLoadState('load');
	await expect(page.locator('.kb-print__title')).toHaveText(titles);
	expect(await page.locator('.kb-print figure.kb-diagram svg').count()).toBeGreaterThan(titles.length);
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	const after = await page.locator('.kb-print article .sl-markdown-content a[href^="/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toMatch(/^" <\/.+>"$/);
	// Printed in the light theme's colours, whatever theme is on screen.
	await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
	const fill = await page.locator('.kb-print figure.kb-diagram svg rect.actor, .kb-print figure.kb-diagram svg .node rect').first().evaluate((rect) => getComputedStyle(rect).fill);
	expect((fill.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((sum, value) => sum + value, 0) / 3).toBeGreaterThan(180);
});

test('the comparisons page lists every comparison, and each compares in a table and links to the detail', async ({ page }) => {
	await page.goto('/compare/');
	const links = page.locator('.kb-compare-list a');
	const titles = await links.allTextContents();
	expect(titles).toEqual(expect.arrayContaining(['Deployment strategies compared', 'Parameter Store vs Secrets Manager']));
	expect(titles.length).toBeGreaterThanOrEqual(7);
	for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!))) {
		await page.goto(href);
		const main = page.getByRole('main');
		await expect(main.locator('table').first(), `${href} has a comparison table`).toBeVisible();
		await expect(main.locator('figure svg').first(), `${href} has a diagram`).toBeVisible();
		// Links to other pages of the site, outside the page itself and its sidebar.
		const otherPages = await main
			.locator('.sl-markdown-content a[href^="/"]')
			.evaluateAll((anchors, self) => new Set(anchors.map((a) => a.getAttribute('href')!.split('#')[0] ?? '').filter((path) => path !== self && !path.startsWith('/glossary/'))).size, href);
		expect(otherPages, `${href} links to the pages with the detail`).toBeGreaterThanOrEqual(2);
	}
});
