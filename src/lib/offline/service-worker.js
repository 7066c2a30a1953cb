// The site's service worker. The build puts `KB_OFFLINE` (version, base path, file list) above
// this code and writes the result to `sw.js`. A new deploy changes the version, so the browser
// installs the new worker, which caches the new files and deletes the old cache.
/* global KB_OFFLINE */
const CACHE = `kb-offline-${KB_OFFLINE.version}`;
/** Files fetched at once while caching: enough to be quick, few enough not to crowd the page's own requests. */
const BATCH = 6;

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			for (let start = 0; start < KB_OFFLINE.precache.length; start += BATCH) {
				await cache.addAll(KB_OFFLINE.precache.slice(start, start + BATCH).map((url) => new Request(url, { cache: 'no-cache' })));
			}
			await self.skipWaiting();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('kb-offline-') && key !== CACHE) await caches.delete(key);
			}
			await self.clients.claim();
		})(),
	);
});

self.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(KB_OFFLINE.base)) return;
	event.respondWith(respond(request));
});

/**
 * Files of this deploy come from the cache, so pages, their assets and the search index always
 * match; anything else (preview images, the print edition) goes to the network and is kept for
 * the next time the reader is offline.
 */
async function respond(request) {
	const cache = await caches.open(CACHE);
	// Queries (?q=, ?highlight=) do not change a static file; Pagefind also adds one to its entry file.
	const cached = await cache.match(request, { ignoreSearch: true });
	if (cached) return cached;
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (error) {
		if (request.mode !== 'navigate') throw error;
		return offlinePage();
	}
}

function offlinePage() {
	const home = KB_OFFLINE.base;
	const body =
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
		'<title>Offline</title></head><body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">' +
		'<h1>You are offline</h1><p>This page was not saved for offline reading. Every study page and the search are: ' +
		`<a href="${home}">go to the home page</a>.</p></body></html>`;
	return new Response(body, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
