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

export function resetProgress(): void {
	write({});
}

export function importProgress(progress: Progress): void {
	write({ ...readProgress(), ...progress });
}

function write(progress: Progress): void {
	localStorage.setItem(KEY, JSON.stringify(progress));
	document.dispatchEvent(new CustomEvent('kb-progress'));
}
