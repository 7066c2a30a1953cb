import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Built files a reader needs offline: pages, their styles, scripts and fonts, and the search index. */
const KEEP = /\.(html|css|js|woff2|svg|json|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
/**
 * Left out: the service worker itself, the print edition (one large page per domain, cached when
 * opened), Pagefind's unused UIs, link-preview images, and redirect stubs.
 */
const SKIP = [/^sw\.js$/, /^print\//, /^og\//, /^pagefind\/pagefind-(ui|modular-ui)\./, /^_headers$/, /\.png$/];

export interface Precache {
	/** Changes whenever any listed file changes: a new deploy gets a new cache. */
	version: string;
	/** Site URLs to cache on install, with the base path. */
	urls: string[];
	/** Uncompressed bytes of those files. */
	bytes: number;
}

/** Lists the files of a built site that the service worker caches on the first visit. */
export function collectPrecache(distDir: string, base: string): Precache {
	const hash = createHash('sha256');
	const urls: string[] = [];
	let bytes = 0;
	const files = readdirSync(distDir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
	for (const file of files) {
		if (!KEEP.test(file) || SKIP.some((pattern) => pattern.test(file))) continue;
		const content = readFileSync(join(distDir, file));
		if (file.endsWith('.html') && isRedirectStub(content.toString('utf8'))) continue;
		hash.update(file).update(content);
		bytes += content.length;
		urls.push(base + (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file));
	}
	return { version: hash.digest('hex').slice(0, 16), urls, bytes };
}

function isRedirectStub(html: string): boolean {
	return /<meta\s+http-equiv=["']?refresh/i.test(html);
}
