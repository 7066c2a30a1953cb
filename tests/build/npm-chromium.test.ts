import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { npmChromiumLauncher } from '../../src/lib/npm-chromium';
import { buildFixture, removeFixtureDirs } from './build-fixture';

// Its own diagram and preview-image cache, so every drawing is made by the fetched browser.
const cache = mkdtempSync(join(tmpdir(), 'kb-npm-chromium-cache-'));
afterAll(() => {
	removeFixtureDirs();
	rmSync(cache, { recursive: true, force: true });
});

const ROOT = join(import.meta.dirname, '../..');
// As on a machine without a browser: Playwright's and the system's are hidden from the lookup.
const BARE = { KB_HIDE_BROWSERS: '1' };

describe('on a machine without a browser', () => {
	test('scripts/ensure-browser.ts fetches a headless Chromium from the npm registry into the cache and says so', () => {
		const run = spawnSync(process.execPath, ['scripts/ensure-browser.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...BARE } });
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain(`kb: browser ${npmChromiumLauncher()} (the npm package @sparticuz/chromium@153.0.0, in the cache)`);
	});

	test('that Chromium needs nothing from the system but the C library', () => {
		const dir = dirname(npmChromiumLauncher());
		const ldd = spawnSync('ldd', [join(dir, 'chromium')], { encoding: 'utf8', env: { ...process.env, LD_LIBRARY_PATH: join(dir, 'al2023/lib') } });
		expect(ldd.status, ldd.stderr).toBe(0);
		const fromSystem = [...ldd.stdout.matchAll(/^\s*(\S+) => (\/\S+)/gm)].filter(([, , path]) => !path!.startsWith(dir)).map(([, name]) => name!.replace(/\.so.*/, ''));
		expect(fromSystem.filter((lib) => !['libc', 'libm', 'libdl', 'libpthread', 'librt', 'libgcc_s'].includes(lib))).toEqual([]);
		expect(ldd.stdout).not.toContain('not found');
	});

	test('the site builds with it: diagrams drawn and preview images made', () => {
		const build = buildFixture(undefined, { env: { ...BARE, KB_BUILD_CACHE: cache } });
		expect(build.status, build.output).toBe(0);
		expect(build.output).toContain('Diagrams: 2 rendered, 0 from the cache.');
		const html = readFileSync(join(build.dir, 'dist/sdlc/sample/index.html'), 'utf8');
		expect(html).toMatch(/<div class="kb-diagram__drawing"[^>]*><svg id="mmd-/);
		expect(existsSync(join(build.dir, 'dist/og/sdlc/sample.png'))).toBe(true);
	});
});
