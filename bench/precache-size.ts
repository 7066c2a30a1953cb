import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectPrecache } from '../src/lib/offline/collect-precache.ts';

export interface PrecacheSize {
	files: number;
	bytes: number;
	/** As transferred: text gzipped, as scripts/serve-dist.mjs and static hosts serve it. */
	gzipBytes: number;
}

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/**
 * What the site's service worker precaches, from the same list the build writes into `sw.js`.
 * Not page weight (it downloads after the page, in the background), but a reader's data plan pays
 * it. `undefined` when the site has no service worker.
 */
export function measurePrecache(distDir: string): PrecacheSize | undefined {
	if (!existsSync(join(distDir, 'sw.js'))) return undefined;
	const { urls, bytes } = collectPrecache(distDir, '/');
	let gzipBytes = 0;
	for (const url of urls) {
		const file = join(distDir, url.endsWith('/') ? `${url}index.html` : url);
		const content = readFileSync(file);
		gzipBytes += TEXT.has(extname(file)) ? gzipSync(content).length : content.length;
	}
	return { files: urls.length, bytes, gzipBytes };
}
