import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { addPolicyHeader, addPolicyMeta, buildPolicy, hashInlineScripts } from '../../../src/lib/security/content-security-policy';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('hashInlineScripts', () => {
	test('hashes the exact text of inline scripts, and skips external scripts and data blocks', () => {
		const html =
			'<script>\n\tlet a = 1;\n</script><script type="module">import "x";</script>' +
			'<script type="module" src="/_astro/page.js"></script><script type="application/ld+json">{"a":1}</script>';
		expect(hashInlineScripts(html)).toEqual([sha('\n\tlet a = 1;\n'), sha('import "x";')]);
	});
});

describe('buildPolicy', () => {
	test('allows scripts from the site and the hashed inline ones only, never unsafe-inline', () => {
		const policy = buildPolicy(['sha256-b', 'sha256-a', 'sha256-a'], { delivery: 'meta' });
		const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src'));
		expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
		expect(policy).not.toContain('frame-ancestors');
	});

	test('as a header it also forbids framing, which a meta policy cannot do', () => {
		expect(buildPolicy([], { delivery: 'header' })).toContain("frame-ancestors 'none'");
	});
});

describe('addPolicyMeta', () => {
	test('puts the policy right after the charset, before any script', () => {
		const html = '<html><head><meta charset="utf-8"><script>x()</script></head></html>';
		expect(addPolicyMeta(html, "script-src 'self'")).toBe(
			`<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self'"><script>x()</script></head></html>`,
		);
	});
});

describe('addPolicyHeader', () => {
	test('adds the header to the rule for every path', () => {
		const file = '/*\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: immutable\n';
		expect(addPolicyHeader(file, "default-src 'self'")).toBe(
			"/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: immutable\n",
		);
	});

	test('creates the rule when the file has none', () => {
		expect(addPolicyHeader('', "default-src 'self'", '/kb/')).toBe("/kb/*\n  Content-Security-Policy: default-src 'self'\n\n");
	});
});
