import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SidebarWeight {
	path: string;
	htmlBytes: number;
	htmlGzipBytes: number;
	/** The sidebar's markup (Starlight's `<nav aria-label="Main">`), raw. */
	sidebarBytes: number;
	/** What the sidebar adds to the gzipped page: gzip(page) − gzip(page without it). */
	sidebarGzipBytes: number;
	links: number;
}

/**
 * How much of each page's HTML is the sidebar, the part that grows with the site on every page
 * (a page carries its own domain's links; src/lib/sidebar-lists.ts). Pages without one (the home
 * page is a splash page) are left out.
 */
export function measureSidebars(distDir: string, paths: string[]): SidebarWeight[] {
	return paths.flatMap((path) => {
		const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
		const sidebar = extractSidebar(html);
		if (!sidebar) return [];
		return [{ path, htmlBytes: Buffer.byteLength(html), htmlGzipBytes: gzipSync(html).length, ...measureSidebar(html, sidebar) }];
	});
}

function measureSidebar(html: string, sidebar: string) {
	return {
		sidebarBytes: Buffer.byteLength(sidebar),
		sidebarGzipBytes: gzipSync(html).length - gzipSync(html.replace(sidebar, '')).length,
		links: sidebar.match(/<a\s/g)?.length ?? 0,
	};
}

/** The `<nav … aria-label="Main">…</nav>` element, nested navs included. */
export function extractSidebar(html: string): string | undefined {
	const start = /<nav\b[^>]*aria-label="Main"[^>]*>/.exec(html);
	if (!start) return undefined;
	const tags = /<\/?nav\b[^>]*>/g;
	tags.lastIndex = start.index + start[0].length;
	let depth = 1;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		depth += tag[0].startsWith('</') ? -1 : 1;
		if (depth === 0) return html.slice(start.index, tag.index + tag[0].length);
	}
	return undefined;
}
