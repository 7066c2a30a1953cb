import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export interface Options {
	/** Decides whether a site link points at a planned page that is not written yet. */
	isPlanned: (href: string) => boolean;
}

/**
 * A link to a planned page that does not exist yet is shown as its text, so readers never meet a
 * dead link while the site is being written; the same source becomes a link once the page lands.
 */
export function rehypePlannedLinks({ isPlanned }: Options) {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'a' || !parent || index === undefined) return;
			const href = node.properties.href;
			if (typeof href !== 'string' || !href.startsWith('/') || !isPlanned(href)) return;
			parent.children.splice(index, 1, { type: 'element', tagName: 'span', properties: { className: ['kb-planned-link'] }, children: node.children });
			return [SKIP, index];
		});
	};
}
