import { KB, type Budgets } from './budgets.ts';
import { kb, ms, percent, percent1, seconds } from './format.ts';
import type { BenchResults } from './results.ts';

export interface BudgetCheck {
	name: string;
	measured: string;
	limit: string;
	/** `undefined` when this run did not measure it (`--quick` skips Lighthouse). */
	pass: boolean | undefined;
}

/** Every budget of budgets.json against one run's results. */
export function checkBudgets(results: BenchResults, budgets: Budgets): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	const add = (name: string, measured: string, limit: string, pass: boolean | undefined) => checks.push({ name, measured, limit, pass });
	for (const page of results.pages) {
		const { weight } = page;
		const jsLimit = budgets.jsBeforeInteraction.maxKB * KB;
		add(`JS before interaction, ${page.role} ${page.path}`, kb(weight.jsBeforeInteraction), `≤ ${kb(jsLimit)}`, weight.jsBeforeInteraction <= jsLimit);
		add(`Mermaid runtime requests, ${page.role} ${page.path}`, String(weight.mermaidRuntime.length), `≤ ${budgets.mermaidRuntime.maxRequests}`, weight.mermaidRuntime.length <= budgets.mermaidRuntime.maxRequests);
		if (page.role === 'heaviest diagram') {
			const totalLimit = budgets.diagramPageTotal.maxKB * KB;
			add(`Total bytes, heaviest diagram page ${page.path}`, kb(weight.bytes.total), `≤ ${kb(totalLimit)}`, weight.bytes.total <= totalLimit);
		}
		if (!page.lighthouse) {
			add(`Lighthouse (${budgets.lighthouse.categories.join(', ')}), ${page.role} ${page.path}`, 'not measured', `≥ ${budgets.lighthouse.minScore}`, undefined);
			continue;
		}
		for (const category of budgets.lighthouse.categories) {
			const score = page.lighthouse.scores[category] ?? 0;
			add(`Lighthouse ${category}, ${page.role} ${page.path}`, String(score), `≥ ${budgets.lighthouse.minScore}`, score >= budgets.lighthouse.minScore);
		}
	}
	const { search, build } = results;
	add('Search: first result after the last keystroke (median)', ms(search.medianMs), `≤ ${ms(budgets.searchFirstResult.maxMs)}`, search.medianMs <= budgets.searchFirstResult.maxMs);
	const searchBytesLimit = budgets.searchFirstQueryBytes.maxKB * KB;
	add('Search: bytes fetched for the first query (largest term)', kb(search.maxBytes), `≤ ${kb(searchBytesLimit)}`, search.maxBytes <= searchBytesLimit);
	const { minFirstShare, minTop3Share, minQueriesPerPage } = budgets.searchRelevance;
	for (const figures of [{ ...results.relevance.overall, domain: 'all domains' }, ...results.relevance.domains]) {
		add(`Search relevance, ${figures.domain}: right page first`, percent1(figures.first), `≥ ${percent(minFirstShare)}`, figures.first >= minFirstShare);
		add(`Search relevance, ${figures.domain}: right page in the top 3`, percent1(figures.top3), `≥ ${percent(minTop3Share)}`, figures.top3 >= minTop3Share);
	}
	const thin = results.relevance.pagesWithFewQueries;
	add(`Relevance set: pages with fewer than ${minQueriesPerPage} queries`, thin.length ? `${thin.length} (${thin.map((page) => page.path).join(', ')})` : '0', '0', thin.length === 0);
	add('Cold build (median)', seconds(build.coldMedianSeconds), `< ${seconds(budgets.coldBuild.maxSeconds)}`, build.coldMedianSeconds < budgets.coldBuild.maxSeconds);
	add('Warm rebuild, share of the cold build', percent(build.warmShare), `< ${percent(budgets.warmBuildShare.maxShareOfCold)}`, build.warmShare < budgets.warmBuildShare.maxShareOfCold);
	return checks;
}
