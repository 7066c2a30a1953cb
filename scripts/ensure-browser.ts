// `node scripts/ensure-browser.ts`, run by scripts/kb before a build or the tests: finds a Chromium
// (src/lib/find-browser.ts) and, on a machine without one, fetches it from the npm registry.
// Says which route it took; exits 1 with the reason when there is no browser to be had.
import { findBrowser } from '../src/lib/find-browser.ts';
import { NPM_CHROMIUM, fetchNpmChromium } from '../src/lib/npm-chromium.ts';

const say = (line: string) => console.log(`kb: ${line}`);
const ROUTES = {
	Playwright: "Playwright's own Chromium",
	CHROME_PATH: 'CHROME_PATH',
	system: 'the system Chromium',
	npm: `the npm package ${NPM_CHROMIUM.name}@${NPM_CHROMIUM.version}, in the cache`,
};

try {
	let browser;
	try {
		browser = findBrowser();
	} catch (error) {
		// CHROME_PATH pointing at nothing is a mistake to fix, not a reason to fetch another browser.
		if (process.env.CHROME_PATH) throw error;
		say('no Chromium found (Playwright\'s, CHROME_PATH, /usr/bin/chromium and the like)');
		fetchNpmChromium(process.env, say);
		browser = findBrowser();
	}
	say(`browser ${browser.executablePath} (${ROUTES[browser.origin]})`);
} catch (error) {
	console.error(`kb: ${(error as Error).message}`);
	process.exit(1);
}
