import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../src/lib/find-browser';

/** End-to-end tests run against the built site (`npm run build` first), served on 127.0.0.1. */
const PORT = Number(process.env.KB_E2E_PORT ?? 4322);
/** The built site under test; `dist` unless KB_OUT_DIR points elsewhere. */
const DIST = process.env.KB_OUT_DIR ?? 'dist';

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// The offline test allows the service worker; elsewhere it would cache the whole site in the background of every test.
		serviceWorkers: 'block',
		launchOptions: { executablePath: findBrowser().executablePath, args: CHROMIUM_ARGS },
	},
	webServer: {
		command: `node scripts/serve-dist.mjs ${DIST} ${PORT}`,
		cwd: '..',
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
	},
});
