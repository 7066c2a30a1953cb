// Runs inside the renderer's browser page (a plain script, not bundled), before draw-in-page.js.
//
// Mermaid's own wrapping of sequence diagrams (`wrap: true`) gives every actor the same width and
// cuts a word longer than that with a hyphen, so one API name either breaks (`CloudFormati-on`)
// or, boxes widened to hold it, makes the whole diagram wide. This wraps the text itself instead,
// at word boundaries and measured in the diagram font, with `<br>` between lines: actor names and
// notes to the width of an actor box, messages to the room between the actors they join. Mermaid
// then spaces each pair of actors for its own messages, and a long word widens only its gap.
window.kbWrapSequenceText = function kbWrapSequenceText(source, sequence) {
	const lines = source.split('\n');
	const first = lines.findIndex((line) => line.trim() && !line.trim().startsWith('%%'));
	if (first < 0 || !/^\s*sequenceDiagram\b/.test(lines[first])) return source;
	const context = document.createElement('canvas').getContext('2d');
	context.font = `${sequence.messageFontSize}px ${sequence.messageFontFamily}`;
	const boxText = sequence.width - 2 * sequence.wrapPadding;
	const pitch = sequence.width + sequence.actorMargin;
	const order = actorOrder(lines.slice(first + 1));
	const span = (from, to) => Math.max(1, Math.abs(order.indexOf(to) - order.indexOf(from)));

	return lines
		.map((line, index) => {
			if (index <= first) return line;
			let match;
			if ((match = PARTICIPANT.exec(line))) return match[1] + wrap(match[2], boxText);
			if ((match = NOTE.exec(line))) {
				// A note over two actors is as wide as the space between their centres and a margin,
				// whatever its text; over one actor or beside it, it grows to fit a box-wide text.
				const [from, to = from] = match[3].split(',').map((id) => id.trim());
				const room = match[2] === 'over' && from !== to ? span(from, to) * pitch + sequence.actorMargin - 2 * sequence.wrapPadding : boxText;
				return match[1] + wrap(match[4], room);
			}
			if ((match = MESSAGE.exec(line))) return match[1] + wrap(match[4], span(match[2], match[3]) * pitch - 4 * sequence.wrapPadding);
			return line;
		})
		.join('\n');

	/** `text` in lines no wider than `width` where words allow it; an author's own `<br>` is kept as it is. */
	function wrap(text, width) {
		if (/<br\s*\/?>/i.test(text)) return text;
		const out = [];
		for (const word of text.trim().split(/\s+/)) {
			const last = out.length - 1;
			if (last >= 0 && context.measureText(`${out[last]} ${word}`).width <= width) out[last] += ` ${word}`;
			else out.push(word);
		}
		return out.join('<br>');
	}
};

// `participant A as Label` or `actor A as Label`: the label, kept with everything before it.
const PARTICIPANT = /^(\s*(?:participant|actor)\s+\S+\s+as\s+)(.+)$/;
// `Note over A,B: text`, `Note right of A: text`.
const NOTE = /^(\s*note\s+(left of|right of|over)\s+([^:]+?)\s*:\s*)(.+)$/i;
// `A->>+B: text` and the other arrows: from, to, text.
const MESSAGE = /^(\s*([^\s:]+?)\s*(?:<<-{1,2}>>|-{1,2}>>|-{1,2}>|-{1,2}x|-{1,2}\))\s*[+-]?\s*([^\s:]+?)\s*:\s*)(.+)$/;

/** Actor ids in the order Mermaid lays them out: declared or first used. */
function actorOrder(lines) {
	const order = [];
	const add = (id) => id && !order.includes(id) && order.push(id);
	for (const line of lines) {
		let match;
		if ((match = /^\s*(?:participant|actor)\s+(\S+)/.exec(line))) add(match[1]);
		else if ((match = MESSAGE.exec(line))) {
			add(match[2]);
			add(match[3]);
		} else if ((match = NOTE.exec(line))) for (const id of match[3].split(',')) add(id.trim());
	}
	return order;
}
