/**
 * The mock exam in this browser's storage: the sitting in progress (so a reload resumes it, clock
 * included) and past attempts (exported and reset with the rest of the progress).
 */
const CURRENT = 'kb:exam:current';
const ATTEMPTS = 'kb:exam:attempts';

export interface Sitting {
	form: string;
	/** Question ids in the order drawn. */
	ids: string[];
	/** Picked choices per question id. */
	picked: Record<string, string[]>;
	flagged: string[];
	position: number;
	/** When time runs out (ms since the epoch). */
	deadline: number;
}

export interface Attempt {
	date: string;
	form: string;
	right: number;
	total: number;
	passed: boolean;
	/** Right and total per domain. */
	domains: Record<string, [number, number]>;
	tasks: Record<string, [number, number]>;
	/** What was picked for each question, for the review. */
	picked: Record<string, string[]>;
	ids: string[];
}

function read<T>(key: string, fallback: T): T {
	try {
		return (JSON.parse(localStorage.getItem(key) ?? 'null') as T) ?? fallback;
	} catch {
		return fallback;
	}
}

export const readSitting = (): Sitting | undefined => read<Sitting | undefined>(CURRENT, undefined);
export const saveSitting = (sitting: Sitting): void => localStorage.setItem(CURRENT, JSON.stringify(sitting));
export const clearSitting = (): void => localStorage.removeItem(CURRENT);
export const readAttempts = (): Attempt[] => read<Attempt[]>(ATTEMPTS, []);

export function addAttempt(attempt: Attempt): void {
	localStorage.setItem(ATTEMPTS, JSON.stringify([...readAttempts(), attempt]));
	document.dispatchEvent(new CustomEvent('kb-progress'));
}
