import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkMermaidFence } from '../../../src/plugins/remark-mermaid-fence';

async function run(mdx: string) {
	const file = new VFile({ path: join(process.cwd(), 'docs/sdlc/page.mdx'), value: mdx });
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMermaidFence);
	return processor.run(processor.parse(file), file);
}

describe('remarkMermaidFence', () => {
	test('turns a fence inside <Diagram> into a placeholder for the renderer, with its line', async () => {
		const tree = (await run('<Diagram caption="x">\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n</Diagram>')) as any;
		const placeholder = tree.children[0].children[0];
		expect(placeholder.type).toBe('mermaidFence');
		expect(placeholder.data.hProperties).toEqual({ className: ['kb-mermaid-source'], dataLine: 3 });
		expect(placeholder.data.hChildren[0].value).toBe('flowchart LR\n  A --> B');
	});

	test('leaves other code fences alone', async () => {
		const tree = (await run('```js\nconst a = 1;\n```')) as any;
		expect(tree.children[0].type).toBe('code');
	});

	test('fails on a diagram without a <Diagram> caption, naming the file, the line and the fix', async () => {
		await expect(run('Text\n\n```mermaid\nflowchart LR\n  A --> B\n```')).rejects.toThrow(
			'[kb:mermaid] docs/sdlc/page.mdx:3 this ```mermaid diagram has no caption or anchor.\n  Fix: wrap it in <Diagram caption="What the diagram shows"> … </Diagram>',
		);
	});
});
