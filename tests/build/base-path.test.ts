import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, findBrowser } from '../../src/lib/find-browser';
import { buildFixture, removeFixtureDirs } from './build-fixture';

const BASE = '/aws-devops-kb/';
const PORT = 4323;

describe('a site hosted under a base path', () => {
	const built = buildFixture(undefined, { env: { BASE_PATH: BASE } });
	const server = spawn(process.execPath, [join(import.meta.dirname, '../../scripts/serve-dist.mjs'), join(built.dir, 'dist'), String(PORT), BASE]);
	afterAll(() => {
		server.kill();
		removeFixtureDirs();
	});

	test('builds with every link, asset and anchor resolving under the base', () => {
		expect(built.status, built.output).toBe(0);
		const html = readFileSync(join(built.dir, 'dist/index.html'), 'utf8');
		// A link written in the page as /sdlc/sample/ is served under the base.
		expect(html).toContain(`href="${BASE}sdlc/sample/"`);
		expect(html).not.toMatch(/href="\/sdlc\//);
	});

	test('search results, short links and assets work under the base', async () => {
		const browser = await chromium.launch({ executablePath: findBrowser().executablePath, args: CHROMIUM_ARGS });
		try {
			const page = await browser.newPage();
			const failed: string[] = [];
			page.on('response', (response) => {
				if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
			});
			await page.goto(`http://127.0.0.1:${PORT}${BASE}?q=CodeCommit`);
			const first = page.locator('pagefind-results a').first();
			await first.waitFor();
			expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}sdlc/sample/`));
			await page.goto(`http://127.0.0.1:${PORT}${BASE}go/buildspec/`);
			await page.waitForURL(`**${BASE}sdlc/sample/`);
			await page.goto(`http://127.0.0.1:${PORT}${BASE}sdlc/old-sample/`);
			await page.waitForURL(`**${BASE}sdlc/sample/`);
			expect(failed).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
