// Runs inside the renderer's browser page (a plain script, not bundled): draws one diagram with
// Mermaid, reads back every piece of text it drew, so the page can repeat it as searchable text,
// and measures the drawing, so the page can keep its text legible.
window.kbDraw = async function kbDraw({ source, id, config, layouts, fit }) {
	const mermaid = window.mermaid;
	mermaid.initialize(config);
	try {
		await mermaid.parse(window.kbWrapSequenceText(source, config.sequence));
	} catch (error) {
		const message = String((error && error.message) || error);
		const fromHash = error && error.hash && error.hash.loc && error.hash.loc.first_line;
		const fromText = /line (\d+)/i.exec(message);
		const line = fromHash || (fromText ? Number(fromText[1]) : undefined);
		return { error: message, line };
	}
	// The roomiest layout that keeps the text legible in the column; the most compact one otherwise.
	const kind = configKeyOf(source);
	const tries = layouts.filter((layout, index) => index === 0 || layout[kind]);
	let drawn;
	for (const layout of tries) {
		const settings = { ...config, [kind]: { ...config[kind], ...layout[kind] } };
		drawn = await draw(mermaid, source, id, settings);
		const { width, smallestText } = drawn.size;
		if (!smallestText || width <= (fit.columnPx * smallestText) / fit.legiblePx) break;
	}
	return drawn;
};

async function draw(mermaid, source, id, config) {
	mermaid.initialize(config);
	const { svg } = await mermaid.render(id, window.kbWrapSequenceText(source, config.sequence));
	const holder = document.createElement('div');
	holder.innerHTML = svg;
	// In the document, so styles apply and the drawing can be measured.
	document.body.append(holder);
	try {
		return { svg, labels: readLabels(holder), size: measure(holder.querySelector('svg')) };
	} finally {
		holder.remove();
	}
}

/** The key of the Mermaid config section for this kind of diagram (`sequence`, `flowchart`, `state`). */
function configKeyOf(source) {
	const first = source.split('\n').find((line) => line.trim() && !line.trim().startsWith('%%')) || '';
	const type = first.trim().split(/\s+/)[0];
	return { sequenceDiagram: 'sequence', flowchart: 'flowchart', graph: 'flowchart', 'stateDiagram-v2': 'state', stateDiagram: 'state' }[type] || type;
}

/**
 * Every label drawn, in document order, each once. A label wrapped over several lines is one
 * label with its words apart: flowchart and state labels hold a `tspan.row` per line, sequence
 * labels a `<text>` per line, one after the other with the same class.
 */
function readLabels(root) {
	const labels = [];
	let previous;
	for (const element of root.querySelectorAll('text, foreignObject')) {
		// A <text> inside a <foreignObject> was already read with its parent.
		if (element.parentElement && element.parentElement.closest('foreignObject')) continue;
		const rows = element.querySelectorAll(':scope > tspan.row');
		const text = (rows.length > 0 ? [...rows].map((row) => row.textContent).join(' ') : element.textContent || '').replace(/\s+/g, ' ').trim();
		const continues = previous && element.previousElementSibling === previous && element.getAttribute('class') === previous.getAttribute('class');
		if (continues) labels[labels.length - 1] += ` ${text}`;
		else labels.push(text);
		previous = element;
	}
	return [...new Set(labels.filter(Boolean))];
}

/**
 * The drawing's width in its own units (the viewBox), and its smallest text in the same units:
 * a page that shows the drawing `w` pixels wide draws that text at `smallestText * w / width`.
 */
function measure(svg) {
	const width = svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.viewBox.baseVal.width : svg.getBBox().width;
	// The drawing's own matrix maps its units to the screen; a label's maps its units, through any
	// scaling group, to the screen: their ratio is the label's scale inside the drawing.
	const drawingScale = Math.hypot(svg.getScreenCTM().a, svg.getScreenCTM().b);
	let smallestText = Infinity;
	for (const text of svg.querySelectorAll('text')) {
		if (!(text.textContent || '').trim()) continue;
		const matrix = text.getScreenCTM();
		if (!matrix) continue;
		const size = Number.parseFloat(getComputedStyle(text).fontSize) * (Math.hypot(matrix.a, matrix.b) / drawingScale);
		if (size > 0) smallestText = Math.min(smallestText, size);
	}
	return { width: Math.round(width * 100) / 100, smallestText: Number.isFinite(smallestText) ? Math.round(smallestText * 100) / 100 : undefined };
}
