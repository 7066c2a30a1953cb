/**
 * The full-screen view of a diagram: a modal dialog holding the figure's own drawing at its
 * natural size, moved there while the dialog is open and put back when it closes (no copy, so no
 * duplicate ids). Zoom with the buttons, + and - (0 for the natural size), Ctrl+wheel or a pinch;
 * pan by dragging, scrolling or with the arrow keys; Escape or "Close" closes it.
 */
import styles from '../styles/diagram-viewer.css?inline';

const ZOOM_STEP = 1.25;
const MAX_ZOOM = 4;

interface Open {
	svg: SVGSVGElement;
	drawing: HTMLElement;
	opener: HTMLElement;
	/** The drawing's attributes in the page, restored on close. */
	style: string | null;
	natural: { width: number; height: number };
	zoom: number;
}

let viewer: ReturnType<typeof createViewer> | undefined;

export function openDiagramViewer(figure: HTMLElement, opener: HTMLElement): void {
	viewer ??= createViewer();
	viewer.open(figure, opener);
}

function createViewer() {
	document.head.append(Object.assign(document.createElement('style'), { textContent: styles }));
	const dialog = document.createElement('dialog');
	dialog.className = 'kb-viewer';
	dialog.setAttribute('aria-labelledby', 'kb-viewer-title');
	dialog.innerHTML = `
		<div class="kb-viewer__bar">
			<h2 class="kb-viewer__title" id="kb-viewer-title"></h2>
			<div class="kb-viewer__tools">
				<button type="button" data-kb-zoom="out"><span aria-hidden="true">&minus;</span><span class="kb-viewer__word"> Zoom out</span></button>
				<output class="kb-viewer__level" aria-live="polite"></output>
				<button type="button" data-kb-zoom="in"><span aria-hidden="true">+</span><span class="kb-viewer__word"> Zoom in</span></button>
				<button type="button" data-kb-zoom="fit">Fit</button>
				<button type="button" data-kb-zoom="natural"><span aria-hidden="true" class="kb-viewer__short">1:1</span><span class="kb-viewer__word">Actual size</span></button>
				<button type="button" data-kb-close>Close</button>
			</div>
		</div>
		<div class="kb-viewer__viewport" tabindex="0" role="group" aria-label="Drawing: drag, scroll or use the arrow keys to move around"></div>
		<p class="kb-viewer__help">Drag or scroll to move &middot; pinch, Ctrl+wheel or + and &minus; to zoom &middot; Esc closes</p>`;
	document.body.append(dialog);
	const viewport = dialog.querySelector<HTMLElement>('.kb-viewer__viewport')!;
	const level = dialog.querySelector('output')!;
	let current: Open | undefined;

	/** Sets the zoom, keeping the point under (x, y) on screen where it was; the viewport's centre by default. */
	function zoomTo(zoom: number, x?: number, y?: number) {
		if (!current) return;
		const box = viewport.getBoundingClientRect();
		const atX = x ?? box.left + box.width / 2;
		const atY = y ?? box.top + box.height / 2;
		const before = current.svg.getBoundingClientRect();
		const fractionX = (atX - before.left) / before.width;
		const fractionY = (atY - before.top) / before.height;
		current.zoom = Math.min(MAX_ZOOM, Math.max(Math.min(fitZoom(), 1) / 2, zoom));
		current.svg.style.width = `${current.natural.width * current.zoom}px`;
		current.svg.style.height = `${current.natural.height * current.zoom}px`;
		const after = current.svg.getBoundingClientRect();
		viewport.scrollLeft += after.left + fractionX * after.width - atX;
		viewport.scrollTop += after.top + fractionY * after.height - atY;
		level.value = `${Math.round(current.zoom * 100)} %`;
	}

	/** The zoom at which the whole drawing fits the viewport. */
	function fitZoom() {
		if (!current) return 1;
		return Math.min(viewport.clientWidth / current.natural.width, viewport.clientHeight / current.natural.height);
	}

	dialog.addEventListener('click', (event) => {
		const control = (event.target as Element).closest<HTMLButtonElement>('button');
		if (!control || !current) return;
		if (control.hasAttribute('data-kb-close')) dialog.close();
		const action = control.dataset.kbZoom;
		if (action === 'in') zoomTo(current.zoom * ZOOM_STEP);
		else if (action === 'out') zoomTo(current.zoom / ZOOM_STEP);
		else if (action === 'fit') zoomTo(fitZoom());
		else if (action === 'natural') zoomTo(1);
	});
	dialog.addEventListener('keydown', (event) => {
		if (!current || event.ctrlKey || event.metaKey || event.altKey) return;
		const zoom = { '+': current.zoom * ZOOM_STEP, '=': current.zoom * ZOOM_STEP, '-': current.zoom / ZOOM_STEP, '0': 1 }[event.key];
		if (zoom === undefined) return;
		event.preventDefault();
		zoomTo(zoom);
	});
	// Trackpad pinches arrive as Ctrl+wheel; a plain wheel scrolls.
	viewport.addEventListener(
		'wheel',
		(event) => {
			if (!current || !event.ctrlKey) return;
			event.preventDefault();
			zoomTo(current.zoom * Math.exp(-event.deltaY / 200), event.clientX, event.clientY);
		},
		{ passive: false },
	);
	followPointers(viewport, (scale, x, y) => current && zoomTo(current.zoom * scale, x, y));
	dialog.addEventListener('close', () => {
		if (!current) return;
		const { svg, drawing, opener, style } = current;
		if (style === null) svg.removeAttribute('style');
		else svg.setAttribute('style', style);
		drawing.append(svg);
		drawing.style.removeProperty('min-height');
		current = undefined;
		opener.focus();
	});

	return {
		open(figure: HTMLElement, opener: HTMLElement) {
			const drawing = [...figure.querySelectorAll<HTMLElement>('.kb-diagram__drawing')].find((element) => element.getClientRects().length > 0);
			const svg = drawing?.querySelector('svg');
			if (!drawing || !svg) return;
			const { width, height } = svg.viewBox.baseVal;
			current = { svg, drawing, opener, style: svg.getAttribute('style'), natural: { width, height }, zoom: 1 };
			dialog.querySelector('h2')!.textContent = figure.querySelector('.kb-diagram__caption > span')?.textContent ?? 'Diagram';
			// The figure keeps its height while its drawing is away, so the page behind does not move.
			drawing.style.minHeight = `${drawing.offsetHeight}px`;
			svg.setAttribute('style', 'max-width:none;min-width:0');
			viewport.append(svg);
			dialog.showModal();
			viewport.focus();
			zoomTo(1);
			viewport.scrollTo(0, 0);
		},
	};
}

