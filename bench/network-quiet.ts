import type { Page } from 'playwright-core';

/**
 * Runs `action`, then resolves once `page` has had no request in flight for `quietMs`. Playwright's
 * own "networkidle" only follows navigations; search loads its index after the page has loaded.
 * Counting starts before the action, so requests it triggers at once are not missed.
 */
export async function untilNetworkQuiet(page: Page, action: () => Promise<unknown>, quietMs = 500): Promise<void> {
	let inFlight = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let finish = () => {};
	const quiet = new Promise<void>((done) => (finish = done));
	const settle = () => {
		clearTimeout(timer);
		if (inFlight === 0) timer = setTimeout(finish, quietMs);
	};
	const started = () => {
		inFlight++;
		clearTimeout(timer);
	};
	const ended = () => {
		inFlight = Math.max(0, inFlight - 1);
		settle();
	};
	page.on('request', started);
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	try {
		await action();
		settle();
		await quiet;
	} finally {
		clearTimeout(timer);
		page.off('request', started);
		page.off('requestfinished', ended);
		page.off('requestfailed', ended);
	}
}
