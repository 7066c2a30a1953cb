import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';

/**
 * Bytes of a response body as transferred. Chromium reports 0 for a web worker's own script
 * (Pagefind's search worker), so that one is recompressed the way scripts/serve-dist.mjs sent it.
 */
export async function transferSize(request: Request): Promise<number> {
	const { responseBodySize } = await request.sizes();
	if (responseBodySize > 0) return responseBodySize;
	const response = await request.response();
	const body = await response?.body().catch(() => undefined);
	if (!response || !body?.length) return 0;
	return response.headers()['content-encoding'] === 'gzip' ? gzipSync(body).length : body.length;
}
