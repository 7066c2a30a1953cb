/**
 * Pure helpers for self-check questions, shared by the build (pages, practice, mock exam) and the
 * browser (grading, choice order, flashcard history). No Node or DOM APIs here.
 */

/** The right choices of a question: one for multiple choice, several for multiple response. */
export function answersOf(item: { answer: string | readonly string[] }): string[] {
	return typeof item.answer === 'string' ? [item.answer] : [...item.answer];
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

/** "Choose two." for a question with two right choices; empty for a single answer. */
export function choosePhrase(answerCount: number): string {
	return answerCount > 1 ? `Choose ${COUNT_WORDS[answerCount] ?? answerCount}.` : '';
}

/** True when the picked choices are exactly the right set (order does not matter). */
export function isExactlyRight(picked: readonly string[], answers: readonly string[]): boolean {
	return picked.length === answers.length && answers.every((answer) => picked.includes(answer));
}

/** A short stable hash (FNV-1a, 32 bits, base 36) of a text. */
export function hashText(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

/**
 * A question's id: its page and a hash of its text. Flashcard history and mock exam attempts are
 * keyed by it, so it survives reordering questions on a page; rewording a question starts it afresh.
 */
export function questionId(pageId: string, question: string): string {
	return `${pageId}#${hashText(question)}`;
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The order in which a reader sees a question's choices: a permutation of 0..count-1 drawn from
 * the reader's seed and the question's id. Stable across reloads for one reader, independent of
 * where the author wrote the right answer.
 */
export function choiceOrder(readerSeed: string, id: string, count: number): number[] {
	const random = seededRandom(parseInt(hashText(`${readerSeed}:${id}`), 36));
	const order = Array.from({ length: count }, (_, i) => i);
	for (let i = count - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}
