/**
 * Drops what a drawn Mermaid SVG carries but a reader's browser never uses: data attributes kept
 * for Mermaid's own scripts (edge point lists, ids), empty style attributes, digits below a
 * hundredth of a pixel, the arrowhead markers no line points at (each flowchart defines a
 * dozen), and the tags around each word of a label. `data-look` stays: Mermaid's CSS selects on it.
 */
export function slimSvg(svg: string): string {
	const slim = joinWords(svg)
		.replace(/ data-(?!look\b)[\w-]+="[^"]*"/g, '')
		.replace(/ style=""/g, '')
		// Coordinates and lengths to a hundredth of a pixel: Mermaid writes up to 15 decimals, in
		// attributes and in style attributes (`max-width:655.19677734375px`, dash lengths).
		.replace(/ (d|points|transform|x|y|x1|x2|y1|y2|width|height|cx|cy|r|rx|ry|viewBox|style)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${roundNumbers(value)}"`);
	return slim.replace(/<marker id="([^"]+)"[^>]*>[\s\S]*?<\/marker>/g, (marker, id: string) => (slim.includes(`url(#${id})`) ? marker : ''));
}

function roundNumbers(value: string): string {
	// Path data may run numbers together (`.256.004` is 0.256 and 0.004): a number starts after neither a digit nor a dot.
	return value.replace(/(?<![\d.])-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
}

/**
 * Mermaid puts every word of a flowchart or state label in a tspan of its own, three attributes
 * each. Neighbouring tspans with the same tag and no position of their own draw the same as one
 * tspan holding both texts, so they are joined: one per line of a label.
 */
function joinWords(svg: string): string {
	let joined = svg;
	let before: string;
	do {
		before = joined;
		joined = joined.replace(/(<tspan(?: [^>]*)?>)([^<]*)<\/tspan>\1/g, (whole, open: string, text: string) => (/\s(x|y|dx|dy)="/.test(open) ? whole : open + text));
	} while (joined !== before);
	return joined;
}
