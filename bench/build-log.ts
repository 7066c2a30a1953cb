/** What an `astro build` log says about the build: pages written and diagram variants drawn or cached. */
export interface BuildLogFacts {
	pages: number;
	diagramVariantsRendered: number;
	diagramVariantsCached: number;
}

/** Reads the counts from lines such as "130 page(s) built in 30.97s" and "Diagrams: 144 rendered, 0 from the cache.". */
export function parseBuildLog(log: string): BuildLogFacts {
	// Colour codes would split the numbers from their words.
	const text = log.replace(/\x1b\[[0-9;]*m/g, '');
	const pages = /(\d+) page\(s\) built/.exec(text);
	const diagrams = /Diagrams: (\d+) rendered, (\d+) from the cache/.exec(text);
	if (!pages || !diagrams) throw new Error('The build log has no "N page(s) built" or "Diagrams: X rendered, Y from the cache" line; did the build fail?');
	return { pages: Number(pages[1]), diagramVariantsRendered: Number(diagrams[1]), diagramVariantsCached: Number(diagrams[2]) };
}
