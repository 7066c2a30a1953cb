import { describe, expect, test } from 'vitest';
import { findBrowser } from '../../../src/lib/find-browser';

const NODE = process.execPath; // a file that certainly exists, standing in for a browser
const NONE = { playwrightPath: '/nope', systemPaths: ['/missing'], npmPath: '/not-fetched' };

describe('findBrowser', () => {
	test("prefers Playwright's own browser", () => {
		expect(findBrowser({ CHROME_PATH: '/nope' }, { ...NONE, playwrightPath: NODE })).toEqual({ executablePath: NODE, origin: 'Playwright' });
	});

	test('uses CHROME_PATH next, even when a Chromium was fetched from npm', () => {
		expect(findBrowser({ CHROME_PATH: NODE }, { ...NONE, npmPath: '/bin/sh' })).toEqual({ executablePath: NODE, origin: 'CHROME_PATH' });
	});

	test('says when CHROME_PATH points at nothing', () => {
		expect(() => findBrowser({ CHROME_PATH: '/no/chrome' }, { ...NONE, systemPaths: [NODE] })).toThrow('CHROME_PATH is set to /no/chrome, but no browser is there.');
	});

	test('falls back to a system Chromium, before the one fetched from npm', () => {
		expect(findBrowser({}, { ...NONE, systemPaths: ['/missing', NODE], npmPath: '/bin/sh' })).toEqual({ executablePath: NODE, origin: 'system' });
	});

	test('falls back to the Chromium fetched from npm when the machine has none', () => {
		expect(findBrowser({}, { ...NONE, npmPath: NODE })).toEqual({ executablePath: NODE, origin: 'npm' });
	});

	test("KB_HIDE_BROWSERS=1 ignores Playwright's and the system's, as on a machine without a browser", () => {
		expect(findBrowser({ KB_HIDE_BROWSERS: '1' }, { playwrightPath: '/bin/sh', systemPaths: ['/bin/sh'], npmPath: NODE })).toEqual({ executablePath: NODE, origin: 'npm' });
	});

	test('names the npm route, CHROME_PATH and the install routes when there is no browser', () => {
		expect(() => findBrowser({ KB_BROWSER_CACHE: '/cache/kb-chromium' }, NONE)).toThrow(
			/npm registry \(@sparticuz\/chromium@153\.0\.0\) into \/cache\/kb-chromium[\s\S]*node scripts\/ensure-browser\.ts[\s\S]*CHROME_PATH[\s\S]*apt-get install -y chromium/,
		);
	});
});
