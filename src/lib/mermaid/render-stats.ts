/** Counts for the build log: how many diagrams were drawn and how many came from the cache. */
export const renderStats = { rendered: 0, cached: 0 };

export function resetRenderStats(): void {
	renderStats.rendered = 0;
	renderStats.cached = 0;
}
