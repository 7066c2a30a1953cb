/**
 * A round of flashcards over the cards the server rendered: one card at a time, reveal, grade
 * ("I knew it" / "I did not"), a score at the end, shuffle and restart, all keyboard operable.
 */
class KbFlashcards extends HTMLElement {
	#cards: HTMLElement[] = [];
	#order: number[] = [];
	#position = 0;
	#known = 0;

	connectedCallback() {
		this.#cards = [...this.querySelectorAll<HTMLElement>('[data-kb-card]')];
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
		if (knew) this.#known++;
		this.#position++;
		if (this.#position < this.#order.length) {
			this.#show();
			this.#cards[this.#order[this.#position]!]!.querySelector<HTMLElement>('summary')!.focus();
			return;
		}
		for (const card of this.#cards) card.hidden = true;
		const result = this.querySelector<HTMLElement>('[data-kb-result]')!;
		this.querySelector('[data-kb-score]')!.textContent = `Round over: you knew ${this.#known} of ${this.#cards.length}.`;
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
