import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy. Scripts run only from the site's own files or from inline
 * scripts whose exact text the policy hashes (Starlight's theme and sidebar snippets, small
 * bundles Astro inlines), never `unsafe-inline`. Pagefind compiles its search index reader from
 * WebAssembly, hence `wasm-unsafe-eval` (which allows WebAssembly only, not `eval`). Styles may be
 * inline: diagrams and code blocks carry style attributes, and CSS cannot run code.
 */
export function buildPolicy(scriptHashes: Iterable<string>, { delivery }: { delivery: 'meta' | 'header' }): string {
	const hashes = [...new Set(scriptHashes)].sort().map((hash) => `'${hash}'`);
	const directives = [
		"default-src 'self'",
		["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	];
	// Browsers ignore frame-ancestors in a <meta> policy (and say so in the console).
	if (delivery === 'header') directives.push("frame-ancestors 'none'");
	return directives.join('; ');
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Script types a browser runs; others (JSON, templates) are data blocks and need no hash. */
const EXECUTABLE_TYPES = ['module', 'text/javascript', 'application/javascript'];

/** The code of every inline script a browser runs on a page, in page order. */
export function findInlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
		if (/\bsrc\s*=/i.test(attributes)) continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
		if (type && !EXECUTABLE_TYPES.includes(type)) continue;
		scripts.push(body);
	}
	return scripts;
}

/** The CSP source expressions (`sha256-…`) of the inline scripts of a page, in page order. */
export function hashInlineScripts(html: string): string[] {
	return findInlineScripts(html).map((body) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
}

/**
 * Puts the policy in a `<meta http-equiv>` at the top of `<head>`, after the charset declaration,
 * so it covers every script that follows. A page that already has a policy is left as it is.
 */
export function addPolicyMeta(html: string, policy: string): string {
	if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) return html;
	const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`;
	const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(html);
	if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
	const head = /<head\b[^>]*>/i.exec(html);
	if (!head) return html;
	return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

/**
 * Adds the Content-Security-Policy header to the `/*` rule of a `_headers` file (the format
 * Netlify and Cloudflare Pages read), creating the rule if the file has none.
 */
export function addPolicyHeader(headersFile: string, policy: string, base = '/'): string {
	const line = `  Content-Security-Policy: ${policy}`;
	const allPaths = `${base}*`;
	const lines = headersFile.split('\n');
	const ruleIndex = lines.findIndex((text) => text.trim() === allPaths);
	if (ruleIndex === -1) return `${allPaths}\n${line}\n\n${headersFile}`;
	lines.splice(ruleIndex + 1, 0, line);
	return lines.join('\n');
}
