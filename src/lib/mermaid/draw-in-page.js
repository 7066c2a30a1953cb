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
	const labels = [];
	for (const element of holder.querySelectorAll('text, foreignObject')) {
		// A <text> inside a <foreignObject> was already read with its parent.
		if (element.parentElement && element.parentElement.closest('foreignObject')) continue;
		const text = (element.textContent || '').replace(/\s+/g, ' ').trim();
		if (text && !labels.includes(text)) labels.push(text);
	}
	return { svg, labels };
};
