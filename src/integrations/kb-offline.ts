import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeServiceWorker } from '../lib/offline/write-service-worker';
import { withTrailingSlash } from '../lib/site-paths';

/** Writes the service worker that keeps the site and its search working offline after a first visit. */
export function kbOffline(): AstroIntegration {
	let base = '/';
	return {
		name: 'kb-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
			},
			'astro:build:done': ({ dir, logger }) => {
				const precache = writeServiceWorker(fileURLToPath(dir), base);
				const megabytes = (precache.bytes / 1e6).toFixed(1);
				logger.info(`Offline: sw.js caches ${precache.urls.length} files (${megabytes} MB before compression), version ${precache.version}.`);
			},
		},
	};
}
