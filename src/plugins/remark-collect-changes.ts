import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** One "changed since the notes" record of a page. */
export interface ChangeRecord {
	notes: string;
	asOf: string;
	/** What is true now, as plain text. */
	now: string;
}

/**
 * Collects the `<Changed>` asides of a page into its `kbChanges` front matter (read with
 * `render(entry).remarkPluginFrontmatter`), so every outdated claim can be listed on one page.
 */
export function remarkCollectChanges() {
	return (tree: Root, file: VFile) => {
		const changes: ChangeRecord[] = [];
		visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
			if (node.name !== 'Changed') return;
			const attribute = (name: string) => {
				const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
				return typeof found?.value === 'string' ? found.value : '';
			};
			changes.push({ notes: attribute('notes'), asOf: attribute('asOf'), now: toString(node).replace(/\s+/g, ' ').trim() });
		});
		const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
		astro.frontmatter = { ...astro.frontmatter, kbChanges: changes };
	};
}