/**
 * Drags with one pointer pan the viewport; two touches pinch, calling `onPinch` with the change
 * in their distance and their midpoint. The viewport's `touch-action: none` keeps the browser
 * from zooming the whole page instead.
 */
function followPointers(viewport: HTMLElement, onPinch: (scale: number, x: number, y: number) => void) {
	const pointers = new Map<number, { x: number; y: number }>();
	viewport.addEventListener('pointerdown', (event) => {
		if (event.pointerType === 'mouse' && event.button !== 0) return;
		viewport.setPointerCapture(event.pointerId);
		pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
		viewport.dataset.kbDragging = '';
	});
	viewport.addEventListener('pointermove', (event) => {
		const last = pointers.get(event.pointerId);
		if (!last) return;
		const next = { x: event.clientX, y: event.clientY };
		if (pointers.size === 1) viewport.scrollBy(last.x - next.x, last.y - next.y);
		else if (pointers.size === 2) {
			const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)![1];
			const before = Math.hypot(last.x - other.x, last.y - other.y);
			const after = Math.hypot(next.x - other.x, next.y - other.y);
			if (before > 0) onPinch(after / before, (next.x + other.x) / 2, (next.y + other.y) / 2);
		}
		pointers.set(event.pointerId, next);
	});
	const release = (event: PointerEvent) => {
		pointers.delete(event.pointerId);
		if (pointers.size === 0) delete viewport.dataset.kbDragging;
	};
	viewport.addEventListener('pointerup', release);
	viewport.addEventListener('pointercancel', release);
}
