import type { DomainDraw, ExamForm } from '../lib/mock-exam';
import { drawQuestions } from '../lib/mock-exam';
import type { PracticeQuestion } from '../lib/practice';
import { choiceOrder, choosePhrase, isExactlyRight } from '../lib/questions';
import { addAttempt, clearSitting, readAttempts, readSitting, saveSitting, type Attempt, type Sitting } from './exam-store';
import { readerSeed } from './reader-seed';

/** A question of the exam's pool: only questions with choices are drawn. */
type Question = PracticeQuestion & { choices: string[] };

interface Config {
	questionsUrl: string;
	pass: number;
	forms: (ExamForm & { plan: DomainDraw[] })[];
	domains: Record<string, string>;
	tasks: Record<string, string>;
}

const $ = <T extends Element = HTMLElement>(root: Element, selector: string) => root.querySelector<T>(selector)!;

/**
 * The mock exam: start screen with the forms and past attempts, a sitting (one question at a time,
 * flags, navigator, timer, submit with a warning for open questions), and a result with scores per
 * domain and task statement and a review of every question. The sitting is saved after every
 * change, so a reload resumes it.
 */
class KbMockExam extends HTMLElement {
	#config!: Config;
	#bank = new Map<string, Question>();
	#sitting: Sitting | undefined;
	#timer: number | undefined;

