import { expect, test } from './fixtures';
import { examAnchor, getExamLines } from '../../src/lib/exam-guide';

test('the exam map lists every line of the guide by id, with the pages that teach it or "not covered"', async ({ page }) => {
	await page.goto('/exam/');
	const lines = [...getExamLines().keys()];
	expect(lines).toHaveLength(140);
	// Each line's entry: its id, then either links to the pages that teach it or a "not covered" note.
	const entries = await page.locator('.kb-exam-map__lines dt').evaluateAll((dts) =>
		dts.map((dt) => {
			const dd = dt.nextElementSibling!;
			return { anchor: dt.id, text: dt.textContent ?? '', links: dd.querySelectorAll('a').length, missing: dd.querySelector('.kb-exam-map__missing') !== null };
		}),
	);
	expect(entries.map((entry) => entry.anchor)).toEqual(lines.map(examAnchor));
	for (const [i, entry] of entries.entries()) {
		expect(entry.text, lines[i]).toContain(lines[i]);
		expect(entry.links > 0 !== entry.missing, `${lines[i]} lists pages or says it is not covered`).toBe(true);
	}
	// A line a page teaches links to that page, and the link works.
	const codebuild = page.locator('dt[id="1-1-s3"] + dd a', { hasText: 'AWS CodeBuild' });
	await expect(codebuild).toHaveAttribute('href', '/sdlc/codebuild/');
	await expect(page.locator('.kb-exam-map__coverage')).toContainText(/Domain 1: SDLC Automation.*\d+ of 28/);
});

test('a page names the task statements it serves, linked to the exam map, and a domain lists its task statements', async ({ page }) => {
	await page.goto('/sdlc/codebuild/');
	const exam = page.locator('.kb-page-meta__tasks');
	await expect(exam).toContainText('1.1 Build CI/CD pipelines');
	await exam.getByRole('link', { name: /^1\.1 / }).click();
	await expect(page).toHaveURL(/\/exam\/#1-1$/);
	await expect(page.locator('h3[id="1-1"]')).toBeInViewport();
	await page.goto('/sdlc/');
	await expect(page.locator('.kb-domain-tasks > li')).toHaveCount(4);
	await expect(page.locator('.kb-domain-tasks > li').first()).toContainText(/1\.1 Build CI\/CD pipelines \(\d+ of 7 lines covered\)/);
});

test('a multiple-response question says how many to choose and is right only for exactly the right set', async ({ page }) => {
	await page.goto('/iac/cloudformation/');
	const question = page.locator('kb-question', { has: page.locator('input[type="checkbox"]') }).first();
	const answers = JSON.parse((await question.getAttribute('data-answers'))!) as string[];
	expect(answers.length).toBeGreaterThan(1);
	await expect(question.locator('legend')).toContainText(answers.length === 2 ? 'Choose two.' : 'Choose three.');
	const values = await question.locator('input[type="checkbox"]').evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => i.value));
	const wrong = values.find((v) => !answers.includes(v))!;
	const check = question.getByRole('button', { name: 'Check answer' });
	// One right answer short of the set: not right.
	await question.getByLabel(answers[0]!, { exact: true }).check();
	await check.click();
	await expect(question.locator('[data-kb-feedback]')).toHaveText(/^Not quite/);
	// The right set plus a wrong one: not right either.
	for (const answer of answers) await question.getByLabel(answer, { exact: true }).check();
	await question.getByLabel(wrong, { exact: true }).check();
	await check.click();
	await expect(question.locator('[data-kb-feedback]')).toHaveText(/^Not quite/);
	// Exactly the right set.
	await question.getByLabel(wrong, { exact: true }).uncheck();
	await check.click();
	await expect(question.locator('[data-kb-feedback]')).toHaveText('Right.');
});

test('choices show in an order of the reader’s own, stable across a reload, whatever order the author wrote', async ({ page }) => {
	await page.goto('/security/kms/');
	const written = await page.locator('kb-question fieldset').first().evaluate((fieldset) => fieldset.outerHTML);
	const shown = () => page.locator('kb-question').first().locator('[data-kb-choice] input').evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => i.value));
	const orders = new Set<string>();
	for (const seed of ['a', 'b', 'c']) {
		await page.evaluate((value) => localStorage.setItem('kb:seed', value), seed);
		await page.goto('/security/kms/');
		const first = await shown();
		await page.goto('/security/kms/');
		expect(await shown(), 'same order after a reload').toEqual(first);
		orders.add(first.join('|'));
	}
	expect(written).toContain('data-kb-choice');
	expect(orders.size, 'different readers see different orders').toBeGreaterThan(1);
});

