import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectPrecache } from '../../../src/lib/offline/collect-precache';

function makeSite(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-precache-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}

const SITE = {
	'index.html': '<h1>Home</h1>',
	'sdlc/codebuild/index.html': '<h1>CodeBuild</h1>',
	'go/buildspec/index.html': '<meta http-equiv="refresh" content="0; url=/sdlc/codebuild/">',
	'print/sdlc/index.html': '<h1>Print</h1>',
	'og/sdlc/codebuild.png': 'png',
	'_astro/page.1234.js': 'js',
	'pagefind/pagefind.js': 'js',
	'pagefind/index/en_1.pf_index': 'index',
	'pagefind/pagefind-ui.js': 'unused ui',
	'sw.js': 'old worker',
};

describe('collectPrecache', () => {
	test('lists pages by their URL, assets and the search index, under the base path', () => {
		const { urls } = collectPrecache(makeSite(SITE), '/kb/');
		expect(urls).toEqual(['/kb/_astro/page.1234.js', '/kb/', '/kb/pagefind/index/en_1.pf_index', '/kb/pagefind/pagefind.js', '/kb/sdlc/codebuild/']);
	});

	test('a changed file changes the version; an unchanged site keeps it', () => {
		const before = collectPrecache(makeSite(SITE), '/').version;
		expect(collectPrecache(makeSite(SITE), '/').version).toBe(before);
		expect(collectPrecache(makeSite({ ...SITE, 'index.html': '<h1>Home, edited</h1>' }), '/').version).not.toBe(before);
	});
});
