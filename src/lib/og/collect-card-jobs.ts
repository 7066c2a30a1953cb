import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { CardJob } from './draw-cards';

/**
 * Finds the pages that announce a preview image (`og:image` under `/og/`) and what their card
 * says: the page title and its exam domain (or the site description for pages outside one).
 */
export function collectCardJobs(pages: { path: string; tree: Root }[], distDir: string, base: string, fallbackKicker: string): CardJob[] {
	const jobs: CardJob[] = [];
	for (const { tree } of pages) {
		let image: string | undefined;
		let title: string | undefined;
		let kicker: string | undefined;
		visit(tree, 'element', (node: Element) => {
			const property = node.properties.property;
			if (node.tagName === 'meta' && property === 'og:image') image = String(node.properties.content);
			if (node.tagName === 'meta' && property === 'og:title') title = String(node.properties.content);
			if (node.properties.dataPagefindFilter === 'domain') kicker ??= toString(node);
		});
		if (!image || !title) continue;
		const pathname = new URL(image).pathname;
		const relativePath = pathname.slice(base.replace(/\/$/, '').length);
		if (!relativePath.startsWith('/og/')) continue;
		jobs.push({ file: join(distDir, relativePath), title, kicker: kicker ?? fallbackKicker });
	}
	return jobs;
}
