import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/lib/offline/write-service-worker';
import { serveSite } from '../../bench/serve-site.ts';

const DIST = resolve(import.meta.dirname, '../..', process.env.KB_OUT_DIR ?? 'dist');

// These tests stop their own server to cut the network, so they do not use the shared one.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has cached the site and controls the page. */
async function waitUntilCached(page: Page): Promise<string[]> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	return page.evaluate(() => caches.keys());
}

function versionOf(dist: string): string {
	return /"version":"([0-9a-f]+)"/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1]!;
}

// Each test caches the whole site (about 30 MB with 100 pages), twice for a new deploy: more than
// the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

test('after a first visit, pages, diagrams and search work with the network cut', async ({ page, context }) => {
	const server = await serveSite(DIST);
	await page.goto(`${server.origin}/`);
	expect(await waitUntilCached(page)).toEqual([`kb-offline-${versionOf(DIST)}`]);

	await server.close();
	await context.setOffline(true);

	// A page never visited, with its diagrams.
	await page.goto(`${server.origin}/security/kms/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS KMS and envelope encryption');
	await expect(page.locator('figure.kb-diagram svg').first()).toBeVisible();

	// Search: the UI, the index and the result fragments come from the cache.
	await page.getByRole('button', { name: 'Search' }).first().click();
	await page.getByRole('dialog').getByRole('searchbox').or(page.getByRole('dialog').getByRole('textbox')).first().fill('buildspec');
	const result = page.getByRole('dialog').locator('pagefind-results a[href*="/sdlc/codebuild/"]').first();
	await result.click();
	await expect(page).toHaveURL(/\/sdlc\/codebuild\//);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS CodeBuild');

	// What is not kept offline (the print edition) says so instead of failing blankly.
	const response = await page.goto(`${server.origin}/print/sdlc/`);
	expect(response?.status()).toBe(503);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
});

test('a new deploy replaces the cached site with the new one', async ({ page }) => {
	const site = mkdtempSync(join(tmpdir(), 'kb-offline-'));
	cpSync(DIST, site, { recursive: true });
	const server = await serveSite(site);
	try {
		await page.goto(`${server.origin}/start-here/`);
		const firstVersion = versionOf(site);
		expect(await waitUntilCached(page)).toEqual([`kb-offline-${firstVersion}`]);

		// Deploy: a page changes and the build writes a new service worker.
		const pageFile = join(site, 'start-here/index.html');
		writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replace('</main>', '<p id="new-deploy">New in this deploy</p></main>'));
		const { version } = writeServiceWorker(site, '/');
		expect(version).not.toBe(firstVersion);

		// The next visit finds the new worker; it caches the new site and drops the old cache.
		await page.reload();
		await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 60_000 }).toEqual([`kb-offline-${version}`]);
		await page.reload();
		await expect(page.locator('#new-deploy')).toHaveText('New in this deploy');
	} finally {
		await server.close();
		rmSync(site, { recursive: true, force: true });
	}
});
