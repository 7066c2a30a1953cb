/**
 * The "Full screen" button of a diagram's figure. The viewer itself (dialog, zoom, pan) is a
 * separate script fetched when a reader first opens a diagram, so a page carries only this much
 * until then. It shows the drawing already in the page: no second download, no Mermaid.
 */
class KbDiagramZoom extends HTMLElement {
	connectedCallback() {
		const figure = this.closest<HTMLElement>('figure.kb-diagram');
		const button = this.querySelector('button');
		// A figure around an image has no drawing to zoom.
		if (!figure?.querySelector('.kb-diagram__drawing svg') || !button) {
			this.hidden = true;
			return;
		}
		button.addEventListener('click', async () => {
			const { openDiagramViewer } = await import('./diagram-viewer');
			openDiagramViewer(figure, button);
		});
	}
}

customElements.define('kb-diagram-zoom', KbDiagramZoom);
