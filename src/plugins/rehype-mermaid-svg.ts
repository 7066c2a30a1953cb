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
import { renderStats, wideDiagramReports } from '../lib/mermaid/render-stats';
import { findWideDiagram, formatWideDiagram, isStrictAboutWidth } from '../lib/mermaid/check-diagram-width';
import { BUILD_CACHE_DIR } from '../lib/site-paths';
import { MERMAID_SOURCE_CLASS } from './remark-mermaid-fence';
import { mergeThemeVariants } from '../lib/mermaid/merge-theme-variants';
import { slimSvg } from '../lib/mermaid/slim-svg';
import { SharedDiagramStyles } from '../lib/mermaid/share-diagram-styles';
import { findMissingCharacters } from '../lib/mermaid/diagram-font-characters';
import { getMinimumWidth } from '../lib/mermaid/legible-size';

export interface Options {
	/** Folder for rendered diagrams, kept between builds. */
	cacheDir: string;
}

export const defaultOptions: Options = { cacheDir: `${BUILD_CACHE_DIR}/kb-mermaid` };

/**
 * Draws each diagram left by `remarkMermaidFence` as inline SVG, once per Mermaid theme, merged
 * into one drawing whose colours follow Starlight's theme, and repeats the diagram's text outside the SVG,
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

		const sharedStyles = new SharedDiagramStyles();
		const pagePrefix = `mmd-${createHash('sha256').update(relative(process.cwd(), file.path ?? '')).digest('hex').slice(0, 6)}`;
		for (const [index, node] of placeholders.entries()) {
			const source = toString(node);
			const fenceLine = Number(node.properties.dataLine) || undefined;
			checkCharacters(source, file, fenceLine);
			const id = `${pagePrefix}-${index + 1}`;
			const variants: Variant[] = [];
			for (const theme of DIAGRAM_THEMES) {
				const diagram = await getDiagram(cache, source, theme, file, fenceLine);
				variants.push({ theme, diagram: { ...diagram, svg: slimSvg(withId(diagram.svg, getPlaceholderId(getDiagramKey(source, theme)), id)) } });
			}
			checkWidth(source, variants[0]!.diagram, file, fenceLine);
			const drawings = mergeVariants(variants, id);
			if (drawings.length === 1) drawings[0]!.diagram.svg = sharedStyles.share(drawings[0]!.diagram.svg, id);
			replaceNode(node, buildDiagramTree(drawings));
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

/** Fails on a character the diagram font lacks, naming the line of the diagram that has it. */
function checkCharacters(source: string, file: VFile, fenceLine: number | undefined): void {
	for (const [index, line] of source.split('\n').entries()) {
		const missing = findMissingCharacters(line);
		if (missing.length === 0) continue;
		throw new Error(
			formatContentError(
				'mermaid',
				file.path,
				fenceLine !== undefined ? fenceLine + index + 1 : undefined,
				`this diagram uses ${missing.map((char) => `"${char}"`).join(', ')}, which the diagram font does not have.`,
				'write it with plain characters (a hyphen for a dash, "->" for an arrow), or add it to DIAGRAM_CHARACTERS in src/lib/mermaid/diagram-font-characters.ts and run npm run font:subset.',
			),
		);
	}
}

/**
 * Reports a diagram whose text would be illegible fitted to a laptop's text column: a warning in
 * the build log, or an error when the build is strict about it (KB_STRICT_DIAGRAMS=1).
 */
function checkWidth(source: string, diagram: RenderedDiagram, file: VFile, fenceLine: number | undefined): void {
	const wide = findWideDiagram(source, diagram.size, file.path, fenceLine !== undefined ? fenceLine + 1 : undefined);
	if (!wide) return;
	const report = formatWideDiagram(wide);
	if (isStrictAboutWidth()) throw new Error(report);
	if (!wideDiagramReports.includes(report)) wideDiagramReports.push(report);
}

interface Variant {
	/** The theme the drawing follows; none when one drawing serves both. */
	theme?: DiagramTheme;
	diagram: RenderedDiagram;
}

/** Swaps the placeholder id a cached diagram was drawn with for this page's own id. */
function withId(svg: string, placeholder: string, id: string): string {
	return svg.split(placeholder).join(id);
}

/**
 * One drawing whose colours follow the theme, when the two drawings differ only in colour (the
 * usual case); otherwise both drawings, each with its own id, and the page CSS shows one.
 */
function mergeVariants(variants: Variant[], id: string): Variant[] {
	const [light, dark] = variants;
	const merged = light && dark ? mergeThemeVariants(light.diagram.svg, dark.diagram.svg, id) : undefined;
	if (merged) return [{ diagram: { ...light!.diagram, svg: merged } }];
	return variants.map(({ theme, diagram }) => {
		const pageTheme = PAGE_THEME_OF[theme!];
		return { theme, diagram: { ...diagram, svg: withId(diagram.svg, id, `${id}-${pageTheme}`) } };
	});
}

function buildDiagramTree(variants: Variant[]): Element {
	const labels = variants[0]!.diagram.labels;
	const drawings: ElementContent[] = variants.map(({ theme, diagram }) => {
		// Below this width the text would be illegible: the drawing keeps it and the figure scrolls.
		const minimumWidth = getMinimumWidth(diagram.size);
		return {
			type: 'element',
			tagName: 'div',
			properties: {
				className: ['kb-diagram__drawing'],
				...(theme ? { dataKbTheme: PAGE_THEME_OF[theme] } : {}),
				...(minimumWidth ? { style: `--kb-min-width:${minimumWidth}px` } : {}),
			},
			children: fromHtml(diagram.svg, { fragment: true }).children as ElementContent[],
		};
	});
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
