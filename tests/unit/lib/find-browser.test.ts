import { describe, expect, test } from 'vitest';
import { findBrowser } from '../../../src/lib/find-browser';

const NODE = process.execPath; // a file that certainly exists, standing in for a browser

describe('findBrowser', () => {
	test("prefers Playwright's own browser", () => {
		expect(findBrowser({ CHROME_PATH: '/nope' }, { playwrightPath: NODE, systemPaths: [] })).toEqual({ executablePath: NODE, origin: 'Playwright' });
	});

	test('uses CHROME_PATH next', () => {
		expect(findBrowser({ CHROME_PATH: NODE }, { playwrightPath: '/nope', systemPaths: [] })).toEqual({ executablePath: NODE, origin: 'CHROME_PATH' });
	});

	test('says when CHROME_PATH points at nothing', () => {
		expect(() => findBrowser({ CHROME_PATH: '/no/chrome' }, { playwrightPath: '/nope', systemPaths: [NODE] })).toThrow(
			'CHROME_PATH is set to /no/chrome, but no browser is there.',
		);
	});

	test('falls back to a system Chromium', () => {
		expect(findBrowser({}, { playwrightPath: '/nope', systemPaths: ['/missing', NODE] })).toEqual({ executablePath: NODE, origin: 'system' });
	});

	test('names both install routes when there is no browser', () => {
		expect(() => findBrowser({}, { playwrightPath: '/nope', systemPaths: ['/missing'] })).toThrow(
			/apt-get update && apt-get install -y chromium[\s\S]*npx playwright install chromium[\s\S]*CHROME_PATH/,
		);
	});
});
