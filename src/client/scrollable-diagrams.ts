/**
 * A diagram wider than the column scrolls sideways inside its figure (diagrams.css). While it
 * does, it is a tab stop that arrow keys scroll, named by its caption, and the figure shows its
 * hint; one that fits is none of these, to keep tabbing short. Widths change with the window and
 * the theme (a diagram drawn twice shows one drawing per theme), so each drawing is watched.
 */
const watcher = new ResizeObserver((entries) => {
	// Every width first, then every change: reading a width after a change would lay the whole
	// page out again, once per diagram (a long page then blocks the main thread for long).
	const widths = entries.map(({ target }) => [target as HTMLElement, overflowsOf(target as HTMLElement)] as const);
	for (const [drawing, overflows] of widths) mark(drawing, overflows);
});

const overflowsOf = (drawing: HTMLElement) => drawing.scrollWidth > drawing.clientWidth + 1;

function mark(drawing: HTMLElement, overflows: boolean) {
	if (overflows === drawing.hasAttribute('data-kb-overflows')) return;
	if (overflows) {
		const caption = drawing.closest('figure')?.querySelector('.kb-diagram__caption > span')?.textContent ?? 'Diagram';
		drawing.dataset.kbOverflows = '';
		drawing.tabIndex = 0;
		drawing.setAttribute('role', 'group');
		drawing.setAttribute('aria-label', `${caption} (scrolls sideways)`);
	} else {
		delete drawing.dataset.kbOverflows;
		for (const name of ['tabindex', 'role', 'aria-label']) drawing.removeAttribute(name);
	}
}

for (const drawing of document.querySelectorAll<HTMLElement>('.kb-diagram__drawing')) watcher.observe(drawing);
