/** Edit distance between two strings (Levenshtein), used to suggest what a writer probably meant. */
export function getEditDistance(a: string, b: string): number {
	const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = previous[0]!;
		previous[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = previous[j]!;
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
			diagonal = above;
		}
	}
	return previous[b.length]!;
}

/**
 * Returns the candidate closest to `input`, or undefined when none is close enough to be a
 * plausible typo (more than about a third of the input would have to change). A candidate that
 * contains the input whole (`buildspec` → `the-buildspec`) also counts as close.
 */
export function findClosest(input: string, candidates: Iterable<string>): string | undefined {
	const needle = input.toLowerCase();
	const list = [...candidates];
	const containing = needle.length >= 3 ? list.filter((c) => c.toLowerCase().includes(needle)) : [];
	if (containing.length > 0) return containing.sort((a, b) => a.length - b.length)[0];
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of list) {
		const distance = getEditDistance(needle, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	const tolerance = Math.max(2, Math.ceil(needle.length / 3));
	return bestDistance <= tolerance ? best : undefined;
}
