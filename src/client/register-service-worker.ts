/**
 * Registers the service worker that keeps the site and its search readable offline. It waits
 * for the page to finish loading so caching the site never competes with the page's own
 * requests; the dev server has no service worker to register.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	const register = () => {
		const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
		navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
			// Private windows and some browsers refuse service workers: the site still works online.
		});
	};
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}
