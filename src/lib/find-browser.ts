import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags that keep Chromium quiet and working as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export interface BrowserLocation {
	executablePath: string;
	/** Where it came from, for logs: "Playwright", "CHROME_PATH" or "system". */
	origin: 'Playwright' | 'CHROME_PATH' | 'system';
}

/**
 * Finds a Chromium to render diagrams and run tests with: Playwright's own if it is installed,
 * else the one `CHROME_PATH` names, else a system Chromium. Throws an error that says how to
 * install one when there is none.
 */
export function findBrowser(
	env: NodeJS.ProcessEnv = process.env,
	{ playwrightPath = safeExecutablePath(), systemPaths = SYSTEM_CHROMIUMS }: { playwrightPath?: string; systemPaths?: string[] } = {},
): BrowserLocation {
	if (playwrightPath && existsSync(playwrightPath)) return { executablePath: playwrightPath, origin: 'Playwright' };
	if (env.CHROME_PATH) {
		if (existsSync(env.CHROME_PATH)) return { executablePath: env.CHROME_PATH, origin: 'CHROME_PATH' };
		throw new Error(
			`CHROME_PATH is set to ${env.CHROME_PATH}, but no browser is there. ` +
				'Point CHROME_PATH at a Chromium or Chrome executable, or unset it to use a system Chromium.',
		);
	}
	const system = systemPaths.find((path) => existsSync(path));
	if (system) return { executablePath: system, origin: 'system' };
	throw new Error(
		'No Chromium found: diagrams are rendered and tests run in a real browser. Install one of:\n' +
			'  - Debian/Ubuntu: apt-get update && apt-get install -y chromium\n' +
			'  - Playwright: npx playwright install chromium (needs access to the Playwright download host)\n' +
			'or set CHROME_PATH to an existing Chromium or Chrome executable.',
	);
}

function safeExecutablePath(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}
