import { exportAll, readProgress, resetProgress, setReviewed } from './progress-store';

/** The "Mark as reviewed" toggle of a page. */
class KbReviewed extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const path = this.dataset.path!;
		const render = () => {
			const reviewed = path in readProgress();
			button.setAttribute('aria-pressed', String(reviewed));
			button.textContent = reviewed ? 'Reviewed ✓' : 'Mark as reviewed';
		};
		button.addEventListener('click', () => setReviewed(path, button.getAttribute('aria-pressed') !== 'true'));
		document.addEventListener('kb-progress', render);
		render();
	}
}

/** "N of M pages reviewed" for a set of pages (a domain). */
class KbDomainProgress extends HTMLElement {
	connectedCallback() {
		const paths = JSON.parse(this.dataset.paths ?? '[]') as string[];
		const count = this.querySelector('[data-kb-count]')!;
		const bar = this.querySelector('progress');
		const render = () => {
			const done = paths.filter((path) => path in readProgress()).length;
			count.textContent = String(done);
			if (bar) bar.value = done;
		};
		document.addEventListener('kb-progress', render);
		render();
	}
}

/** Export (a JSON download) and reset of all progress. */
class KbProgressTools extends HTMLElement {
	connectedCallback() {
		this.querySelector('[data-kb-export]')!.addEventListener('click', () => {
			const blob = new Blob([JSON.stringify(exportAll(), null, 2)], { type: 'application/json' });
			const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'aws-devops-kb-progress.json' });
			link.click();
			URL.revokeObjectURL(link.href);
		});
		this.querySelector('[data-kb-reset]')!.addEventListener('click', () => {
			if (confirm('Forget which pages you marked as reviewed, your flashcard history and your mock exam results?')) resetProgress();
		});
	}
}

customElements.define('kb-reviewed', KbReviewed);
customElements.define('kb-domain-progress', KbDomainProgress);
customElements.define('kb-progress-tools', KbProgressTools);
