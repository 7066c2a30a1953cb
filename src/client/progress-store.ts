/**
 * Which pages the reader marked as reviewed, kept in this browser only (localStorage), with the
 * date of marking. Changes are announced with a `kb-progress` event so every widget can update.
 */
const KEY = 'kb:reviewed';

export type Progress = Record<string, string>;

export function readProgress(): Progress {
	try {
		const value = JSON.parse(localStorage.getItem(KEY) ?? '{}');
		return value && typeof value === 'object' ? (value as Progress) : {};
	} catch {
		return {};
	}
}

export function setReviewed(path: string, reviewed: boolean): void {
	const progress = readProgress();
	if (reviewed) progress[path] = new Date().toISOString();
	else delete progress[path];
	write(progress);
}

/** Every key this site keeps in the browser: reviewed pages, flashcard history, mock exam attempts. */
const ALL_KEYS = { reviewed: KEY, cards: 'kb:cards', examAttempts: 'kb:exam:attempts' } as const;

/** Everything the reader's browser holds for this site, for the JSON export. */
export function exportAll(): Record<keyof typeof ALL_KEYS, unknown> {
	const read = (key: string) => {
		try {
			return JSON.parse(localStorage.getItem(key) ?? 'null');
		} catch {
			return null;
		}
	};
	return { reviewed: readProgress(), cards: read(ALL_KEYS.cards) ?? {}, examAttempts: read(ALL_KEYS.examAttempts) ?? [] };
}

/** Forgets reviewed pages, flashcard history and mock exam attempts (an exam in progress too). */
export function resetProgress(): void {
	for (const key of Object.values(ALL_KEYS)) localStorage.removeItem(key);
	localStorage.removeItem('kb:exam:current');
	write({});
}

export function importProgress(progress: Progress): void {
	write({ ...readProgress(), ...progress });
}

function write(progress: Progress): void {
	localStorage.setItem(KEY, JSON.stringify(progress));
	document.dispatchEvent(new CustomEvent('kb-progress'));
}