test('a short mock exam can be taken to the end with the keyboard, survives a reload, and ends with scores and a review', async ({ page }) => {
	await page.goto('/practice/exam/');
	await page.getByRole('button', { name: 'Start the short exam' }).focus();
	await page.keyboard.press('Enter');
	const counter = page.locator('[data-kb-counter]');
	await expect(counter).toHaveText(/^Question 1 of \d+$/);
	const total = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
	expect(total).toBeGreaterThan(5);
	await expect(page.locator('[data-kb-timer]')).toHaveText(/^Time left \d+:\d\d$/);
	// Answer the first question with the keyboard, flag the second, leave the rest open.
	await page.locator('[data-kb-choices] input').first().focus();
	await page.keyboard.press('Space');
	await page.getByRole('button', { name: 'Next' }).focus();
	await page.keyboard.press('Enter');
	await expect(counter).toHaveText(`Question 2 of ${total}`);
	await page.getByRole('button', { name: 'Flag for review' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
	const navigator = page.getByRole('navigation', { name: 'Questions' });
	await expect(navigator.getByRole('button', { name: 'Question 1: answered' })).toBeVisible();
	await expect(navigator.getByRole('button', { name: 'Question 2: not answered, flagged' })).toBeVisible();
	// A reload resumes the same sitting.
	await page.reload();
	await page.getByRole('button', { name: 'Resume it' }).click();
	await expect(counter).toHaveText(`Question 2 of ${total}`);
	await expect(navigator.getByRole('button', { name: 'Question 1: answered' })).toBeVisible();
	// Submitting warns about open and flagged questions.
	await page.getByRole('button', { name: 'Submit the exam' }).focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Submit the exam?' });
	await expect(dialog).toContainText(`${total - 1} questions are not answered`);
	await expect(dialog).toContainText('1 is flagged for review');
	await dialog.getByRole('button', { name: 'Submit now' }).focus();
	await page.keyboard.press('Enter');
	const result = page.locator('[data-kb-result]');
	await expect(result).toBeFocused();
	await expect(page.locator('[data-kb-verdict]')).toHaveText(new RegExp(`^Not yet a pass: [01] of ${total} right`));
	await expect(page.locator('[data-kb-by-domain] tbody tr').first()).toContainText(/Domain \d: .+ of \d+/);
	await expect(page.locator('[data-kb-by-task] tbody tr').first()).toContainText(/^\d\.\d /);
	const review = page.locator('[data-kb-review] li');
	await expect(review).toHaveCount(total);
	await expect(review.nth(1)).toContainText('Your answer: (none)');
	await review.nth(1).getByRole('link').click();
	await expect(page.locator('h1')).toBeVisible();
	// The attempt is kept.
	await page.goto('/practice/exam/');
	await expect(page.locator('[data-kb-attempts] li')).toHaveCount(1);
});

test('a missed flashcard comes back as due and a known one does not', async ({ page }) => {
	await page.goto('/practice/sdlc/');
	const ids = await page.locator('[data-kb-card]').evaluateAll((cards) => cards.slice(0, 2).map((card) => (card as HTMLElement).dataset.id!));
	// First card: known. Second card: missed.
	await page.keyboard.press(' ');
	await page.keyboard.press('y');
	await page.keyboard.press(' ');
	await page.keyboard.press('n');
	await page.goto('/practice/');
	await expect(page.locator('.kb-card', { hasText: 'Domain 1' }).locator('[data-kb-due]')).toHaveText('1');
	await page.goto('/practice/sdlc/?due');
	await expect(page.locator('[data-kb-card]')).toHaveCount(1);
	await expect(page.locator('[data-kb-card]')).toHaveAttribute('data-id', ids[1]!);
	// Known now: the deck of due cards is empty.
	await page.keyboard.press(' ');
	await page.keyboard.press('y');
	await page.goto('/practice/all/?due');
	await expect(page.locator('[data-kb-empty]')).toBeVisible();
});
