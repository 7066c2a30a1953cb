import { isDue, readCardHistory } from './card-history';

/** Fills in how many of a deck's cards are due today and how many the reader has not seen yet. */
class KbDueCount extends HTMLElement {
	connectedCallback() {
		const ids = JSON.parse(this.dataset.ids ?? '[]') as string[];
		const render = () => {
			const history = readCardHistory();
			this.querySelector('[data-kb-due]')!.textContent = String(ids.filter((id) => isDue(id, history)).length);
			this.querySelector('[data-kb-new]')!.textContent = String(ids.filter((id) => !(id in history)).length);
		};
		document.addEventListener('kb-progress', render);
		render();
	}
}

customElements.define('kb-due-count', KbDueCount);
