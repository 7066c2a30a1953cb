import type { Browser, Page, Request } from 'playwright-core';
import { untilNetworkQuiet } from './network-quiet.ts';
import { transferSize } from './transfer-size.ts';

export interface SearchSample {
	term: string;
	/** From the keydown of the term's last letter to the frame that shows the first result link. */
	ms: number;
	/** Fetched as the search box opens: the search UI, Pagefind and its WebAssembly, the index metadata. */
	openBytes: number;
	/** Fetched while typing the query, up to that frame: index chunks and the results' fragments. */
	bytes: number;
	files: { url: string; bytes: number; when: 'open' | 'query' }[];
}

export const SEARCH_TERMS = ['codedeploy', 'rollback', 'buildspec', 'kms', 'canary'];

interface TimedWindow {
	__kbFirstResult?: Promise<{ ms: number; shownAt: number }>;
}

/**
 * Searches the home page for each term `runs` times, each in a fresh browser context (empty cache,
 * service worker blocked) as a first-time reader: click Search, wait for the index to load, type
 * the term but its last letter, then time the last keystroke until the first result is shown.
 * Bytes are counted apart for opening search (once per visit) and for the query itself.
 */
export async function measureSearch(browser: Browser, origin: string, runs: number, terms = SEARCH_TERMS): Promise<SearchSample[]> {
	const samples: SearchSample[] = [];
	for (let run = 0; run < runs; run++) {
		for (const term of terms) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			try {
				samples.push(await searchOnce(await context.newPage(), origin, term));
			} finally {
				await context.close();
			}
		}
	}
	return samples;
}

async function searchOnce(page: Page, origin: string, term: string): Promise<SearchSample> {
	await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
	const fetched: Request[] = [];
	page.on('requestfinished', (request) => void fetched.push(request));
	// Moving to the button (hover) and clicking is what starts loading the search UI and index.
	await untilNetworkQuiet(page, () => page.getByRole('button', { name: 'Search' }).first().click());
	const input = page.getByRole('dialog').getByRole('searchbox').or(page.getByRole('dialog').getByRole('textbox')).first();
	await input.waitFor();
	await untilNetworkQuiet(page, async () => {});
	const openedWith = fetched.length;
	await untilNetworkQuiet(page, () => input.pressSequentially(term.slice(0, -1), { delay: 40 }));
	await page.evaluate(watchFirstResult);
	await input.press(term.slice(-1));
	const { ms, shownAt } = await page.evaluate(() => (window as TimedWindow).__kbFirstResult!);
	await untilNetworkQuiet(page, async () => {});
	const files = await Promise.all(
		fetched
			.map((request, index) => ({ request, when: index < openedWith ? ('open' as const) : ('query' as const) }))
			// The browser's own favicon fetch is not search.
			.filter(({ request }) => request.timing().startTime <= shownAt && !request.url().endsWith('/favicon.svg'))
			.map(async ({ request, when }) => ({ url: new URL(request.url()).pathname, bytes: await transferSize(request), when })),
	);
	const sum = (when: 'open' | 'query') => files.filter((file) => file.when === when).reduce((total, file) => total + file.bytes, 0);
	return { term, ms, openBytes: sum('open'), bytes: sum('query'), files };
}

/** Runs in the page: arms a keydown timestamp and resolves when a result link is next added and painted. */
function watchFirstResult() {
	(window as TimedWindow).__kbFirstResult = new Promise((resolve, reject) => {
		setTimeout(() => reject(new Error('no search result link appeared within 10 s of arming')), 10_000);
		let keyAt: number | undefined;
		document.addEventListener('keydown', () => (keyAt = performance.now()), { capture: true, once: true });
		const hasLink = (node: Node) => node instanceof Element && (node.matches('a[href]') || node.querySelector('a[href]') !== null);
		new MutationObserver((records, observer) => {
			if (keyAt === undefined || !records.some((record) => [...record.addedNodes].some(hasLink))) return;
			observer.disconnect();
			// The next frame is when the reader can see it.
			requestAnimationFrame(() => {
				const now = performance.now();
				resolve({ ms: now - keyAt!, shownAt: performance.timeOrigin + now });
			});
		}).observe(document.querySelector('pagefind-results')!, { childList: true, subtree: true });
	});
}
