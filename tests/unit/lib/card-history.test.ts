import { beforeEach, expect, test } from 'vitest';

// The history lives in localStorage; a Map stands in for the browser's storage here.
const store = new Map<string, string>();
Object.assign(globalThis, {
	localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v), removeItem: (k: string) => store.delete(k) },
	document: { dispatchEvent: () => true },
});
const { isDue, readCardHistory, recordAnswer } = await import('../../../src/client/card-history');

beforeEach(() => store.clear());

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

test('a missed card is due again the same day, a known one only after its interval', () => {
	recordAnswer('missed', false, day('2026-12-02'));
	recordAnswer('known', true, day('2026-12-02'));
	expect(isDue('missed', readCardHistory(), day('2026-12-02'))).toBe(true);
	expect(isDue('known', readCardHistory(), day('2026-12-02'))).toBe(false);
	expect(isDue('known', readCardHistory(), day('2026-12-03'))).toBe(true);
	expect(isDue('never-seen', readCardHistory(), day('2026-12-02'))).toBe(false);
});

test('each right answer moves a card up a box and further out; a miss sends it back to box 1', () => {
	recordAnswer('card', true, day('2026-12-01'));
	recordAnswer('card', true, day('2026-12-02'));
	expect(readCardHistory().card).toMatchObject({ box: 2, due: '2026-12-05', right: 2, wrong: 0 });
	recordAnswer('card', false, day('2026-12-05'));
	expect(readCardHistory().card).toMatchObject({ box: 1, due: '2026-12-05', right: 2, wrong: 1 });
});
