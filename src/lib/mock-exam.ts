/**
 * The mock exam's forms and how many questions each draws per domain. Pure code, shared by the
 * page (which shows the plan) and the browser (which draws the questions).
 */

export interface ExamForm {
	id: 'full' | 'short';
	label: string;
	questions: number;
	minutes: number;
}

/** Full length like the real exam (75 questions in 180 minutes), and a short form for a lunch break. */
export const EXAM_FORMS: readonly ExamForm[] = [
	{ id: 'full', label: 'Full exam', questions: 75, minutes: 180 },
	{ id: 'short', label: 'Short exam', questions: 20, minutes: 45 },
];

/**
 * The share of questions a reader must get right to pass. The real exam reports a scaled score
 * from 100 to 1,000 and passes at 750; AWS does not publish how raw answers map to it, so 75 %
 * right is the bar used here.
 */
export const PASS_PERCENT = 75;

export interface DomainDraw {
	domain: string;
	/** Questions this domain would get at its exam weight. */
	target: number;
	/** Questions with choices available in the bank. */
	available: number;
	/** Questions drawn: the target, or every available one when the bank has fewer. */
	drawn: number;
}

/**
 * Splits a form's questions over the domains by their weights (largest remainder, so the targets
 * add up to the form's length), capped by what the bank holds.
 */
export function planDraw(total: number, domains: readonly { slug: string; weight: number }[], available: Record<string, number>): DomainDraw[] {
	const weightSum = domains.reduce((sum, d) => sum + d.weight, 0);
	const exact = domains.map((d) => (total * d.weight) / weightSum);
	const targets = exact.map(Math.floor);
	let left = total - targets.reduce((a, b) => a + b, 0);
	const byRemainder = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
	for (const { i } of byRemainder) {
		if (left-- <= 0) break;
		targets[i]!++;
	}
	return domains.map((d, i) => ({ domain: d.slug, target: targets[i]!, available: available[d.slug] ?? 0, drawn: Math.min(targets[i]!, available[d.slug] ?? 0) }));
}

/** Fisher-Yates with a given random source. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** Draws a form's questions: per domain as planned, then mixed across domains as the real exam does. */
export function drawQuestions<Q extends { domain: string }>(bank: readonly Q[], plan: readonly DomainDraw[], random: () => number = Math.random): Q[] {
	const picked = plan.flatMap((draw) => shuffled(bank.filter((q) => q.domain === draw.domain), random).slice(0, draw.drawn));
	return shuffled(picked, random);
}
