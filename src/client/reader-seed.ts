import { choiceOrder } from '../lib/questions';

const KEY = 'kb:seed';

/** A random seed made once per browser, so each reader gets their own (stable) choice orders. */
export function readerSeed(): string {
	try {
		let seed = localStorage.getItem(KEY);
		if (!seed) {
			seed = Math.random().toString(36).slice(2, 10);
			localStorage.setItem(KEY, seed);
		}
		return seed;
	} catch {
		// Storage blocked: a fixed seed still hides where the author wrote the answer.
		return 'kb';
	}
}

/**
 * Puts the choice elements of one question (children of `list` marked `data-kb-choice`) in the
 * reader's order for question `id`. Server-rendered markup keeps the written order without script.
 */
export function orderChoices(list: Element, id: string): void {
	const choices = [...list.querySelectorAll(':scope > [data-kb-choice]')];
	const order = choiceOrder(readerSeed(), id, choices.length);
	for (const index of order) list.append(choices[index]!);
}
