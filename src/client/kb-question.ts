/**
 * One self-check question. Picking a choice says at once whether it is right and opens the
 * answer with its explanation; the page works the same without this script, minus the verdict.
 */
class KbQuestion extends HTMLElement {
	connectedCallback() {
		this.addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			if (input.type !== 'radio') return;
			const right = input.value === this.dataset.answer;
			for (const label of this.querySelectorAll<HTMLLabelElement>('.kb-self-check__choice')) {
				const choice = label.querySelector('input')!;
				label.dataset.state = choice.value === this.dataset.answer ? 'right' : choice === input ? 'wrong' : '';
			}
			const feedback = this.querySelector<HTMLElement>('[data-kb-feedback]')!;
			feedback.textContent = right ? 'Right.' : `Not quite: the answer is “${this.dataset.answer}”.`;
			feedback.dataset.state = right ? 'right' : 'wrong';
			this.querySelector('details')!.open = true;
		});
	}
}

customElements.define('kb-question', KbQuestion);
