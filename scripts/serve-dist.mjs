#!/usr/bin/env node
// Serves a built site on 127.0.0.1 the way a static host does: `/x/` → `/x/index.html`, unknown
// paths → `404.html` with status 404, and the site optionally under a base path.
// usage: node scripts/serve-dist.mjs [dir=dist] [port=4322] [base=/]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '4322', base = '/'] = process.argv.slice(2);
const root = resolve(dir);
const TYPES = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
	'.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff',
	'.xml': 'application/xml', '.txt': 'text/plain', '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json',
};

function fileFor(pathname) {
	if (!pathname.startsWith(base)) return undefined;
	const relativePath = normalize(decodeURIComponent(pathname.slice(base.length - 1))).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, relativePath);
	if (!candidate.startsWith(root)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

createServer((request, response) => {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	const file = fileFor(pathname);
	if (!file && existsSync(join(root, pathname + '/index.html')) === false && !pathname.endsWith('/') && fileFor(pathname + '/')) {
		response.writeHead(301, { location: pathname + '/' }).end();
		return;
	}
	const status = file ? 200 : 404;
	const body = file ?? join(root, '404.html');
	response.writeHead(status, { 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' });
	createReadStream(body).pipe(response);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
