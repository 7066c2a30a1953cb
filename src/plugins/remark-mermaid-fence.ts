import type { Code, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { formatContentError } from '../lib/content-error';

/** Class of the placeholder `<pre>` that `rehypeMermaidSvg` turns into a diagram. */
export const MERMAID_SOURCE_CLASS = 'kb-mermaid-source';

/**
 * Takes every ```mermaid fence out of the code-highlighting path: Expressive Code would turn it
 * into a highlighted code block before any rehype step could draw it. The fence becomes a bare
 * `<pre class="kb-mermaid-source" data-line="N">` holding the diagram source.
 *
 * In MDX the fence must sit inside `<Diagram caption="…">`, which gives it a caption and an anchor.
 */
export function remarkMermaidFence() {
	return (tree: Root, file: VFile) => {
		visitParents(tree, 'code', (node: Code, ancestors: Parent[]) => {
			if (node.lang !== 'mermaid') return;
			const parent = ancestors.at(-1) as Parent & { name?: string };
			const isMdx = file.path?.endsWith('.mdx');
			if (isMdx && !(parent.type === 'mdxJsxFlowElement' && parent.name === 'Diagram')) {
				const error = new Error(
					formatContentError(
						'mermaid',
						file.path,
						node.position?.start.line,
						'this ```mermaid diagram has no caption or anchor.',
						'wrap it in <Diagram caption="What the diagram shows"> … </Diagram> (import { Diagram } from \'~/components\').',
					),
				);
				throw error;
			}
			const placeholder = {
				type: 'mermaidFence',
				data: {
					hName: 'pre',
					hProperties: { className: [MERMAID_SOURCE_CLASS], dataLine: node.position?.start.line },
					hChildren: [{ type: 'text', value: node.value }],
				},
			};
			const siblings = parent.children as unknown[];
			siblings[siblings.indexOf(node)] = placeholder;
		});
	};
}
