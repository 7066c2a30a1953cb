/** Adds a script or stylesheet from the site once and resolves when it has loaded. */
const loading = new Map<string, Promise<void>>();

export function loadAsset(url: string, kind: 'script' | 'style'): Promise<void> {
	let promise = loading.get(url);
	if (!promise) {
		promise = new Promise<void>((resolve, reject) => {
			const element = kind === 'script' ? Object.assign(document.createElement('script'), { src: url }) : Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url });
			element.addEventListener('load', () => resolve());
			element.addEventListener('error', () => reject(new Error(`Could not load ${url}`)));
			document.head.append(element);
		});
		loading.set(url, promise);
	}
	return promise;
}
