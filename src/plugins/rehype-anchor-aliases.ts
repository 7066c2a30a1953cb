import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { formatContentError } from '../lib/content-error';

/**
 * Keeps links to a renamed heading working: for each `anchorAliases` entry (old → current) of the
 * page's front matter, an empty element with the old id is placed just before the current
 * heading, so `#old` lands where `#current` does. A current anchor that does not exist fails.
 */
export function rehypeAnchorAliases() {
	return (tree: Root, file: VFile) => {
		const aliases = (file.data.astro?.frontmatter?.anchorAliases ?? {}) as Record<string, string>;
		const wanted = new Map<string, string[]>();
		for (const [old, current] of Object.entries(aliases)) wanted.set(current, [...(wanted.get(current) ?? []), old]);
		if (wanted.size === 0) return;
		visit(tree, 'element', (node: Element, index, parent) => {
			const id = node.properties.id;
			if (typeof id !== 'string' || !wanted.has(id) || !parent || index === undefined) return;
			const markers: Element[] = wanted.get(id)!.map((old) => ({ type: 'element', tagName: 'span', properties: { id: old, className: ['kb-anchor-alias'] }, children: [] }));
			parent.children.splice(index, 0, ...markers);
			wanted.delete(id);
			return index + markers.length + 1;
		});
		for (const [current, olds] of wanted) {
			throw new Error(
				formatContentError(
					'anchors',
					file.path,
					undefined,
					`anchorAliases maps ${olds.map((o) => `#${o}`).join(', ')} to #${current}, but the page has no heading with that anchor.`,
					'point the alias at an existing heading anchor (its text in lower case, spaces as dashes).',
				),
			);
		}
	};
}
