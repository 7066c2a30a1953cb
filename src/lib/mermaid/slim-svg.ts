/**
 * Drops what a drawn Mermaid SVG carries but a reader's browser never uses: data attributes kept
 * for Mermaid's own scripts (edge point lists, ids), empty style attributes, digits below a
 * hundredth of a pixel, and the arrowhead markers no line points at (each flowchart defines a
 * dozen). `data-look` stays: Mermaid's CSS selects on it.
 */
export function slimSvg(svg: string): string {
	const slim = svg
		.replace(/ data-(?!look\b)[\w-]+="[^"]*"/g, '')
		.replace(/ style=""/g, '')
		// Coordinates to a hundredth of a pixel: Mermaid writes up to 15 decimals.
		.replace(/ (d|points|transform|x|y|x1|x2|y1|y2|width|height|cx|cy|r|rx|ry)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${roundNumbers(value)}"`);
	return slim.replace(/<marker id="([^"]+)"[^>]*>[\s\S]*?<\/marker>/g, (marker, id: string) => (slim.includes(`url(#${id})`) ? marker : ''));
}

function roundNumbers(value: string): string {
	// Path data may run numbers together (`.256.004` is 0.256 and 0.004): a number starts after neither a digit nor a dot.
	return value.replace(/(?<![\d.])-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
}