	connectedCallback() {
		this.#config = JSON.parse(this.dataset.config!) as Config;
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-kb-begin]')) {
			button.addEventListener('click', () => void this.#begin(button.dataset.kbBegin!));
		}
		$(this, '[data-kb-resume]').addEventListener('click', () => void this.#resume());
		$(this, '[data-kb-prev]').addEventListener('click', () => this.#go(this.#sitting!.position - 1));
		$(this, '[data-kb-next]').addEventListener('click', () => this.#go(this.#sitting!.position + 1));
		$(this, '[data-kb-flag]').addEventListener('click', () => this.#toggleFlag());
		$(this, '[data-kb-submit]').addEventListener('click', () => this.#askSubmit());
		$(this, '[data-kb-confirm-submit]').addEventListener('click', () => {
			$<HTMLDialogElement>(this, '[data-kb-confirm]').close();
			this.#finish();
		});
		$(this, '[data-kb-confirm-cancel]').addEventListener('click', () => $<HTMLDialogElement>(this, '[data-kb-confirm]').close());
		$(this, '[data-kb-again]').addEventListener('click', () => this.#showStart());
		$(this, '[data-kb-choices]').addEventListener('change', () => this.#recordPick());
		this.#showStart();
	}

	async #loadBank(): Promise<void> {
		if (this.#bank.size > 0) return;
		const questions = (await (await fetch(this.#config.questionsUrl)).json()) as Question[];
		for (const q of questions) this.#bank.set(q.id, q);
	}

	#showStart() {
		this.#stopTimer();
		this.#show('start');
		const sitting = readSitting();
		$(this, '[data-kb-resume-box]').hidden = !sitting;
		this.#renderAttempts();
	}

	async #begin(formId: string) {
		await this.#loadBank();
		const form = this.#config.forms.find((f) => f.id === formId)!;
		const drawn = drawQuestions([...this.#bank.values()], form.plan);
		const minutes = Math.round((form.minutes * drawn.length) / form.questions);
		this.#sitting = { form: form.label, ids: drawn.map((q) => q.id), picked: {}, flagged: [], position: 0, deadline: Date.now() + minutes * 60_000 };
		saveSitting(this.#sitting);
		this.#enterSitting();
	}

	async #resume() {
		await this.#loadBank();
		const sitting = readSitting();
		if (!sitting) return this.#showStart();
		// Questions reworded or removed since the exam began are dropped rather than shown wrong.
		sitting.ids = sitting.ids.filter((id) => this.#bank.has(id));
		this.#sitting = sitting;
		if (Date.now() >= sitting.deadline) return this.#finish();
		this.#enterSitting();
	}

	#enterSitting() {
		this.#show('sitting');
		this.#renderNavigator();
		this.#go(this.#sitting!.position);
		this.#startTimer();
	}

	#go(position: number) {
		const sitting = this.#sitting!;
		sitting.position = Math.max(0, Math.min(position, sitting.ids.length - 1));
		saveSitting(sitting);
		const id = sitting.ids[sitting.position]!;
		const q = this.#bank.get(id)!;
		const multiple = q.answers.length > 1;
		$(this, '[data-kb-counter]').textContent = `Question ${sitting.position + 1} of ${sitting.ids.length}`;
		$(this, '[data-kb-stem]').textContent = multiple ? `${q.question} ${choosePhrase(q.answers.length)}` : q.question;
		const choices = $(this, '[data-kb-choices]');
		choices.replaceChildren(
			...choiceOrder(readerSeed(), id, q.choices.length).map((index) => {
				const label = document.createElement('label');
				label.className = 'kb-exam__choice';
				const input = Object.assign(document.createElement('input'), { type: multiple ? 'checkbox' : 'radio', name: 'choice', value: q.choices[index]! });
				input.checked = (sitting.picked[id] ?? []).includes(input.value);
				const text = document.createElement('span');
				text.textContent = q.choices[index]!;
				label.append(input, text);
				return label;
			}),
		);
		$(this, '[data-kb-flag]').setAttribute('aria-pressed', String(sitting.flagged.includes(id)));
		$<HTMLButtonElement>(this, '[data-kb-prev]').disabled = sitting.position === 0;
		$<HTMLButtonElement>(this, '[data-kb-next]').disabled = sitting.position === sitting.ids.length - 1;
		this.#renderNavigator();
	}

	#recordPick() {
		const sitting = this.#sitting!;
		const id = sitting.ids[sitting.position]!;
		sitting.picked[id] = [...this.querySelectorAll<HTMLInputElement>('[data-kb-choices] input:checked')].map((input) => input.value);
		saveSitting(sitting);
		this.#renderNavigator();
	}

	#toggleFlag() {
		const sitting = this.#sitting!;
		const id = sitting.ids[sitting.position]!;
		sitting.flagged = sitting.flagged.includes(id) ? sitting.flagged.filter((f) => f !== id) : [...sitting.flagged, id];
		saveSitting(sitting);
		$(this, '[data-kb-flag]').setAttribute('aria-pressed', String(sitting.flagged.includes(id)));
		this.#renderNavigator();
	}

	#stateOf(id: string): 'answered' | 'flagged' | 'open' {
		const sitting = this.#sitting!;
		if (sitting.flagged.includes(id)) return 'flagged';
		return (sitting.picked[id] ?? []).length > 0 ? 'answered' : 'open';
	}

	#renderNavigator() {
		const sitting = this.#sitting!;
		const list = $(this, '[data-kb-navigator]');
		list.replaceChildren(
			...sitting.ids.map((id, i) => {
				const item = document.createElement('li');
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'kb-exam__nav-button';
				const state = this.#stateOf(id);
				const answered = (sitting.picked[id] ?? []).length > 0;
				button.dataset.state = state;
				button.textContent = String(i + 1);
				button.setAttribute('aria-label', `Question ${i + 1}: ${answered ? 'answered' : 'not answered'}${state === 'flagged' ? ', flagged' : ''}`);
				if (i === sitting.position) button.setAttribute('aria-current', 'step');
				button.addEventListener('click', () => {
					this.#go(i);
					$(this, '[data-kb-stem]').closest('fieldset')!.querySelector('input')?.focus();
				});
				item.append(button);
				return item;
			}),
		);
	}

	#askSubmit() {
		const sitting = this.#sitting!;
		const open = sitting.ids.filter((id) => (sitting.picked[id] ?? []).length === 0).length;
		const flagged = sitting.flagged.length;
		if (open === 0 && flagged === 0) return this.#finish();
		const parts = [open > 0 && `${open} ${open === 1 ? 'question is' : 'questions are'} not answered (they count as wrong)`, flagged > 0 && `${flagged} ${flagged === 1 ? 'is' : 'are'} flagged for review`].filter(Boolean);
		$(this, '[data-kb-confirm-text]').textContent = `${parts.join(' and ')}.`;
		$<HTMLDialogElement>(this, '[data-kb-confirm]').showModal();
	}

	#finish() {
		this.#stopTimer();
		const sitting = this.#sitting!;
		const questions = sitting.ids.map((id) => this.#bank.get(id)!).filter(Boolean);
		const tally = (key: (q: Question) => string[]) => {
			const result: Record<string, [number, number]> = {};
			for (const q of questions) {
				const right = isExactlyRight(sitting.picked[q.id] ?? [], q.answers);
				for (const k of key(q)) {
					result[k] ??= [0, 0];
					result[k][1]++;
					if (right) result[k][0]++;
				}
			}
			return result;
		};
		const right = questions.filter((q) => isExactlyRight(sitting.picked[q.id] ?? [], q.answers)).length;
		const attempt: Attempt = {
			date: new Date().toISOString(),
			form: sitting.form,
			right,
			total: questions.length,
			passed: questions.length > 0 && (100 * right) / questions.length >= this.#config.pass,
			domains: tally((q) => [q.domain]),
			tasks: tally((q) => q.tasks),
			picked: sitting.picked,
			ids: sitting.ids,
		};
		addAttempt(attempt);
		clearSitting();
		this.#sitting = undefined;
		this.#renderResult(attempt);
	}

	#renderResult(attempt: Attempt) {
		this.#show('result');
		const percent = attempt.total ? Math.round((100 * attempt.right) / attempt.total) : 0;
		$(this, '[data-kb-verdict]').textContent = `${attempt.passed ? 'Pass' : 'Not yet a pass'}: ${attempt.right} of ${attempt.total} right (${percent} %; the bar is ${this.#config.pass} %).`;
		this.#renderTable($(this, '[data-kb-by-domain]'), 'Domain', attempt.domains, this.#config.domains);
		this.#renderTable($(this, '[data-kb-by-task]'), 'Task statement', attempt.tasks, this.#config.tasks);
		const review = $(this, '[data-kb-review]');
		review.replaceChildren(
			...attempt.ids
				.map((id) => this.#bank.get(id))
				.filter((q): q is Question => Boolean(q))
				.map((q) => {
					const picked = attempt.picked[q.id] ?? [];
					const right = isExactlyRight(picked, q.answers);
					const item = document.createElement('li');
					item.className = 'kb-exam__review-item';
					item.dataset.state = right ? 'right' : 'wrong';
					const stem = document.createElement('p');
					stem.className = 'kb-exam__review-question';
					stem.textContent = q.question;
					const verdict = document.createElement('p');
					verdict.textContent = `${right ? 'Right' : 'Wrong'}. Your answer: ${picked.length ? picked.join(' + ') : '(none)'}. The answer: ${q.answers.join(' + ')}.`;
					const explanation = document.createElement('p');
					explanation.textContent = q.explanation ?? '';
					const link = Object.assign(document.createElement('a'), { href: q.href, textContent: `Read it on “${q.pageTitle}”` });
					item.append(stem, verdict, explanation, link);
					return item;
				}),
		);
		$(this, '[data-kb-result]').focus();
	}

	#renderTable(table: HTMLElement, heading: string, scores: Record<string, [number, number]>, labels: Record<string, string>) {
		const head = `<thead><tr><th scope="col">${heading}</th><th scope="col">Right</th><th scope="col">Score</th></tr></thead>`;
		const rows = Object.keys(labels)
			.filter((key) => scores[key])
			.map((key) => {
				const [right, total] = scores[key]!;
				return `<tr><th scope="row"></th><td>${right} of ${total}</td><td>${Math.round((100 * right) / total)} %</td></tr>`;
			});
		table.innerHTML = `${head}<tbody>${rows.join('')}</tbody>`;
		// Labels are set as text, never as markup.
		Object.keys(labels)
			.filter((key) => scores[key])
			.forEach((key, i) => (table.querySelectorAll('tbody th')[i]!.textContent = labels[key]!));
	}

	#renderAttempts() {
		const attempts = readAttempts();
		const box = $(this, '[data-kb-attempts]');
		if (attempts.length === 0) return;
		const list = document.createElement('ol');
		for (const attempt of attempts.slice(-10).reverse()) {
			const item = document.createElement('li');
			const percent = attempt.total ? Math.round((100 * attempt.right) / attempt.total) : 0;
			item.textContent = `${new Date(attempt.date).toLocaleString()}: ${attempt.form}, ${attempt.right} of ${attempt.total} (${percent} %), ${attempt.passed ? 'pass' : 'not yet a pass'}`;
			list.append(item);
		}
		box.replaceChildren(list);
	}

	#startTimer() {
		this.#stopTimer();
		const tick = () => {
			const left = Math.max(0, this.#sitting!.deadline - Date.now());
			const minutes = Math.floor(left / 60_000);
			const seconds = Math.floor((left % 60_000) / 1000);
			$(this, '[data-kb-timer]').textContent = `Time left ${minutes}:${String(seconds).padStart(2, '0')}`;
			if (left === 0) this.#finish();
		};
		tick();
		this.#timer = window.setInterval(tick, 1000);
	}

	#stopTimer() {
		if (this.#timer !== undefined) window.clearInterval(this.#timer);
		this.#timer = undefined;
	}

	#show(part: 'start' | 'sitting' | 'result') {
		$(this, '[data-kb-start]').hidden = part !== 'start';
		$(this, '[data-kb-sitting]').hidden = part !== 'sitting';
		$(this, '[data-kb-result]').hidden = part !== 'result';
	}
}

customElements.define('kb-mock-exam', KbMockExam);
