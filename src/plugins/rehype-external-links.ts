import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Links to other sites get `rel="noopener noreferrer"` (the linked page cannot reach back into
 * this one, and is not told where the reader came from) and an `external` class for styling.
 */
export function rehypeExternalLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			const href = node.properties.href;
			if (node.tagName !== 'a' || typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
			node.properties.rel = ['noopener', 'noreferrer'];
			const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
			node.properties.className = [...classes, 'kb-external'];
		});
	};
}
