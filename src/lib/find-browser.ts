import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
// With its extension: scripts/ensure-browser.ts and the benchmark load this file in plain Node.
import { NPM_CHROMIUM, npmChromiumCache, npmChromiumLauncher } from './npm-chromium.ts';

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
	/** Where it came from, for logs: "Playwright", "CHROME_PATH", "system" or "npm" (fetched into the cache). */
	origin: 'Playwright' | 'CHROME_PATH' | 'system' | 'npm';
}

/**
 * Finds a Chromium to render diagrams and run tests with: Playwright's own if it is installed,
 * else the one `CHROME_PATH` names, else a system Chromium, else the one fetched from the npm
 * registry into the project's cache (scripts/ensure-browser.ts fetches it). A browser the machine
 * has always wins over the fetched one. `KB_HIDE_BROWSERS=1` ignores Playwright's and the
 * system's, as on a machine that has none (CI proves the npm route with it). Throws an error that
 * says how to get one when there is none.
 */
export function findBrowser(
	env: NodeJS.ProcessEnv = process.env,
	{
		playwrightPath = safeExecutablePath(),
		systemPaths = SYSTEM_CHROMIUMS,
		npmPath = npmChromiumLauncher(env),
	}: { playwrightPath?: string; systemPaths?: string[]; npmPath?: string } = {},
): BrowserLocation {
	const hidden = env.KB_HIDE_BROWSERS === '1';
	if (!hidden && playwrightPath && existsSync(playwrightPath)) return { executablePath: playwrightPath, origin: 'Playwright' };
	if (env.CHROME_PATH) {
		if (existsSync(env.CHROME_PATH)) return { executablePath: env.CHROME_PATH, origin: 'CHROME_PATH' };
		throw new Error(
			`CHROME_PATH is set to ${env.CHROME_PATH}, but no browser is there. ` +
				'Point CHROME_PATH at a Chromium or Chrome executable, or unset it to use a system Chromium.',
		);
	}
	const system = hidden ? undefined : systemPaths.find((path) => existsSync(path));
	if (system) return { executablePath: system, origin: 'system' };
	if (existsSync(npmPath)) return { executablePath: npmPath, origin: 'npm' };
	throw new Error(
		`No Chromium found${hidden ? ' (KB_HIDE_BROWSERS=1 hides Playwright\'s and the system\'s)' : ''}: diagrams are rendered and tests run in a real browser.\n` +
			`  - scripts/kb serve and scripts/kb test fetch one from the npm registry (${NPM_CHROMIUM.name}@${NPM_CHROMIUM.version}) into ${npmChromiumCache(env)};\n` +
			'    to fetch it alone: node scripts/ensure-browser.ts\n' +
			'  - or set CHROME_PATH to an existing Chromium or Chrome executable\n' +
			'  - or install one: apt-get install -y chromium (Debian/Ubuntu), npx playwright install chromium',
	);
}

function safeExecutablePath(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}
