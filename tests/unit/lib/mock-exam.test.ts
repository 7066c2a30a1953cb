import { expect, test } from 'vitest';
import { DOMAINS } from '../../../src/lib/domains';
import { drawQuestions, planDraw } from '../../../src/lib/mock-exam';

const plenty = Object.fromEntries(DOMAINS.map((d) => [d.slug, 100]));

test('a full exam splits 75 questions by the domain weights', () => {
	const plan = planDraw(75, DOMAINS, plenty);
	expect(plan.map((d) => d.target)).toEqual([17, 13, 11, 11, 10, 13]);
	expect(plan.reduce((sum, d) => sum + d.drawn, 0)).toBe(75);
});

test('a domain with too few questions gives all it has, and the plan says so', () => {
	const plan = planDraw(20, DOMAINS, { ...plenty, monitoring: 1 });
	const monitoring = plan.find((d) => d.domain === 'monitoring')!;
	expect(monitoring).toEqual({ domain: 'monitoring', target: 3, available: 1, drawn: 1 });
});

test('draws the planned number per domain, each question once', () => {
	const bank = DOMAINS.flatMap((d) => Array.from({ length: 10 }, (_, i) => ({ id: `${d.slug}-${i}`, domain: d.slug })));
	const plan = planDraw(20, DOMAINS, Object.fromEntries(DOMAINS.map((d) => [d.slug, 10])));
	const drawn = drawQuestions(bank, plan);
	expect(drawn).toHaveLength(20);
	expect(new Set(drawn.map((q) => q.id)).size).toBe(20);
	for (const { domain, drawn: count } of plan) expect(drawn.filter((q) => q.domain === domain)).toHaveLength(count);
});
