/**
 * Spaced repetition for flashcards (Leitner boxes), kept in this browser only. A card the reader
 * missed goes back to box 1 and is due again today; a card they knew moves up a box and comes back
 * after that box's interval. Cards never answered are "new", not due.
 */
const KEY = 'kb:cards';

/** Days until a card in box N (1-5) is due again after a right answer moved it there. */
export const BOX_INTERVAL_DAYS = [0, 1, 3, 7, 14, 30] as const;
const LAST_BOX = BOX_INTERVAL_DAYS.length - 1;

export interface CardState {
	box: number;
	/** ISO date (YYYY-MM-DD) from which the card is due. */
	due: string;
	right: number;
	wrong: number;
}

export type CardHistory = Record<string, CardState>;

export function readCardHistory(): CardHistory {
	try {
		const value = JSON.parse(localStorage.getItem(KEY) ?? '{}');
		return value && typeof value === 'object' ? (value as CardHistory) : {};
	} catch {
		return {};
	}
}

export function today(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return today(d);
}

/** Records an answer to a card and returns its new state. */
export function recordAnswer(id: string, knew: boolean, now = new Date()): CardState {
	const history = readCardHistory();
	const previous = history[id] ?? { box: 0, due: today(now), right: 0, wrong: 0 };
	const box = knew ? Math.min(previous.box + 1, LAST_BOX) : 1;
	const state: CardState = {
		box,
		due: knew ? addDays(today(now), BOX_INTERVAL_DAYS[box]!) : today(now),
		right: previous.right + (knew ? 1 : 0),
		wrong: previous.wrong + (knew ? 0 : 1),
	};
	history[id] = state;
	writeCardHistory(history);
	return state;
}

/** A card is due when it was answered before and its due date has come. */
export function isDue(id: string, history = readCardHistory(), now = new Date()): boolean {
	const state = history[id];
	return state !== undefined && state.due <= today(now);
}

export function writeCardHistory(history: CardHistory): void {
	localStorage.setItem(KEY, JSON.stringify(history));
	document.dispatchEvent(new CustomEvent('kb-progress'));
}
