import { isExactlyRight } from '../lib/questions';
import { orderChoices } from './reader-seed';

/**
 * One self-check question. Its choices are put in the reader's own order; picking a choice of a
 * single-answer question says at once whether it is right and opens the answer with its
 * explanation. A multiple-response question is graded by its "Check answer" button: right only when
 * exactly the right set is picked. Without this script the page still shows answers on demand.
 */
class KbQuestion extends HTMLElement {
	connectedCallback() {
		const answers = JSON.parse(this.dataset.answers ?? '[]') as string[];
		const list = this.querySelector('[data-kb-choices]');
		if (!list) return;
		orderChoices(list, this.dataset.id!);
		const check = this.querySelector<HTMLButtonElement>('[data-kb-check]');
		if (check) {
			list.append(check);
			check.hidden = false;
			check.addEventListener('click', () => this.#grade(answers));
		} else {
			this.addEventListener('change', () => this.#grade(answers));
		}
	}

	#grade(answers: string[]) {
		const inputs = [...this.querySelectorAll<HTMLInputElement>('[data-kb-choice] input')];
		const picked = inputs.filter((input) => input.checked).map((input) => input.value);
		if (picked.length === 0) return;
		const right = isExactlyRight(picked, answers);
		for (const input of inputs) {
			const label = input.closest<HTMLElement>('[data-kb-choice]')!;
			label.dataset.state = answers.includes(input.value) ? 'right' : input.checked ? 'wrong' : '';
		}
		const feedback = this.querySelector<HTMLElement>('[data-kb-feedback]')!;
		const expected = answers.map((answer) => `“${answer}”`).join(' and ');
		feedback.textContent = right ? 'Right.' : `Not quite: the answer is ${expected}.`;
		feedback.dataset.state = right ? 'right' : 'wrong';
		this.querySelector('details')!.open = true;
	}
}

customElements.define('kb-question', KbQuestion);
