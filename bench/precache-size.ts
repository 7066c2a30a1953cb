import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PrecacheSize {
	files: number;
	bytes: number;
	/** As transferred: text gzipped, as scripts/serve-dist.mjs and static hosts serve it. */
	gzipBytes: number;
}

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/**
 * What the site's service worker (dist/sw.js) precaches: the sum of the site files it lists. Not
 * page weight (it downloads after the page, in the background), but a reader's data plan pays it.
 * `undefined` when the site has no service worker.
 */
export function measurePrecache(distDir: string): PrecacheSize | undefined {
	const worker = join(distDir, 'sw.js');
	if (!existsSync(worker)) return undefined;
	const { urls, base } = readPrecacheList(readFileSync(worker, 'utf8'));
	const size: PrecacheSize = { files: 0, bytes: 0, gzipBytes: 0 };
	for (const url of new Set(urls)) {
		const file = fileFor(distDir, url.startsWith(base) ? url.slice(base.length - 1) : url);
		if (!file) continue;
		const bytes = statSync(file).size;
		size.files++;
		size.bytes += bytes;
		size.gzipBytes += TEXT.has(extname(file)) ? gzipSync(readFileSync(file)).length : bytes;
	}
	return size;
}

function fileFor(distDir: string, path: string): string | undefined {
	const candidate = join(distDir, decodeURIComponent(path.split(/[?#]/)[0]!));
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

/**
 * The build writes `const KB_OFFLINE = {"version":…,"base":…,"precache":[…]};` above the worker's
 * code (src/lib/offline/write-service-worker.ts); any other worker counts the site paths it quotes.
 */
function readPrecacheList(code: string): { urls: string[]; base: string } {
	const settings = /^const KB_OFFLINE = (\{.*\});$/m.exec(code);
	if (settings) {
		const { precache, base } = JSON.parse(settings[1]!) as { precache: string[]; base: string };
		return { urls: precache, base };
	}
	return { urls: [...code.matchAll(/["'`](\/[^"'`\s]*)["'`]/g)].map((match) => match[1]!), base: '/' };
}
