import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { formatContentError } from '../lib/content-error';
import { DiagramCache, getDiagramKey, getPlaceholderId } from '../lib/mermaid/diagram-cache';
import { DIAGRAM_THEMES, PAGE_THEME_OF, type DiagramTheme } from '../lib/mermaid/mermaid-config';
import { MermaidSyntaxError, renderMermaid, type RenderedDiagram } from '../lib/mermaid/renderer';
import { renderStats } from '../lib/mermaid/render-stats';
import { BUILD_CACHE_DIR } from '../lib/site-paths';
import { MERMAID_SOURCE_CLASS } from './remark-mermaid-fence';

export interface Options {
	/** Folder for rendered diagrams, kept between builds. */
	cacheDir: string;
}

export const defaultOptions: Options = { cacheDir: `${BUILD_CACHE_DIR}/kb-mermaid` };

/**
 * Draws each diagram left by `remarkMermaidFence` as inline SVG, once per Mermaid theme (the page
 * CSS shows the one matching Starlight's theme), and repeats the diagram's text outside the SVG,
 * because Pagefind does not index SVG and a reader without the picture needs the words.
 */
export function rehypeMermaidSvg(userOptions: Partial<Options> = {}) {
	const options = { ...defaultOptions, ...userOptions };
	const cache = new DiagramCache(options.cacheDir);

	return async (tree: Root, file: VFile) => {
		const placeholders: Element[] = [];
		visit(tree, 'element', (node) => {
			if (node.tagName === 'pre' && hasClass(node, MERMAID_SOURCE_CLASS)) placeholders.push(node);
		});
		if (placeholders.length === 0) return;

		const pagePrefix = `mmd-${createHash('sha256').update(relative(process.cwd(), file.path ?? '')).digest('hex').slice(0, 6)}`;
		for (const [index, node] of placeholders.entries()) {
			const source = toString(node);
			const fenceLine = Number(node.properties.dataLine) || undefined;
			const variants: { theme: DiagramTheme; diagram: RenderedDiagram; id: string }[] = [];
			for (const theme of DIAGRAM_THEMES) {
				const id = `${pagePrefix}-${index + 1}-${PAGE_THEME_OF[theme]}`;
				const diagram = await getDiagram(cache, source, theme, file, fenceLine);
				variants.push({ theme, id, diagram: withId(diagram, getPlaceholderId(getDiagramKey(source, theme)), id) });
			}
			replaceNode(node, buildDiagramTree(variants));
		}
	};
}

async function getDiagram(cache: DiagramCache, source: string, theme: DiagramTheme, file: VFile, fenceLine: number | undefined) {
	const key = getDiagramKey(source, theme);
	const cached = cache.get(key);
	if (cached) {
		renderStats.cached++;
		return cached;
	}
	try {
		const diagram = await renderMermaid(source, theme, getPlaceholderId(key));
		cache.set(key, diagram);
		renderStats.rendered++;
		return diagram;
	} catch (error) {
		if (!(error instanceof MermaidSyntaxError)) throw error;
		const line = fenceLine !== undefined ? fenceLine + (error.line ?? 1) : undefined;
		throw new Error(
			formatContentError(
				'mermaid',
				file.path,
				line,
				`Mermaid could not parse this diagram:\n    ${error.message.split('\n').join('\n    ')}`,
				'correct the diagram at that line. Each diagram type has its syntax at https://mermaid.js.org/intro/syntax-reference.html',
			),
		);
	}
}

/** Swaps the placeholder id a cached diagram was drawn with for this page's own id. */
function withId(diagram: RenderedDiagram, placeholder: string, id: string): RenderedDiagram {
	return { ...diagram, svg: diagram.svg.split(placeholder).join(id) };
}

function buildDiagramTree(variants: { theme: DiagramTheme; diagram: RenderedDiagram; id: string }[]): Element {
	const labels = variants[0]!.diagram.labels;
	const drawings: ElementContent[] = variants.map(({ theme, diagram }) => ({
		type: 'element',
		tagName: 'div',
		properties: { className: ['kb-diagram__drawing'], dataKbTheme: PAGE_THEME_OF[theme] },
		children: fromHtml(diagram.svg, { fragment: true }).children as ElementContent[],
	}));
	const text: Element = {
		type: 'element',
		tagName: 'details',
		properties: { className: ['kb-diagram__text'] },
		children: [
			{ type: 'element', tagName: 'summary', properties: { dataPagefindIgnore: '' }, children: [{ type: 'text', value: 'Text in this diagram' }] },
			{
				type: 'element',
				tagName: 'ul',
				properties: {},
				children: labels.map((label) => ({ type: 'element', tagName: 'li', properties: {}, children: [{ type: 'text', value: label }] })),
			},
		],
	};
	return { type: 'element', tagName: 'div', properties: { className: ['kb-diagram__body'] }, children: [...drawings, text] };
}

function replaceNode(node: Element, replacement: Element): void {
	Object.assign(node, replacement);
}

function hasClass(node: Element, name: string): boolean {
	const value = node.properties.className;
	return Array.isArray(value) && value.includes(name);
}
