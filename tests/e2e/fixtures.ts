import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** Site paths of every page in the built site, from dist/ (404.html and redirect pages excluded). */
export function listBuiltPaths(distDir = resolve(import.meta.dirname, '../..', process.env.KB_OUT_DIR ?? 'dist')): string[] {
	return readdirSync(distDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name === 'index.html')
		.filter((entry) => !/http-equiv="refresh"/i.test(readFileSync(resolve(entry.parentPath, entry.name), 'utf8')))
		.map((entry) => `/${relative(distDir, entry.parentPath).split(sep).join('/')}/`.replace('//', '/'))
		.sort();
}

/**
 * Every test's page may talk to the site's own host only: a request anywhere else is aborted and
 * fails the test, so a third-party font, script or beacon cannot slip in. `consoleErrors` records
 * console errors so a test can assert there were none.
 */
export const test = base.extend<{ consoleErrors: string[]; offSiteGuard: void }>({
	offSiteGuard: [
		async ({ page, baseURL }, use) => {
			const offSite: string[] = [];
			const ownHost = new URL(baseURL!).host;
			await page.route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === ownHost) return route.continue();
				offSite.push(url.href);
				return route.abort('blockedbyclient');
			});
			await use();
			expect(offSite, 'requests to other hosts').toEqual([]);
		},
		{ auto: true },
	],
	consoleErrors: async ({ page }, use) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await use(errors);
	},
});

/** Opens the search dialog the way a reader does and types a query. */
export async function search(page: Page, query: string) {
	await page.getByRole('button', { name: 'Search' }).first().click();
	const input = page.getByRole('dialog').getByRole('searchbox').or(page.getByRole('dialog').getByRole('textbox')).first();
	await input.fill(query);
	return input;
}
