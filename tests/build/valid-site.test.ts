import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../../src/lib/find-browser';
import { buildFixture, removeFixtureDirs } from './build-fixture';
import { serveSite } from '../../bench/serve-site.ts';

afterAll(removeFixtureDirs);

describe('a valid site', () => {
	const first = buildFixture(undefined);

	test('builds, with a Pagefind index and every link checked', () => {
		expect(first.status, first.output).toBe(0);
		expect(existsSync(join(first.dir, 'dist/pagefind/pagefind.js'))).toBe(true);
		expect(first.output).toMatch(/Links: \d+ links on \d+ pages checked\./);
		expect(first.output).not.toContain('too wide to read');
	});

	test('draws diagrams as inline SVG in the page, with no Mermaid script', () => {
		const html = readFileSync(join(first.dir, 'dist/sdlc/sample/index.html'), 'utf8');
		expect(html).toMatch(/<figure class="kb-diagram" id="fig-source-to-build">/);
		expect(html).toMatch(/<div class="kb-diagram__drawing"[^>]*><svg id="mmd-/);
		expect(html).toContain('<li>CodeCommit</li>');
		expect(html).not.toMatch(/<script[^>]*mermaid/i);
	});

	test('a moved page keeps its old path, and a renamed heading its old anchor', () => {
		const redirect = readFileSync(join(first.dir, 'dist/sdlc/old-sample/index.html'), 'utf8');
		expect(redirect).toContain('<meta http-equiv="refresh" content="0;url=/sdlc/sample/">');
		const page = readFileSync(join(first.dir, 'dist/sdlc/sample/index.html'), 'utf8');
		expect(page).toMatch(/<span id="how-it-goes" class="kb-anchor-alias"><\/span>\s*(<div class="sl-heading-wrapper[^>]*>)?<h2 id="how-it-flows"/);
	});

	test('short links lead to the page that claims the alias', () => {
		const html = readFileSync(join(first.dir, 'dist/go/buildspec/index.html'), 'utf8');
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=/sdlc/sample/">');
		expect(html).toContain('<link rel="canonical" href="https://aws-devops-kb.example.org/sdlc/sample/">');
	});

	test('every page announces a preview image that was drawn', () => {
		const html = readFileSync(join(first.dir, 'dist/sdlc/sample/index.html'), 'utf8');
		expect(html).toContain('<meta property="og:image" content="https://aws-devops-kb.example.org/og/sdlc/sample.png"/>');
		const png = readFileSync(join(first.dir, 'dist/og/sdlc/sample.png'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.readUInt32BE(16)).toBe(1200);
		expect(png.readUInt32BE(20)).toBe(630);
	});

	test('a search result shows markup written in a page as text and never runs it', async () => {
		const server = await serveSite(join(first.dir, 'dist'));
		const browser = await chromium.launch({ executablePath: findBrowser().executablePath, args: CHROMIUM_ARGS });
		try {
			const page = await browser.newPage({ serviceWorkers: 'block' });
			await page.goto(`${server.origin}/`);
			await page.getByRole('button', { name: 'Search' }).first().click();
			await page.getByRole('dialog').getByRole('searchbox').or(page.getByRole('dialog').getByRole('textbox')).first().fill('onerror');
			const result = page.getByRole('dialog').locator('pagefind-results li').filter({ hasText: 'Markup as text' });
			await result.waitFor();
			expect(await result.textContent()).toContain('<img src=x onerror=');
			expect(await page.getByRole('dialog').locator('pagefind-results img[onerror], pagefind-results script').count()).toBe(0);
			expect(await page.evaluate(() => (window as { kbInjected?: boolean }).kbInjected)).toBeUndefined();
		} finally {
			await browser.close();
			await server.close();
		}
	});

	test('a rebuild with no diagram change draws nothing and says so', () => {
		const second = buildFixture(undefined, { dir: first.dir });
		expect(second.status, second.output).toBe(0);
		expect(second.output).toContain('Diagrams: 0 rendered, 2 from the cache.');
	});
});
