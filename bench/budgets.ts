import { readFileSync } from 'node:fs';

/** The budgets of issues 6 and 11, as written in bench/budgets.json (each with why it is set there). */
export interface Budgets {
	jsBeforeInteraction: { maxKB: number; why: string };
	mermaidRuntime: { maxRequests: number; why: string };
	diagramPageTotal: { maxKB: number; why: string };
	lighthouse: { minScore: number; categories: string[]; why: string };
	searchFirstResult: { maxMs: number; why: string };
	searchFirstQueryBytes: { maxKB: number; why: string };
	coldBuild: { maxSeconds: number; why: string };
	warmBuildShare: { maxShareOfCold: number; why: string };
	searchRelevance: { minFirstShare: number; minTop3Share: number; minQueriesPerPage: number; why: string };
}

/** Budgets are in KB of 1,000 bytes, as DevTools counts them. */
export const KB = 1000;

export function readBudgets(file = new URL('./budgets.json', import.meta.url)): Budgets {
	return JSON.parse(readFileSync(file, 'utf8')) as Budgets;
}
