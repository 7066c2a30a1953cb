// Runs inside the renderer's browser page (a plain script, not bundled): draws one diagram with
// Mermaid and reads back every piece of text it drew, so the page can repeat it as searchable text.
window.kbDraw = async function kbDraw({ source, id, config }) {
	const mermaid = window.mermaid;
	mermaid.initialize(config);
	try {
		await mermaid.parse(source);
	} catch (error) {
		const message = String((error && error.message) || error);
		const fromHash = error && error.hash && error.hash.loc && error.hash.loc.first_line;
		const fromText = /line (\d+)/i.exec(message);
		const line = fromHash || (fromText ? Number(fromText[1]) : undefined);
		return { error: message, line };
	}
	const { svg } = await mermaid.render(id, source);
	const holder = document.createElement('div');
	holder.innerHTML = svg;
	return { svg, labels: readLabels(holder) };
};

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
