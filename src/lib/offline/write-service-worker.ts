import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectPrecache, type Precache } from './collect-precache';

const WORKER_CODE = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');

/** Writes `sw.js` into a built site: its file list and version, then the worker's code. */
export function writeServiceWorker(distDir: string, base: string): Precache {
	const precache = collectPrecache(distDir, base);
	const settings = { version: precache.version, base, precache: precache.urls };
	writeFileSync(join(distDir, 'sw.js'), `const KB_OFFLINE = ${JSON.stringify(settings)};\n${WORKER_CODE}`);
	return precache;
}
