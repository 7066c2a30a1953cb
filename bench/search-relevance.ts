import type { Browser, Page } from 'playwright-core';
import type { RelevanceQuery } from './relevance-set.ts';

/** How far down the results a right answer still counts (for the reciprocal rank); later is a miss. */
export const RANK_DEPTH = 10;

export interface RelevanceOutcome extends RelevanceQuery {
	/** 1-based position of the right page among the results (with its section, when one is asked), or null when not in the first RANK_DEPTH. */
	rank: number | null;
	/** The first three results as the reader sees them: page paths, with the first section link of each. */
	top: string[];
	/** Results in all. */
	total: number;
	/** The query as the search box searched it, when it rewrote it (src/client/search-query.ts). */
	searchedAs: string;
}

/**
 * Types every query into the real search dialog (the Component UI with the site's ranking
 * settings) on the home page and reads the result links in the order shown. One browser page for
 * all queries, as a reader who searches again and again, scrolling down the first RANK_DEPTH
 * results (the UI loads a result as it comes into view).
 */
export async function measureRelevance(browser: Browser, origin: string, queries: RelevanceQuery[]): Promise<RelevanceOutcome[]> {
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 4000 } });
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		await page.getByRole('button', { name: 'Search' }).first().click();
		const input = page.getByRole('dialog').getByRole('searchbox').or(page.getByRole('dialog').getByRole('textbox')).first();
		await input.waitFor();
		const outcomes: RelevanceOutcome[] = [];
		for (const query of queries) outcomes.push({ ...query, ...(await searchOnce(page, input, query)) });
		return outcomes;
	} finally {
		await context.close();
	}
}

async function searchOnce(page: Page, input: ReturnType<Page['locator']>, { query, path, section }: RelevanceQuery) {
	let results: Awaited<ReturnType<typeof readResults>> = null;
	// A result whose text failed to load under load stays a placeholder: search again once.
	for (let attempt = 1; !results; attempt++) {
		// From an empty box, so nothing of the previous query is mistaken for this one's results.
		await input.fill('');
		await page.waitForFunction(() => !document.querySelector('pagefind-results li') && !document.querySelector('pagefind-summary')?.textContent?.trim());
		await input.fill(query);
		results = await page
			.waitForFunction(readResults, RANK_DEPTH, { timeout: 20_000 })
			.then((handle) => handle.jsonValue())
			.catch(async (error: Error) => {
				if (attempt < 2) return null;
				const summary = await page.locator('pagefind-summary').textContent();
				throw new Error(`search for "${query}" showed no settled results within 20 s, twice (summary: "${summary?.trim()}"): ${error.message.split('\n')[0]}`);
			});
	}
	const index = results.links.findIndex((result) => result.path === path && (!section || result.sections.includes(section)));
	return {
		rank: index === -1 ? null : index + 1,
		top: results.links.slice(0, 3).map((result) => result.path + (result.sections[0] ?? '')),
		total: results.total,
		searchedAs: results.searchedAs,
	};
}

/**
 * Runs in the page: the results shown, once the summary says what was searched ("12 results for
 * …", the query as the search box read it), the list is no longer busy and the first `depth`
 * results have loaded their links; otherwise null (poll again).
 */
function readResults(depth: number) {
	const summary = document.querySelector('pagefind-summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
	const searched = /^(?:no results|[\d,]+ results?) for (.*)$/i.exec(summary);
	if (!searched) return null;
	const searchedAs = searched[1]!;
	if (/^No results/i.test(summary)) return { total: 0, links: [], searchedAs };
	const list = document.querySelector('pagefind-results ul.pf-results');
	if (!list || list.getAttribute('aria-busy') !== 'false') return null;
	const items = [...list.querySelectorAll(':scope > li')];
	const shown = items.slice(0, depth);
	const unloaded = shown.find((item) => !item.querySelector('a.pf-result-link'));
	if (unloaded) {
		// As a reader scrolling down: the UI loads a result when it comes into view.
		unloaded.scrollIntoView();
		return null;
	}
	return {
		total: Number(/^([\d,]+)/.exec(summary)![1]!.replace(/,/g, '')),
		searchedAs,
		links: shown.map((item) => ({
			path: new URL(item.querySelector<HTMLAnchorElement>('a.pf-result-link')!.href).pathname,
			sections: [...item.querySelectorAll<HTMLAnchorElement>('a.pf-heading-link')].map((link) => new URL(link.href).hash).filter(Boolean),
		})),
	};
}

export interface RelevanceFigures {
	queries: number;
	/** Share of queries whose right page comes first. */
	first: number;
	/** Share whose right page is among the first three. */
	top3: number;
	/** Mean reciprocal rank (1 first, 1/2 second, …, 0 beyond RANK_DEPTH). */
	mrr: number;
}

export function summariseRelevance(outcomes: RelevanceOutcome[]): RelevanceFigures {
	const n = outcomes.length;
	const share = (test: (rank: number) => boolean) => (n ? outcomes.filter((o) => o.rank !== null && test(o.rank)).length / n : 0);
	return { queries: n, first: share((rank) => rank === 1), top3: share((rank) => rank <= 3), mrr: n ? outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n : 0 };
}
