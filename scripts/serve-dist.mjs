#!/usr/bin/env node
// Serves a built site on 127.0.0.1 the way a static host does: `/x/` → `/x/index.html`, unknown
// paths → `404.html` with status 404, the headers of the site's `_headers` file, text gzipped when the browser accepts it (as GitHub Pages
// and CloudFront do, so page weights measured against it are what readers download), and the
// site optionally under a base path. Port 0 picks a free port; the line printed names the real one.
// usage: node scripts/serve-dist.mjs [dir=dist] [port=4322] [base=/]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const [dir = 'dist', port = '4322', base = '/'] = process.argv.slice(2);
const root = resolve(dir);
const TYPES = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
	'.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff',
	'.xml': 'application/xml', '.txt': 'text/plain', '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json',
};
// Images, fonts and Pagefind's index files (served as octet-stream) are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/**
 * The rules of the site's `_headers` file (the format Netlify and Cloudflare Pages read): a path
 * pattern, `*` matching anything, then indented `Name: value` lines. Sent here too, so tests see
 * the security headers a host sends.
 */
function readHeaderRules() {
	const file = join(root, '_headers');
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: new RegExp(`^${line.trim().split('*').map(escapeRegExp).join('.*')}$`), headers: {} });
		else if (rules.length > 0) {
			const colon = line.indexOf(':');
			rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
		}
	}
	return rules;
}
const headerRules = readHeaderRules();

function escapeRegExp(text) {
	return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

function fileFor(pathname) {
	if (!pathname.startsWith(base)) return undefined;
	const relativePath = normalize(decodeURIComponent(pathname.slice(base.length - 1))).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, relativePath);
	if (!candidate.startsWith(root)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

const server = createServer((request, response) => {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	const file = fileFor(pathname);
	if (!file && existsSync(join(root, pathname + '/index.html')) === false && !pathname.endsWith('/') && fileFor(pathname + '/')) {
		response.writeHead(301, { location: pathname + '/' }).end();
		return;
	}
	const status = file ? 200 : 404;
	const body = file ?? join(root, '404.html');
	const headers = { 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' };
	for (const rule of headerRules) if (rule.pattern.test(pathname)) Object.assign(headers, rule.headers);
	const compressible = COMPRESSIBLE.has(extname(body));
	const gzip = compressible && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
	if (compressible) headers.vary = 'Accept-Encoding';
	if (gzip) headers['content-encoding'] = 'gzip';
	response.writeHead(status, headers);
	const stream = createReadStream(body);
	(gzip ? stream.pipe(createGzip()) : stream).pipe(response);
});
server.listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${server.address().port}${base}`));
