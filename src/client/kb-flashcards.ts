import { isDue, readCardHistory, recordAnswer } from './card-history';
import { orderChoices } from './reader-seed';

/**
 * A round of flashcards over the cards the server rendered: one card at a time, reveal, grade
 * ("I knew it" / "I did not"), a score at the end, shuffle and restart, all keyboard operable.
 * Every grade is recorded for spaced repetition; with `?due` in the address only due cards play.
 */
class KbFlashcards extends HTMLElement {
	#cards: HTMLElement[] = [];
	#order: number[] = [];
	#position = 0;
	#known = 0;

	connectedCallback() {
		const all = [...this.querySelectorAll<HTMLElement>('[data-kb-card]')];
		const dueOnly = new URLSearchParams(location.search).has('due');
		const history = readCardHistory();
		for (const card of all) {
			const choices = card.querySelector('[data-kb-choices]');
			if (choices) orderChoices(choices, card.dataset.id!);
		}
		this.#cards = dueOnly ? all.filter((card) => isDue(card.dataset.id!, history)) : all;
		for (const card of all) if (!this.#cards.includes(card)) card.remove();
		if (this.#cards.length === 0) {
			this.querySelector<HTMLElement>('[data-kb-empty]')!.hidden = false;
			return;
		}
		this.querySelector<HTMLElement>('[data-kb-controls]')!.hidden = false;
		this.querySelector('[data-kb-shuffle]')!.addEventListener('click', () => this.#start(true));
		this.querySelector('[data-kb-restart]')!.addEventListener('click', () => this.#start(false));
		this.querySelector('[data-kb-again]')!.addEventListener('click', () => this.#start(true));
		for (const card of this.#cards) {
			const answer = card.querySelector<HTMLDetailsElement>('[data-kb-answer]')!;
			answer.addEventListener('toggle', () => {
				card.querySelector<HTMLElement>('[data-kb-grade]')!.hidden = !answer.open;
			});
			card.querySelector('[data-kb-knew]')!.addEventListener('click', () => this.#grade(true));
			card.querySelector('[data-kb-missed]')!.addEventListener('click', () => this.#grade(false));
		}
		document.addEventListener('keydown', (event) => this.#onKey(event));
		this.#start(false);
	}

	#start(shuffle: boolean) {
		this.#order = this.#cards.map((_, i) => i);
		if (shuffle) {
			for (let i = this.#order.length - 1; i > 0; i--) {
				const j = Math.floor(Math.random() * (i + 1));
				[this.#order[i], this.#order[j]] = [this.#order[j]!, this.#order[i]!];
			}
		}
		this.#position = 0;
		this.#known = 0;
		this.querySelector<HTMLElement>('[data-kb-result]')!.hidden = true;
		this.#show();
	}

	#show() {
		const current = this.#order[this.#position];
		this.#cards.forEach((card, i) => {
			card.hidden = i !== current;
			card.querySelector<HTMLDetailsElement>('[data-kb-answer]')!.open = false;
		});
		this.querySelector('[data-kb-progress]')!.textContent = `Card ${this.#position + 1} of ${this.#cards.length} · ${this.#known} known so far`;
	}

	#grade(knew: boolean) {
		const card = this.#cards[this.#order[this.#position]!]!;
		recordAnswer(card.dataset.id!, knew);
		if (knew) this.#known++;
		this.#position++;
		if (this.#position < this.#order.length) {
			this.#show();
			this.#cards[this.#order[this.#position]!]!.querySelector<HTMLElement>('summary')!.focus();
			return;
		}
		for (const card of this.#cards) card.hidden = true;
		const result = this.querySelector<HTMLElement>('[data-kb-result]')!;
		const missed = this.#cards.length - this.#known;
		this.querySelector('[data-kb-score]')!.textContent =
			`Round over: you knew ${this.#known} of ${this.#cards.length}.` + (missed > 0 ? ` The ${missed} you missed are due again today.` : '');
		this.querySelector('[data-kb-progress]')!.textContent = '';
		result.hidden = false;
		result.focus();
	}

	#onKey(event: KeyboardEvent) {
		const target = event.target as HTMLElement;
		if (event.ctrlKey || event.metaKey || event.altKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
		const card = this.#cards[this.#order[this.#position] ?? -1];
		if (!card || card.hidden) return;
		const answer = card.querySelector<HTMLDetailsElement>('[data-kb-answer]')!;
		const key = event.key.toLowerCase();
		if (key === ' ' && target.tagName !== 'BUTTON' && target.tagName !== 'SUMMARY' && target.tagName !== 'A') {
			event.preventDefault();
			answer.open = true;
		} else if ((key === 'y' || key === 'n') && answer.open) this.#grade(key === 'y');
		else if (key === 's') this.#start(true);
	}
}

customElements.define('kb-flashcards', KbFlashcards);
