import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DIAGRAM_FONT_VERSION } from './diagram-font';
import { COMPACT_LAYOUTS, FIT, getMermaidConfig, type DiagramTheme } from './mermaid-config';
import type { RenderedDiagram } from './renderer';

const require = createRequire(import.meta.url);
const MERMAID_VERSION: string = require('mermaid/package.json').version;
/** Bump when the way diagrams are post-processed changes, so old cache entries are not reused. */
const CACHE_FORMAT = 3;

/**
 * The id a diagram is rendered with. Cached SVG is shared between pages, so it is drawn with a
 * placeholder id derived from its key and the page's own id is substituted when it is used.
 */
export function getPlaceholderId(key: string): string {
	return `kbmmd${key.slice(0, 16)}`;
}

/** A key that changes when the diagram, its theme, Mermaid, the font or our settings and layouts change. */
export function getDiagramKey(source: string, theme: DiagramTheme): string {
	return createHash('sha256')
		.update(JSON.stringify([CACHE_FORMAT, MERMAID_VERSION, DIAGRAM_FONT_VERSION, getMermaidConfig(theme), COMPACT_LAYOUTS, FIT, source]))
		.digest('hex');
}

/** A folder of rendered diagrams, one JSON file per key; it survives between builds. */
export class DiagramCache {
	constructor(readonly dir: string) {}

	get(key: string): RenderedDiagram | undefined {
		try {
			return JSON.parse(readFileSync(this.fileOf(key), 'utf8')) as RenderedDiagram;
		} catch {
			return undefined;
		}
	}

	set(key: string, diagram: RenderedDiagram): void {
		mkdirSync(this.dir, { recursive: true });
		writeFileSync(this.fileOf(key), JSON.stringify(diagram));
	}

	private fileOf(key: string): string {
		return join(this.dir, `${key}.json`);
	}
}
