/** Counts for the build log: how many diagrams were drawn and how many came from the cache. */
export const renderStats = { rendered: 0, cached: 0 };

/** Reports of diagrams too wide to read in the desktop column, for the build log (see check-diagram-width.ts). */
export const wideDiagramReports: string[] = [];

export function resetRenderStats(): void {
	renderStats.rendered = 0;
	renderStats.cached = 0;
	wideDiagramReports.length = 0;
}
