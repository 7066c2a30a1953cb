import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { findInlineScripts } from '../src/lib/security/content-security-policy.ts';
import { transferSize } from './transfer-size.ts';

export type ResourceKind = 'document' | 'stylesheet' | 'script' | 'font' | 'image' | 'other';

export interface PageWeight {
	url: string;
	requests: number;
	/** Response bodies as transferred (gzipped where the server compresses), by kind, and their total. */
	bytes: Record<ResourceKind | 'total', number>;
	/** Inline `<script>` code, gzipped on its own: the part of the document's bytes that is JavaScript. */
	inlineScriptBytes: number;
	/** Inline `<style>` rules, gzipped on their own: the part of the document's bytes that is CSS. */
	inlineStyleBytes: number;
	/** Script files plus inline script: the JavaScript a reader gets before interacting. */
	jsBeforeInteraction: number;
	/** Every piece of that JavaScript, largest first; inline scripts are one entry. */
	scripts: { url: string; bytes: number }[];
	/** Scripts that are (or contain) the Mermaid library; there should be none. */
	mermaidRuntime: string[];
}

const KINDS: Record<string, ResourceKind> = { document: 'document', stylesheet: 'stylesheet', script: 'script', font: 'font', image: 'image' };
// The Mermaid bundle exposes `mermaidAPI`; a file named for it would be a chunk of it.
const MERMAID_CODE = /mermaidAPI/;
const MERMAID_FILE = /mermaid/i;

/**
 * Loads `url` in `page` without interacting (no hover, focus or key) until the load event and
 * network idle, and adds up what was downloaded. The page's context should block service workers
 * (`serviceWorkers: 'block'`): a precache is not page weight.
 */
export async function measurePageWeight(page: Page, url: string): Promise<PageWeight> {
	const pending: Promise<{ request: Request; bytes: number; isMermaid: boolean }>[] = [];
	let failed = 0;
	const onFinished = (request: Request) => pending.push(describe(request));
	const onFailed = () => failed++;
	page.on('requestfinished', onFinished);
	page.on('requestfailed', onFailed);
	try {
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
		const loaded = await Promise.all(pending);
		const bytes: PageWeight['bytes'] = { document: 0, stylesheet: 0, script: 0, font: 0, image: 0, other: 0, total: 0 };
		const scripts: PageWeight['scripts'] = [];
		for (const { request, bytes: size } of loaded) {
			const kind = KINDS[request.resourceType()] ?? 'other';
			bytes[kind] += size;
			bytes.total += size;
			if (kind === 'script') scripts.push({ url: new URL(request.url()).pathname, bytes: size });
		}
		const html = await response.text();
		const inline = findInlineScripts(html).join('\n');
		const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]).join('\n');
		const inlineScriptBytes = inline ? gzipSync(inline).length : 0;
		if (inlineScriptBytes) scripts.push({ url: '(inline scripts in the HTML)', bytes: inlineScriptBytes });
		scripts.sort((a, b) => b.bytes - a.bytes);
		const mermaidRuntime = loaded.filter((entry) => entry.isMermaid).map((entry) => entry.request.url());
		if (MERMAID_CODE.test(inline)) mermaidRuntime.push(`${url} (inline script)`);
		return {
			url,
			requests: loaded.length + failed,
			bytes,
			inlineScriptBytes,
			inlineStyleBytes: styles ? gzipSync(styles).length : 0,
			jsBeforeInteraction: bytes.script + inlineScriptBytes,
			scripts,
			mermaidRuntime,
		};
	} finally {
		page.off('requestfinished', onFinished);
		page.off('requestfailed', onFailed);
	}
}

async function describe(request: Request) {
	const bytes = await transferSize(request);
	let isMermaid = false;
	if (request.resourceType() === 'script') {
		const body = await (await request.response())?.text();
		isMermaid = MERMAID_FILE.test(new URL(request.url()).pathname) || MERMAID_CODE.test(body ?? '');
	}
	return { request, bytes, isMermaid };
}
