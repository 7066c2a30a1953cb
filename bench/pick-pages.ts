import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A built page of a diagram: the figure the <Diagram> component renders around the inline SVG. */
const DIAGRAM_MARKER = /<figure[^>]*class="[^"]*\bkb-diagram\b/;

/**
 * The site path of the built page with the largest HTML among pages that show a diagram. Print
 * editions (/print/…) are left out: they are deliberately one large document per domain.
 */
export function findHeaviestDiagramPage(distDir: string): string {
	let heaviest: { path: string; size: number } | undefined;
	for (const file of listHtml(distDir)) {
		const path = toSitePath(distDir, file);
		if (path.startsWith('/print/')) continue;
		const size = statSync(file).size;
		if (heaviest && size <= heaviest.size) continue;
		if (DIAGRAM_MARKER.test(readFileSync(file, 'utf8'))) heaviest = { path, size };
	}
	if (!heaviest) throw new Error(`No built page in ${distDir} shows a diagram (<figure class="kb-diagram">).`);
	return heaviest.path;
}

/** Site paths of the built pages that show a diagram, print editions excluded, sorted. */
export function listDiagramPages(distDir: string): string[] {
	return listHtml(distDir)
		.filter((file) => DIAGRAM_MARKER.test(readFileSync(file, 'utf8')))
		.map((file) => toSitePath(distDir, file))
		.filter((path) => !path.startsWith('/print/'))
		.sort();
}

/** Every page file of a built site (`…/index.html`). */
function listHtml(distDir: string): string[] {
	return readdirSync(distDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name === 'index.html')
		.map((entry) => join(entry.parentPath, entry.name));
}

/** `dist/sdlc/codebuild/index.html` → `/sdlc/codebuild/`. */
function toSitePath(distDir: string, file: string): string {
	return `/${relative(distDir, file).split(sep).slice(0, -1).join('/')}/`.replace('//', '/');
}
