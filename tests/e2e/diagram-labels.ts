import type { Page } from '@playwright/test';

/** A label drawn past the edge of the shape around it (or of the drawing). */
export interface OverflowingLabel {
	figure: string;
	label: string;
	/** The label's width and the width of the shape it should fit in, in CSS pixels. */
	labelPx: number;
	shapePx: number;
}

/**
 * Every label of the page's visible diagrams that sticks out of its shape: a flowchart or state
 * node, a subgraph, a sequence actor, note or loop label; a label with no shape around it (a
 * message, an edge label on its own background) must stay inside the drawing. Geometry is read
 * as the page draws it, with the page's font, so a label Mermaid measured with another font shows.
 */
export function findOverflowingLabels(page: Page): Promise<OverflowingLabel[]> {
	return page.evaluate(() => {
		const SHAPES = 'rect, polygon, path, circle, ellipse';
		const SLACK = 1;
		const union = (elements: Element[]) => {
			const boxes = elements.map((element) => element.getBoundingClientRect()).filter((box) => box.width > 0 && box.height > 0);
			if (boxes.length === 0) return undefined;
			return {
				left: Math.min(...boxes.map((box) => box.left)),
				right: Math.max(...boxes.map((box) => box.right)),
				top: Math.min(...boxes.map((box) => box.top)),
				bottom: Math.max(...boxes.map((box) => box.bottom)),
			};
		};
		/** The outline a label belongs in: its node's shape, its cluster's frame, or the sequence box next to it. */
		const shapeOf = (text: SVGTextElement): Element[] => {
			const node = text.closest('g.node');
			if (node) return [...node.children].filter((child) => child.matches(SHAPES) || (child.matches('g:not(.label)') && child.querySelector('path')));
			const cluster = text.closest('g.cluster');
			if (cluster) return [...cluster.children].filter((child) => child.matches(SHAPES));
			// Sequence diagrams: a note, an actor, the tab naming a loop or alt block (the block's condition has no box).
			const boxOf: Record<string, string> = { noteText: 'rect.note', actor: 'rect.actor', labelText: 'polygon.labelBox' };
			const kind = Object.keys(boxOf).find((name) => text.classList.contains(name));
			const box = kind && text.parentElement?.querySelector(`:scope > ${boxOf[kind]}`);
			return box ? [box] : [];
		};
		const found: { figure: string; label: string; labelPx: number; shapePx: number }[] = [];
		for (const figure of document.querySelectorAll<HTMLElement>('figure.kb-diagram')) {
			const svg = [...figure.querySelectorAll('.kb-diagram__drawing')].find((element) => element.getClientRects().length > 0)?.querySelector('svg');
			if (!svg) continue;
			const drawing = svg.getBoundingClientRect();
			for (const text of svg.querySelectorAll('text')) {
				const label = text.textContent?.replace(/\s+/g, ' ').trim();
				if (!label) continue;
				const box = text.getBoundingClientRect();
				const shape = union(shapeOf(text)) ?? drawing;
				const outside = box.left < shape.left - SLACK || box.right > shape.right + SLACK || box.top < shape.top - SLACK || box.bottom > shape.bottom + SLACK;
				if (outside) found.push({ figure: figure.id, label, labelPx: Math.round(box.width), shapePx: Math.round(shape.right - shape.left) });
			}
		}
		return found;
	});
}
