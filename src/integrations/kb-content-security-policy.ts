import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listHtmlFiles } from '../lib/links/read-built-pages';
import { addPolicyHeader, addPolicyMeta, buildPolicy, hashInlineScripts } from '../lib/security/content-security-policy';
import { withTrailingSlash } from '../lib/site-paths';

/**
 * Gives every built page a Content-Security-Policy `<meta>` that hashes exactly the inline
 * scripts the page has, and puts the site-wide policy (all pages' hashes, plus frame-ancestors)
 * into `_headers` for hosts that send it as a header. Runs after the other build-end steps have
 * written their HTML.
 */
export function kbContentSecurityPolicy(): AstroIntegration {
	let base = '/';
	return {
		name: 'kb-content-security-policy',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
			},
			'astro:build:done': ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const allHashes = new Set<string>();
				const files = listHtmlFiles(distDir);
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					const hashes = hashInlineScripts(html);
					for (const hash of hashes) allHashes.add(hash);
					writeFileSync(file, addPolicyMeta(html, buildPolicy(hashes, { delivery: 'meta' })));
				}
				const headersFile = join(distDir, '_headers');
				const headers = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '';
				writeFileSync(headersFile, addPolicyHeader(withBase(headers, base), buildPolicy(allHashes, { delivery: 'header' }), base));
				logger.info(`Content-Security-Policy: ${files.length} pages, ${allHashes.size} inline script hashes, no unsafe-inline script.`);
			},
		},
	};
}

/** Rules in `public/_headers` are written for a site at `/`; a site under a sub-path gets it in front. */
function withBase(headers: string, base: string): string {
	if (base === '/') return headers;
	return headers.replace(/^\/(?=\S*$)/gm, base);
}
