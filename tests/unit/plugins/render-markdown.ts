import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import rehypeExpressiveCode from 'rehype-expressive-code';
import { remarkMermaidFence } from '../../../src/plugins/remark-mermaid-fence';
import { rehypeMermaidSvg } from '../../../src/plugins/rehype-mermaid-svg';

/**
 * Renders Markdown through Astro's unified processor with our plugins and Expressive Code, as a
 * page is built. Each renderer gets its own empty diagram cache unless one is given.
 */
export async function createRenderer(cacheDir = mkdtempSync(join(tmpdir(), 'kb-mermaid-'))) {
	const processor = unified({
		remarkPlugins: [remarkMermaidFence],
		rehypePlugins: [[rehypeExpressiveCode, { themes: ['github-light'] }], [rehypeMermaidSvg, { cacheDir }]],
	});
	const renderer = await processor.createRenderer({ syntaxHighlight: false });
	return {
		cacheDir,
		render: async (markdown: string, file = join(process.cwd(), 'docs/test/page.md')) =>
			(await renderer.render(markdown, { fileURL: pathToFileURL(file) })).code,
	};
}
