import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { BuiltPage } from './check-links';

/**
 * Every HTML page of a built site, parsed once for the checks that read them, one at a time: a
 * large site's parsed pages do not all fit in memory together.
 */
export function* readBuiltHtml(distDir: string): Generator<{ path: string; tree: Root }> {
	for (const file of listHtmlFiles(distDir)) yield { path: getPathOfFile(relative(distDir, file)), tree: fromHtml(readFileSync(file, 'utf8')) };
}

/** The link check's view of a parsed page: its path, its ids and its links. */
export function toBuiltPage({ path, tree }: { path: string; tree: Root }): BuiltPage {
	return { path, ...collectIdsAndHrefs(tree) };
}

/** Whether a non-page file (an asset) exists in the built site. */
export function hasBuiltFile(distDir: string, path: string): boolean {
	const file = join(distDir, path);
	return existsSync(file) && statSync(file).isFile();
}

/** `sdlc/codebuild/index.html` → `/sdlc/codebuild/`; `404.html` → `/404.html`. */
export function getPathOfFile(file: string): string {
	const path = `/${file.split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function collectIdsAndHrefs(tree: Root): { ids: Set<string>; aliasIds: Set<string>; hrefs: string[] } {
	const ids = new Set<string>();
	const aliasIds = new Set<string>();
	const hrefs: string[] = [];
	visit(tree, 'element', (node: Element) => {
		const isAlias = Array.isArray(node.properties.className) && node.properties.className.includes('kb-anchor-alias');
		if (typeof node.properties.id === 'string') (isAlias ? aliasIds : ids).add(node.properties.id);
		if (node.tagName === 'a') {
			const href = node.properties.href ?? node.properties.xLinkHref;
			if (typeof href === 'string') hrefs.push(href);
		}
	});
	return { ids, aliasIds, hrefs };
}

/** Every `.html` file under a built site, sorted. */
export function listHtmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}
